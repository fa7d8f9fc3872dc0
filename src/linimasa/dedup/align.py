"""Sentence alignment between two articles: the evidence that confirms a copy or a same-wire rewrite."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

from .links import Aligned
from .signals import Fingerprint, Unit, covered_length
from .vocab import vocabulary


@dataclass(frozen=True, slots=True)
class Alignment:
    pairs: tuple[Aligned, ...]
    coverage: float  # share of the shorter article's unit characters that found a partner

    @property
    def mean_score(self) -> float:
        return sum(p.score for p in self.pairs) / len(self.pairs) if self.pairs else 0.0

    @property
    def confidence(self) -> float:
        """Each aligned sentence is strong evidence; broad coverage is stronger still."""
        return min(1.0, 0.25 * len(self.pairs) + self.coverage)


def align(a: Fingerprint, b: Fingerprint, *, min_score: float) -> Alignment:
    if not a.units or not b.units:
        return Alignment((), 0.0)
    scores = process.cdist([u.norm for u in a.units], [u.norm for u in b.units], scorer=fuzz.ratio,
                           score_cutoff=min_score, workers=1)
    pairs = _one_to_one(a.units, b.units, scores)
    covered_a = covered_length((p.a_start, p.a_end) for p in pairs)
    covered_b = covered_length((p.b_start, p.b_end) for p in pairs)
    coverage = max(covered_a / max(a.length, 1), covered_b / max(b.length, 1))
    return Alignment(tuple(sorted(pairs, key=lambda p: p.a_start)), min(1.0, coverage))


def residual_overlap(a: Fingerprint, b: Fingerprint, pairs: Sequence[Aligned], *,
                     max_share: float) -> tuple[float, int]:
    """How much the unaligned rest of two articles still shares: (overlap coefficient, count) of rare words.

    Rewrites of one story keep its facts in the sentences they reword; a follow-up that only reuses a few
    background sentences shares nothing else.
    """
    rest_a = _rare_words([u for u in a.units if not any(_overlaps(u.start, u.end, p.a_start, p.a_end) for p in pairs)],
                         max_share)
    rest_b = _rare_words([u for u in b.units if not any(_overlaps(u.start, u.end, p.b_start, p.b_end) for p in pairs)],
                         max_share)
    shared = len(rest_a & rest_b)
    return shared / max(1, min(len(rest_a), len(rest_b))), shared


def _rare_words(units: Sequence[Unit], max_share: float) -> set[str]:
    vocab = vocabulary()
    found = {w for u in units for w in u.norm.split()}
    return {w for w in found if len(w) > 2 and vocab.doc_share(w) <= max_share}


def _one_to_one(a: Sequence[Unit], b: Sequence[Unit], scores: np.ndarray) -> list[Aligned]:
    """Greedy best-first matching; a unit overlapping one already matched (a quote inside its sentence) is skipped."""
    rows, cols = scores.nonzero()
    ranked = sorted(zip(rows.tolist(), cols.tolist(), strict=True), key=lambda rc: -scores[rc])
    pairs: list[Aligned] = []
    for i, j in ranked:
        ua, ub = a[i], b[j]
        if any(_overlaps(ua.start, ua.end, p.a_start, p.a_end) or _overlaps(ub.start, ub.end, p.b_start, p.b_end)
               for p in pairs):
            continue
        pairs.append(Aligned(ua.start, ua.end, ub.start, ub.end, float(scores[i, j])))
    return pairs


def _overlaps(s1: int, e1: int, s2: int, e2: int) -> bool:
    return s1 < e2 and s2 < e1
