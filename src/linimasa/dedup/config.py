"""Dedup thresholds, chosen by measurement (benchmarks/bench_dedup_synthetic.py, docs/results.md)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DedupConfig:
    shingle_size: int = 4
    num_perm: int = 128
    lsh_threshold: float = 0.3  # low on purpose: truncated copies have low Jaccard but high containment
    near_jaccard: float = 0.5
    near_containment: float = 0.8
    min_shingles: int = 8  # below this an article is too short to call a near copy of anything
    # Same-wire rewrites: sentences aligned at or above ``align_score`` and long enough to be content.
    align_score: float = 75.0
    align_min_words: int = 6
    rewrite_min_aligned: int = 2
    rewrite_min_confidence: float = 0.5
    rare_max_df: float = 0.002  # a word rarer than this (background document frequency) is a signal
    candidate_min_shared: int = 4  # shared rare words/names/numbers/quotes before aligning
    window_days: float = 7.0  # rewrites are published close together when both dates are known


DEFAULT = DedupConfig()
