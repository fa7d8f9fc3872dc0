"""What dedup reports: copy links between two articles, with confidence and evidence."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

CopyKind = Literal["exact", "near", "rewrite"]


@dataclass(frozen=True, slots=True)
class Aligned:
    """One sentence (or direct quote) of article ``a`` matched to one of article ``b``; offsets into each text."""

    a_start: int
    a_end: int
    b_start: int
    b_end: int
    score: float  # 0..100, rapidfuzz similarity of the normalised sentences


@dataclass(frozen=True, slots=True)
class CopyLink:
    """``a`` and ``b`` are article ids with ``a < b``; ``kind`` is the strongest relation found."""

    a: str
    b: str
    kind: CopyKind
    confidence: float
    evidence: tuple[Aligned, ...] = ()
    jaccard: float = 0.0  # estimated word-shingle Jaccard
    containment: float = 0.0  # estimated share of the shorter article's shingles found in the longer
