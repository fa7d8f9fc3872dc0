"""Capitals for sentences written without them (lower-cased corpora, chat, speech transcripts)
or all in capitals (headlines, shouted copy).

The tagger leans on capitals, so such a sentence is first written as news would write it: a
word gets its capital when unlabelled news mostly capitalises it (the capitalisation rate in
``clusters.tsv``) or never saw it often enough to say (rare words are mostly names). Only the
case changes, so spans over the restored words are spans over the text.
"""
from __future__ import annotations

from . import ner

_MOSTLY_CAPITALISED = ("3", "4")  # buckets: 60–80 % and 80–100 % of non-initial uses
_MIN_SHOUTED_WORDS = 3  # fewer all-caps words are acronyms or a dateline, not a shouted sentence


def restore_case(words: list[str]) -> list[str]:
    """The words truecased when the sentence has no capital or no small letter; else as they are."""
    if caseless(words):
        return truecase(words)
    if shouted(words):
        return truecase([w.lower() for w in words])
    return words


def caseless(words: list[str]) -> bool:
    return not any(c.isupper() for word in words for c in word)


def shouted(words: list[str]) -> bool:
    letters = [w for w in words if w[:1].isalpha()]
    return len(letters) >= _MIN_SHOUTED_WORDS and not any(c.islower() for w in letters for c in w)


def truecase(words: list[str]) -> list[str]:
    clusters = ner.lexicons().clusters
    return [_capitalised(word, clusters.get(word)) for word in words]


def _capitalised(word: str, entry: tuple[str, str, str] | None) -> str:
    if not word[:1].isalpha():
        return word
    rare = entry is None and len(word) > 2 and word.isalpha()
    if rare or (entry is not None and entry[2] in _MOSTLY_CAPITALISED):
        return word[:1].upper() + word[1:]
    return word
