"""Read-only views of one article that the quotes and events stages share, built from its layers.

Words (the word-character runs of the segment layer's tokens), sentence bounds and entity mentions are looked
up by offset many times per article, so they are indexed once here (bisect over sorted starts). Each stage
builds the context from the article it is given; nothing is cached between stages (docs/architecture.md).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace

from .model import Article, Mention, Token

_WORD = re.compile(r"\w+(?:[-']\w+)*")


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
    mentions: tuple[Mention, ...]  # the entity layer and the bare surnames it left unmarked, by start
    mention_starts: tuple[int, ...]
    speakers: frozenset[tuple[int, int]]  # spans of the quotes' speaker mentions
    speaking: frozenset[int]  # starts of the speakers named in their quote's own sentence (first or last)

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


def _words(text: str, tokens: tuple[Token, ...]) -> tuple[Word, ...]:
    """The word-character runs of each token: ``10/9/2019`` holds three words, ``,`` none."""
    return tuple(word for t in tokens for word in _token_words(text, t.start, t.end))


def _token_words(text: str, start: int, end: int) -> tuple[Word, ...] | list[Word]:
    token = text[start:end]
    if token.isalnum():  # one word, as most tokens are (\w is what isalnum accepts, and "_")
        return (Word(start, end, token.lower()),)
    return [Word(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text, start, end)]


def _surnames(article: Article, words: tuple[Word, ...]) -> tuple[Mention, ...]:
    """Bare surnames of people the article names in full ("Shoigu" after "Sergei Shoigu") that the entity layer
    left unmarked, as mentions of that person. One pass over the words beside one over the (sorted) mentions."""
    people: dict[str, Mention] = {}
    for m in article.entities:
        name = article.span_text(m).split()
        if m.label.startswith("PER") and len(name) > 1:
            people.setdefault(name[-1], m)
    taken = sorted((m.start, m.end) for m in article.entities)
    found, next_taken, covered_to = [], 0, -1  # covered_to: the furthest end of the mentions starting before a word
    for w in words:
        while next_taken < len(taken) and taken[next_taken][0] <= w.start:
            covered_to = max(covered_to, taken[next_taken][1])
            next_taken += 1
        person = people.get(article.text[w.start:w.end])
        if person and w.start >= covered_to:
            found.append(Mention(w.start, w.end, person.label, person.entity_id, person.name))
    return tuple(found)


def build(article: Article) -> Context:
    """The context of an article the segment and entities stages have run on (and the quotes stage, for
    ``speakers``)."""
    words = _words(article.text, article.tokens)
    sentences = tuple((s.start, s.end) for s in article.sentences)
    mentions = tuple(sorted(article.entities + _surnames(article, words), key=lambda m: (m.start, -m.end)))
    speakers = frozenset((q.speaker_start, q.speaker_end) for q in article.quotes
                         if q.speaker_start is not None and q.speaker_end is not None)
    ctx = Context(article, words, tuple(w.start for w in words), sentences, tuple(s for s, _ in sentences),
                  mentions, tuple(m.start for m in mentions), speakers, frozenset())
    return replace(ctx, speaking=frozenset(
        q.speaker_start for q in article.quotes if q.speaker_start is not None and ctx.sentence_index(
            q.speaker_start) in (ctx.sentence_index(q.start), ctx.sentence_index(max(q.end - 1, q.start)))))
