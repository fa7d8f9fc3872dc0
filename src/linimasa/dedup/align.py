"""Sentence alignment between two articles: the evidence that confirms a copy or a same-wire rewrite."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from .links import Aligned
from .signals import Fingerprint, Unit


@dataclass(frozen=True, slots=True)
class Alignment:
    pairs: tuple[Aligned, ...]
    coverage: float  # share of the shorter article's unit characters that found a partner

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
    covered_a = sum(p.a_end - p.a_start for p in pairs)
    covered_b = sum(p.b_end - p.b_start for p in pairs)
    coverage = max(covered_a / max(a.length, 1), covered_b / max(b.length, 1))
    return Alignment(tuple(sorted(pairs, key=lambda p: p.a_start)), min(1.0, coverage))


def _one_to_one(a: Sequence[Unit], b: Sequence[Unit], scores) -> list[Aligned]:  # noqa: ANN001 - numpy matrix
    """Greedy best-first matching; a unit overlapping one already matched (a quote inside its sentence) is skipped."""
    rows, cols = scores.nonzero()
    ranked = sorted(zip(rows.tolist(), cols.tolist()), key=lambda rc: -scores[rc])
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
