"""Quotation-mark pairing: straight and curly quotes, quotes that run over paragraphs.

News style leaves a quote open at the end of a paragraph when the next paragraph
continues it (and reopens it), so an unclosed mark runs to its paragraph's end.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

OPENERS = {"\u201c": "\u201d", "\u201e": "\u201d", '"': '"', "\u00ab": "\u00bb"}
MARK_RE = re.compile('["\u201c\u201d\u201e\u00ab\u00bb]')


def _paragraphs(text: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for br in re.finditer(r"\n+", text):
        bounds.append((start, br.start()))
        start = br.end()
    bounds.append((start, len(text)))
    return bounds


def _pair(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Inner spans of the quotes in one paragraph."""
    spans, opener, open_at = [], "", -1
    for mark in MARK_RE.finditer(text, start, end):
        char = mark.group()
        if opener and char == OPENERS[opener]:
            spans.append((open_at + 1, mark.start()))
            opener = ""
        elif not opener and char in OPENERS:
            opener, open_at = char, mark.start()
    if opener and end - open_at > 2:
        spans.append((open_at + 1, end))
    return spans


@lru_cache(maxsize=4)  # detection and speaker resolution ask for the same text
def quoted_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of the text inside each pair of quotation marks, in order."""
    return tuple(span for start, end in _paragraphs(text) for span in _pair(text, start, end))


@dataclass(frozen=True, slots=True)
class Marked:
    """The quotation-marked spans (in text order), indexed so that each lookup is a bisection, not a scan."""

    spans: list[tuple[int, int]]
    starts: list[int]
    reach: list[int]  # the furthest end of the spans up to each one

    @classmethod
    def of(cls, spans: list[tuple[int, int]]) -> Marked:
        return cls(spans, [start for start, _ in spans], list(accumulate((end for _, end in spans), max)))

    def covers(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and self.reach[i] > pos

    def starting(self, after: int, upto: int) -> list[tuple[int, int]]:
        """The spans starting in (after, upto]."""
        return self.spans[bisect_right(self.starts, after):bisect_right(self.starts, upto)]


@lru_cache(maxsize=4)  # detection and speaker resolution ask for the same text
def quoted_index(text: str) -> Marked:
    return Marked.of(list(quoted_spans(text)))
