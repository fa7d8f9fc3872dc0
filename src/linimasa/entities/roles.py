"""Roles: the title written before a person's name (``Menteri Pertahanan Rusia Sergei Shoigu``).

Walking left from the name over title-like words of the same sentence, the role starts at the
furthest title word (``Menteri``, ``Presiden``, ``pemimpin``) and ends just before the name; a
role without a capitalised word is a relation (``suami saya``), not a title.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from ..lang.id.titles import HONORIFICS, PERSON_TITLES, TITLE_INNER
from ..model import Article, Mention, Role

MAX_TITLE_WORDS = 7


def _in_title(word: str) -> bool:
    """Capitalised words, title words and the lower-case words of titles (``juru bicara``)."""
    low = word.lower()
    return word[:1].isupper() or low in PERSON_TITLES or low in TITLE_INNER or low == "dan"


def _title_start(article: Article, index: int, floor: int) -> int | None:
    """Token index where the title before token ``index`` starts, if there is one (not before ``floor``)."""
    start = None
    for k in range(index - 1, max(-1, index - 1 - MAX_TITLE_WORDS), -1):
        if article.tokens[k].start < floor:
            break
        word = article.span_text(article.tokens[k])
        low = word.lower()
        if not word[:1].isalpha() or not _in_title(word):
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
            if not any(w[:1].isupper() for w in article.text[start:end].split()):
                continue  # a relation (``suami saya``, ``anak asuhan``), not a title
            roles.append(Role(start, end, entity_id=m.entity_id, title=article.text[start:end], date=date))
    return roles
