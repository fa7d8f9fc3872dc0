"""Dedup and story thresholds, chosen by measurement (benchmarks/bench_dedup_synthetic.py, docs/results.md).

They are settings (``Settings.dedup``, ``Settings.stories``; ``[linimasa.dedup]``, ``[linimasa.stories]`` in a TOML
file), so this module stays free of the heavy dedup imports."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DedupConfig:
    shingle_size: int = 4
    num_perm: int = 128
    lsh_rows: int = 3  # 42 bands of 3 rows: candidates from Jaccard ~0.3, as truncated copies need
    near_jaccard: float = 0.5
    near_containment: float = 0.8
    min_shingles: int = 8  # below this an article is too short to call a near copy of anything
    # Same-wire rewrites: sentences aligned at or above ``align_score`` and long enough to be content.
    align_score: float = 75.0
    align_min_words: int = 6
    # An edited copy: shingles broken by edits, but its sentences still align near-verbatim.
    near_align_jaccard: float = 0.3  # below this, a fully aligned pair is a template (prices, quake reports)
    near_align_coverage: float = 0.45
    near_align_score: float = 90.0
    rewrite_min_aligned: int = 2
    rewrite_min_confidence: float = 0.5
    # ...and the unaligned rest must still share rare words (a follow-up reusing background paragraphs does not)
    residual_share: float = 0.003  # "rare" here: in at most 0.3% of background articles (names, mostly)
    residual_overlap: float = 0.6
    residual_min_words: int = 12
    rare_max_df: float = 0.002  # a word rarer than this (background document frequency) is a signal
    candidate_min_shared: int = 4  # shared rare words/names/numbers/quotes before aligning
    window_days: float = 3.0  # rewrites are published close together when both dates are known


@dataclass(frozen=True, slots=True)
class StoryConfig:
    join: float = 0.2  # cosine to one of an article's nearest articles, dates within ``window_days``
    join_undated: float = 0.25  # one side has no date: nothing bounds the pair in time, demand more
    merge: float = 0.35  # an article links a second story only this close to one of its articles
    neighbours: int = 2  # links per article: its nearest few, and articles it is among the nearest few of
    window_days: int = 7
    top_terms: int = 12  # terms per article used to find candidate articles
    min_shared_terms: int = 2  # of those, how many a candidate must share
    max_candidates: int = 64  # candidates compared in full, the ones sharing most terms
    main_terms: int = 8  # an article's heaviest terms: a linked pair must share one of both...
    main_idf: float = 3.0  # ...that is in at most ~5% of news articles (a name, a bill, a place; not "DPR")
    centroid: float = 0.2  # and the story as a whole must stay this close: a thread may drift, not wander
    core_share: float = 1 / 3  # a story's main terms: those of at least this share of its articles


DEFAULT = DedupConfig()
