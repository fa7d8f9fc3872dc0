"""Cheap per-article signals that make two articles worth comparing: rare words, numbers, names, quotes.

Independent rewrites of one wire story share little wording but keep its rare facts: names, figures and the
direct quotes. Each signal is a short string key; two articles sharing several keys become a candidate pair.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..model import Article
from .config import DedupConfig
from .text import sentence_spans, words, words_each
from .vectors import article_day
from .vocab import vocabulary

_NAME = re.compile(r"\b[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)+")  # two or more capitalised words
_QUOTED = re.compile(r"[\"“]([^\"“”]{20,}?)[\"”]")
_COMMON_NAME_SHARE = 0.01  # a name needs one word rarer than this to be a signal ("Korea Selatan" is not)


@dataclass(frozen=True, slots=True)
class Unit:
    """A sentence or direct quote worth aligning: its span and its normalised words."""

    start: int
    end: int
    norm: str


@dataclass(frozen=True, slots=True)
class Fingerprint:
    key: str
    day: int | None  # date ordinal: published, else the date the text mentions most
    keys: frozenset[str]  # rare signals
    units: tuple[Unit, ...]
    length: int  # characters of text covered by units, for alignment coverage


def fingerprint(article: Article, *, key: str, tokens: list[str], config: DedupConfig) -> Fingerprint:
    """``tokens`` are ``words(article.text)``, computed once by the caller."""
    found = units(article, min_words=config.align_min_words)
    return Fingerprint(key=key, day=article_day(article), keys=rare_keys(article, tokens, config=config),
                       units=found, length=covered_length((u.start, u.end) for u in found))


def covered_length(spans: Iterable[tuple[int, int]]) -> int:
    """Characters under the union of spans (a quote unit lies inside its sentence unit)."""
    total, reach = 0, 0
    for start, end in sorted(spans):
        total += max(0, end - max(start, reach))
        reach = max(reach, end)
    return total


def rare_keys(article: Article, tokens: list[str], *, config: DedupConfig) -> frozenset[str]:
    vocab = vocabulary()
    df, n_docs = vocab.df, vocab.n_docs  # inlined ``doc_share``: this runs for every distinct word
    shares = {w: df.get(w, 1) / n_docs for w in set(tokens) if len(w) >= 3}
    rare = {f"w:{w}" for w, share in shares.items() if share <= config.rare_max_df}
    names = {f"n:{' '.join(parts)}" for parts in (m.group().casefold().split() for m in _NAME.finditer(article.text))
             if any(shares.get(w, 1.0) <= _COMMON_NAME_SHARE for w in parts)}
    quotes = {f"q:{' '.join(words(m.group(1))[:6])}" for m in _QUOTED.finditer(article.text)}
    return frozenset(rare | names | quotes)


def units(article: Article, *, min_words: int) -> tuple[Unit, ...]:
    """Sentences and direct quotes of at least ``min_words`` words (shorter ones are boilerplate-prone)."""
    spans = [(s.start, s.end) for s in sentence_spans(article)]
    spans += [(q.start, q.end) for q in article.quotes if q.direct]
    spans += [m.span(1) for m in _QUOTED.finditer(article.text)]
    spans = sorted(set(spans))
    found = zip(spans, words_each([article.text[start:end] for start, end in spans]), strict=True)
    return tuple(Unit(start, end, " ".join(tokens)) for (start, end), tokens in found if len(tokens) >= min_words)
