"""Read-only views of one article that the quotes and events stages share.

Words, sentence bounds and entity mentions are looked up by offset many times per
article, so they are indexed once here (bisect over sorted starts).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from ..model import Article, Mention

WORD_RE = re.compile(r"\w+(?:[-']\w+)*")
# Used only when the segment stage left no sentences: split after . ! ? before an upper-case
# letter or a quotation mark, and at line breaks.
SENTENCE_RE = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[\"“A-Z])|\n+")


@dataclass(frozen=True, slots=True)
class Word:
    start: int
    end: int
    lower: str


@dataclass(frozen=True, slots=True)
class Context:
    article: Article
    words: tuple[Word, ...]
    word_starts: tuple[int, ...]
    sentences: tuple[tuple[int, int], ...]
    sentence_starts: tuple[int, ...]
    mentions: tuple[Mention, ...]
    mention_starts: tuple[int, ...]
    speakers: frozenset[tuple[int, int]]  # spans of the quotes' speaker mentions

    @property
    def text(self) -> str:
        return self.article.text

    def sentence_index(self, pos: int) -> int:
        return max(bisect_right(self.sentence_starts, pos) - 1, 0)

    def sentence(self, pos: int) -> tuple[int, int]:
        return self.sentences[self.sentence_index(pos)] if self.sentences else (0, len(self.text))

    def words_in(self, start: int, end: int) -> tuple[Word, ...]:
        return self.words[bisect_left(self.word_starts, start):bisect_left(self.word_starts, end)]

    def word_index(self, pos: int) -> int:
        """Index of the first word starting at or after ``pos``."""
        return bisect_left(self.word_starts, pos)

    def mentions_in(self, start: int, end: int) -> tuple[Mention, ...]:
        lo = bisect_left(self.mention_starts, start)
        return tuple(m for m in self.mentions[lo:bisect_left(self.mention_starts, end)] if m.end <= end)

    def name(self, mention: Mention) -> str:
        return mention.name or self.article.span_text(mention)


def fallback_sentences(text: str) -> tuple[tuple[int, int], ...]:
    bounds, start = [], 0
    for gap in SENTENCE_RE.finditer(text):
        if gap.start() > start:
            bounds.append((start, gap.start()))
        start = gap.end()
    if start < len(text):
        bounds.append((start, len(text)))
    return tuple(bounds)


@lru_cache(maxsize=4)  # the quotes and then the events stage read the same text
def _words(text: str) -> tuple[Word, ...]:
    return tuple(Word(m.start(), m.end(), m.group().lower()) for m in WORD_RE.finditer(text))


def _surnames(article: Article, words: tuple[Word, ...]) -> tuple[Mention, ...]:
    """Bare surnames of people the article names in full ("Shoigu" after "Sergei Shoigu") that the
    entity layer left unmarked, as mentions of that person."""
    people: dict[str, Mention] = {}
    for m in article.entities:
        name = article.span_text(m).split()
        if m.label.startswith("PER") and len(name) > 1:
            people.setdefault(name[-1], m)
    # whether a word lies in a mention: a bisection over the mentions' starts and the furthest end up to each
    taken = sorted((m.start, m.end) for m in article.entities)
    starts = [s for s, _ in taken]
    reach = list(accumulate((e for _, e in taken), max))
    found = []
    for w in words:
        person = people.get(article.text[w.start:w.end])
        k = bisect_right(starts, w.start) - 1
        if person and not (k >= 0 and reach[k] > w.start):
            found.append(Mention(w.start, w.end, person.label, person.entity_id, person.name))
    return tuple(found)


def build(article: Article) -> Context:
    words = _words(article.text)
    sentences = tuple((s.start, s.end) for s in article.sentences) or fallback_sentences(article.text)
    mentions = tuple(sorted(article.entities + _surnames(article, words), key=lambda m: (m.start, -m.end)))
    speakers = frozenset((q.speaker_start, q.speaker_end) for q in article.quotes if q.speaker_start is not None)
    return Context(article, words, tuple(w.start for w in words), sentences, tuple(s for s, _ in sentences),
                   mentions, tuple(m.start for m in mentions), speakers)
