"""Tense cues around an expression: Indonesian has no verb tense, so words nearby decide."""
from __future__ import annotations

import re

from ..lang.id import dates

FUTURE_CUE = re.compile(r"\b(?:" + "|".join(dates.FUTURE_CUES) + r")\b", re.IGNORECASE)
PAST_CUE = re.compile(r"\b(?:" + "|".join(dates.PAST_CUES) + r")\b", re.IGNORECASE)
FUTURE_AFTER = re.compile(r"\s+(?:mendatang|depan|yang\s+akan\s+datang)\b", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.!?\n]")
REACH = 80  # characters of the clause before an expression that are read for cues


def clause_before(text: str, start: int) -> str:
    before = text[max(0, start - REACH):start]
    return before[max((m.end() for m in SENTENCE_END.finditer(before)), default=0):]


def future_cue(text: str, start: int, end: int) -> bool:
    """A future marker in the clause before the expression, or right after it."""
    return bool(FUTURE_CUE.search(clause_before(text, start)) or FUTURE_AFTER.match(text, end))


def tense(text: str, start: int, end: int) -> int | None:
    """1 for a future cue, -1 for a past one, None when the clause says nothing."""
    if future_cue(text, start, end):
        return 1
    return -1 if PAST_CUE.search(clause_before(text, start)) else None
