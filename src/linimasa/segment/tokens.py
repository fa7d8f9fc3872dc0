"""Tokenisation of Indonesian news text into spans.

One regular expression finds candidate tokens (URLs, web-site names, numbers, dotted
abbreviations, words with inner hyphens or apostrophes, single punctuation marks); a second
pass splits words that wire copy and scrapers glue together (``WIBSEOUL``, ``kuatdi``).
"""
from __future__ import annotations

import re
from collections.abc import Callable

from ..lang.id.abbreviations import PREFIX, SUFFIX, TIME_ZONES
from ..model import Token

_TLD = r"(?:com|co|id|net|org|tv|go|ac|or|info|news|gov|io|my|sg|uk|us|ru|cn|kr|jp|au)"
_TOKEN = re.compile(r"""
    (?:https?://|www\.)[^\s"'()<>]+[^\s"'()<>.,;:!?]      # URL
  | [\w.+-]+@[\w-]+(?:\.[\w-]+)+                          # e-mail
  | [A-Za-z0-9][\w-]*(?:\.(?:""" + _TLD + r"""|[A-Z]{2,6}))+(?![\w-])  # KOMPAS.TV, detik.com
  | \d+(?:[.,:/]\d+)+                                     # 1.000,5  27/7/2023  21:10
  | (?:[A-Za-z]\.){2,}                                    # A.S.  S.H.
  | [^\W\d_](?:[\w]|[-'’](?=\w))*\.?                      # words, Kim Jong-un, Jum'at, Jl.
  | \d+(?:[-'’]?[^\W\d_]+)*                               # 19, 2023-an, 10km
  | \.{2,}|-{2,}|\S                                       # ellipsis, dash run, punctuation
""", re.VERBOSE)
_GLUED_PARTICLES = ("yang", "dan", "di", "ke")


def _keeps_stop(word: str) -> bool:
    """A final full stop belongs to the word only for known abbreviations and initials."""
    stem = word[:-1].lower()
    return (len(stem) == 1 and word[0].isupper()) or stem in PREFIX or stem in SUFFIX


def _split_zone(start: int, word: str) -> list[tuple[int, int]]:
    for zone in TIME_ZONES:
        rest = word[len(zone):]
        if word.startswith(zone) and len(rest) >= 3 and rest.isupper() and rest.isalpha():
            return [(start, start + len(zone)), (start + len(zone), start + len(word))]
    return [(start, start + len(word))]


def _split_particle(start: int, word: str, known: Callable[[str], bool]) -> list[tuple[int, int]]:
    """``kuatdi`` -> ``kuat di`` when the glued form is unknown and its stem is a known word."""
    if word.islower() and not known(lower := word.lower()):
        for particle in _GLUED_PARTICLES:
            stem = lower[:-len(particle)]
            if lower.endswith(particle) and len(stem) >= 3 and known(stem):
                cut = start + len(stem)
                return [(start, cut), (cut, start + len(word))]
    return [(start, start + len(word))]


def _pieces(text: str, start: int, end: int, known: Callable[[str], bool]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for m in _TOKEN.finditer(text, start, end):
        s, word = m.start(), m.group()
        if word.endswith(".") and len(word) > 1 and word[-2].isalpha() and not _keeps_stop(word):
            out.extend(_pieces_of_word(s, word[:-1], known))
            out.append((m.end() - 1, m.end()))
        else:
            out.extend(_pieces_of_word(s, word, known))
    return out


def _pieces_of_word(start: int, word: str, known: Callable[[str], bool]) -> list[tuple[int, int]]:
    if not word[:1].isalpha():
        return [(start, start + len(word))]
    if not word.startswith(TIME_ZONES):  # one test for the zones, as nearly every word starts with none
        return _split_particle(start, word, known)
    out: list[tuple[int, int]] = []
    for s, e in _split_zone(start, word):
        out.extend(_split_particle(s, word[s - start:e - start], known))
    return out


def tokenize(text: str, start: int = 0, end: int | None = None,
             *, known: Callable[[str], bool] | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` as spans into ``text``.

    ``known`` says whether a lower-case word is in the lexicon; it enables splitting glued
    particles. By default the lexicon shipped with the NER model is used.
    """
    if known is None:
        from .lexicon import words
        known = words().__contains__  # a C call per word, not two Python frames: this runs for every word
    stop = len(text) if end is None else end
    return [Token(s, e) for s, e in _pieces(text, start, stop, known)]
