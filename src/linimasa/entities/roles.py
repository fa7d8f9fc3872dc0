"""Roles: the title written before a person's name (``Menteri Pertahanan Rusia Sergei Shoigu``).

Walking left from the name over words of the same clause, the role starts at the furthest
title word (``Menteri``, ``Presiden``, ``pemimpin``) and ends just before the name.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from ..lang.id.titles import HONORIFICS, PERSON_TITLES
from ..model import Article, Mention, Role

MAX_TITLE_WORDS = 7
# Words that end a title phrase on its left (``bertemu dengan Menteri …`` keeps ``Menteri …``).
_BREAKS = frozenset({"yang", "dan", "di", "ke", "dari", "dengan", "oleh", "untuk", "kepada", "bahwa", "kata",
                     "ujar", "sebagai", "pada", "atau", "serta", "itu", "ini", "bersama"})


def _title_start(article: Article, index: int, floor: int) -> int | None:
    """Token index where the title before token ``index`` starts, if there is one (not before ``floor``)."""
    start = None
    for k in range(index - 1, max(-1, index - 1 - MAX_TITLE_WORDS), -1):
        if article.tokens[k].start < floor:
            break
        word = article.span_text(article.tokens[k])
        low = word.lower()
        if not word[:1].isalpha() or low in _BREAKS:
            break
        if low in PERSON_TITLES and low not in HONORIFICS:
            start = k
    return start


def find_roles(article: Article, mentions: list[Mention], date: str | None) -> list[Role]:
    starts = [t.start for t in article.tokens]
    sentence_starts = [s.start for s in article.sentences]
    roles = []
    for m in mentions:
        if m.label != "PER":
            continue
        index = bisect_left(starts, m.start)
        floor = sentence_starts[max(0, bisect_right(sentence_starts, m.start) - 1)] if sentence_starts else 0
        first = _title_start(article, index, floor)
        if first is not None:
            start, end = article.tokens[first].start, article.tokens[index - 1].end
            roles.append(Role(start, end, entity_id=m.entity_id, title=article.text[start:end], date=date))
    return roles
