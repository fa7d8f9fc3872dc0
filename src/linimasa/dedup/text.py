"""Text normalisation shared by every dedup signal: the content hash, words, shingles and sentences.

Hashes must be stable across processes (they are persisted), so they use blake2b/crc32, never ``hash()``.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
import zlib
from collections.abc import Sequence

import numpy as np

from ..model import Article, Span

_GRAM_PRIME = np.uint64(1_000_003)
_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")
# A sentence ends at . ! ? (optionally followed by a closing quote) before whitespace, or at a line break.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+|\n+")
_FOLDS = (("“", '"'), ("”", '"'), ("„", '"'), ("‘", "'"), ("’", "'"), ("–", "-"), ("—", "-"))


def normalise(text: str) -> str:
    """Case, accents, quote style and whitespace folded: two reposts of one text normalise equal."""
    folded = text.casefold()
    if not folded.isascii():  # the common all-ASCII case skips the Unicode work
        folded = unicodedata.normalize("NFKC", folded)
        for fancy, plain in _FOLDS:  # str.replace beats str.translate with a dict by far
            folded = folded.replace(fancy, plain)
    return " ".join(folded.split())


def content_hash(text: str) -> str:
    """Stable id of an article's content (hex, 16 bytes); whitespace, case and quote style do not count."""
    return normalised_hash(normalise(text))


def normalised_hash(normalised: str) -> str:
    """``content_hash`` of text already passed through ``normalise`` (callers that need its words too)."""
    return hashlib.blake2b(normalised.encode("utf-8"), digest_size=16).hexdigest()


def words(text: str) -> list[str]:
    return normalised_words(normalise(text))


def normalised_words(normalised: str) -> list[str]:
    return _WORD.findall(normalised)


def words_each(texts: Sequence[str]) -> list[list[str]]:
    """``words`` of each text, normalised in one pass (sentences, names: many short texts).

    A NUL between texts survives every fold and splits words, so each text folds as it would alone.
    """
    joined = "\0".join(texts)
    if not texts or joined.count("\0") != len(texts) - 1:
        return [words(text) for text in texts]
    return [_WORD.findall(piece) for piece in normalise(joined).split("\0")]


def shingles(tokens: list[str], *, size: int) -> np.ndarray:
    """Distinct 32-bit hashes of word n-grams (a rolling hash over word hashes, in numpy, as uint64).

    Texts shorter than ``size`` words give one shingle of all their words.
    """
    if not tokens:
        return np.empty(0, dtype=np.uint64)
    word_hashes = np.fromiter(map(zlib.crc32, map(str.encode, tokens)), np.uint64, len(tokens))
    width = min(size, len(tokens))
    grams = np.zeros(len(tokens) - width + 1, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for offset in range(width):
            grams = grams * _GRAM_PRIME + word_hashes[offset:offset + len(grams)]
    folded = np.sort((grams ^ (grams >> np.uint64(32))) & np.uint64(0xFFFFFFFF))
    return folded[np.concatenate(([True], folded[1:] != folded[:-1]))]  # np.unique, without its slow hashing


def sentence_spans(article: Article) -> tuple[Span, ...]:
    """The segment stage's sentences when present, else a plain punctuation split of the text."""
    if article.sentences:
        return tuple(article.sentences)
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(article.text):
        spans.append(Span(start, match.start()))
        start = match.end()
    spans.append(Span(start, len(article.text)))
    return tuple(s for s in spans if article.text[s.start:s.end].strip())
