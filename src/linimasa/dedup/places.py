"""Where an article's story happens: two crashes on different toll roads in one week share every event word
(kecelakaan, tol, korban) and are still two stories; the place the headline and lead name tells them apart.

A place is known by its most telling name word (``Ciawi`` in ``Jalan Tol Jakarta Bogor Ciawi``); words in more
than about one news article in twenty (Jakarta, Indonesia: every dateline) identify nothing.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Article
from .text import words
from .vectors import LEAD_CHARS
from .vocab import vocabulary

MIN_IDF = 3.0  # a place word in at most ~5% of background news articles


@dataclass(frozen=True, slots=True)
class Places:
    focus: frozenset[str]  # the places of the headline and the lead
    named: frozenset[str]  # every place the article names, and its headline words

    def elsewhere(self, other: Places) -> bool:
        """Whether this article's story happens at places the other article never names."""
        return bool(self.focus) and not self.focus & other.named


NOWHERE = Places(frozenset(), frozenset())  # an article that names no place


def article_places(article: Article) -> Places:
    title = frozenset(words(article.title or ""))
    focus, named = set(), set()
    for mention in article.entities:
        if mention.label != "LOC":
            continue
        word = _identifying_word(mention.name or article.span_text(mention))
        if word is None:
            continue
        named.add(word)
        if mention.start < LEAD_CHARS or word in title:
            focus.add(word)
    return Places(frozenset(focus), frozenset(named) | title)


def _identifying_word(name: str) -> str | None:
    vocab = vocabulary()
    found = [w for w in words(name) if len(w) > 2 and not w.isdigit()]
    best = max(found, key=vocab.idf, default=None)
    return best if best is not None and vocab.idf(best) >= MIN_IDF else None
