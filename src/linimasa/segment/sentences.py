"""Sentence splitting over tokens, so that a sentence boundary is always a token boundary.

Paragraphs (lines) are split first. Within one, a sentence ends at ``.``, ``!``, ``?`` or an
ellipsis, plus any closing quotes and brackets, when the next token can open a sentence
(a capital, a digit or an opening quote). Dotted abbreviations are single tokens, so
``Jl. Sudirman`` never ends a sentence; ``Tbk.`` and ``dll.`` may.

Scraped pages (CLICK-ID) join their paragraphs with commas: ``sambung dia.,Berdasarkan``,
``ucap Jokowi. , Padahal``, ``KUHP. (,),Ketua``, ``Karhutla,Walau``. A comma after a full stop, or one
glued to both a word and a capital, is such a join and ends the sentence; the text stays as it is.
"""
from __future__ import annotations

import re
from itertools import pairwise

from ..lang.id.abbreviations import PREFIX, SUFFIX
from ..model import Sentence, Token
from .tokens import tokenize

_LINE = re.compile(r"[^\n]+")
_TERMINAL = frozenset({".", "!", "?", "...", "…"})
_CLOSERS = frozenset({'"', "”", "’", "'", ")", "]", "»"})
_OPENERS = frozenset({'"', "“", "‘", "'", "(", "[", "«"})
# What a scraper leaves between two joined paragraphs: commas, empty brackets of a stripped link,
# a mis-decoded no-break space ("¬†").
_GLUE = frozenset({",", "(", ")", "¬", "†"})


def _is_quote_closing(text: str, token: Token) -> bool:
    """A straight quote closes when glued to the previous word, not to the next one."""
    before = text[token.start - 1] if token.start else " "
    return not before.isspace()


def _ends_sentence(text: str, token: Token) -> bool:
    word = text[token.start:token.end]
    if word in _TERMINAL:
        return True
    return word.endswith(".") and word[:-1].lower() in SUFFIX


def _stop_after_initial(text: str, tokens: list[Token], i: int) -> bool:
    """A full stop set apart from an initial or a title (pre-tokenised ``Andi M . Ghalib``, ``Mr . Widodo``)."""
    if i == 0 or text[tokens[i].start:tokens[i].end] != ".":
        return False
    word = text[tokens[i - 1].start:tokens[i - 1].end]
    return (len(word) == 1 and word.isupper()) or word.lower() in PREFIX


def _opens_sentence(text: str, token: Token) -> bool:
    first = text[token.start]
    return first.isupper() or first.isdigit() or first in _OPENERS


def _after_glue(text: str, tokens: list[Token], j: int) -> int:
    """The token after the commas (and link debris) that join two paragraphs at ``j``, else ``j``."""
    k = j
    while k < len(tokens) and text[tokens[k].start:tokens[k].end] in _GLUE:
        k += 1
    return k if any(text[t.start:t.end] == "," for t in tokens[j:k]) else j


def _glued_comma(text: str, token: Token) -> bool:
    """``bebernya,Selanjutnya``: a comma with no space on either side, before a capital or a quote and a capital."""
    after = text[token.end:token.end + 2]
    return (text[token.start:token.end] == "," and token.start > 0 and not text[token.start - 1].isspace()
            and (after[:1].isupper() or (after[:1] in '"“' and after[1:].isupper())))


def _boundaries(text: str, tokens: list[Token]) -> list[int]:
    """Indexes of tokens that start a new sentence."""
    cuts = []
    i = 0
    while i < len(tokens) - 1:
        if _ends_sentence(text, tokens[i]) and not _stop_after_initial(text, tokens, i):
            j = i + 1
            while j < len(tokens) and text[tokens[j].start:tokens[j].end] in _CLOSERS \
                    and (text[tokens[j].start] != '"' or _is_quote_closing(text, tokens[j])):
                j += 1
            j = _after_glue(text, tokens, j)
            if j < len(tokens) and _opens_sentence(text, tokens[j]):
                cuts.append(j)
            i = j
        elif _glued_comma(text, tokens[i]):
            cuts.append(i + 1)
            i += 1
        else:
            i += 1
    return cuts


def split_tokens(text: str, tokens: list[Token]) -> list[Sentence]:
    """Group the tokens of one paragraph into sentences."""
    if not tokens:
        return []
    starts = [0, *_boundaries(text, tokens), len(tokens)]
    return [Sentence(tokens[a].start, tokens[b - 1].end) for a, b in pairwise(starts) if b > a]


def segment(text: str) -> tuple[list[Sentence], list[Token]]:
    """Sentences and tokens of a whole text, both as spans into it."""
    sentences: list[Sentence] = []
    tokens: list[Token] = []
    for line in _LINE.finditer(text):
        line_tokens = tokenize(text, line.start(), line.end())
        sentences.extend(split_tokens(text, line_tokens))
        tokens.extend(line_tokens)
    return sentences, tokens


def split_sentences(text: str) -> list[Sentence]:
    return segment(text)[0]
