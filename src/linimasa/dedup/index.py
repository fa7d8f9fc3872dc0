"""The streaming copy index: exact hashes, MinHash LSH near copies and same-wire rewrites, one article at a time.

An update over a store indexes only the stored articles its new ones may copy: those sharing a band key or
enough rare signals with them, which the store keeps per article (``probe``, ``collection.keys``).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from operator import attrgetter

import numpy as np

from ..model import Article
from ..settings import Settings
from .align import align, residual_overlap
from .config import DEFAULT, DedupConfig
from .links import CopyLink
from .minhash import ShingleLSH
from .signals import Fingerprint, fingerprint, rare_keys
from .text import normalise, normalised_hash, normalised_words

_MAX_POSTINGS = 400  # a signal shared by more articles than this is topical, not evidence of copying


@dataclass(frozen=True, slots=True)
class Probe:
    """What an article is looked up and indexed by: its band keys and rare signals (none when too short)."""

    bands: np.ndarray
    signals: frozenset[str]


class CopyIndex:
    def __init__(self, *, config: DedupConfig = DEFAULT, rewrites: bool = True) -> None:
        """``rewrites=False`` keeps only hashes and signatures (about 1 KB per article) for very large runs."""
        self.config = config
        self.rewrites = rewrites
        self._lsh = ShingleLSH(config=config)
        self._by_hash: dict[str, list[str]] = defaultdict(list)
        self._prints: dict[str, Fingerprint] = {}
        self._postings: dict[str, list[str]] = defaultdict(list)
        self.unindexed: Counter[str] = Counter()  # articles with a signal known to exist but not indexed here

    def probe(self, article: Article) -> Probe:
        tokens = normalised_words(normalise(article.text))
        signature = self._lsh.signature(tokens)
        if signature.size < self.config.min_shingles:
            return Probe(np.empty(0, dtype=np.uint64), frozenset())
        signals = rare_keys(article, tokens, config=self.config) if self.rewrites else frozenset()
        return Probe(self._lsh.band_keys(signature), signals)

    def add(self, article: Article, *, key: str | None = None, judge: bool = True) -> list[CopyLink]:
        """Index one article and return its links to articles indexed before it (none if ``key`` is known).

        ``judge=False`` only indexes it: for articles whose links are known already (stored before).
        """
        key = key or article.id
        if key in self._prints or key in self._lsh:
            return []
        normalised = normalise(article.text)
        tokens = normalised_words(normalised)
        signature = self._lsh.signature(tokens)
        if signature.size < self.config.min_shingles:
            return []  # empty and one-line articles are nobody's copy
        exact = self._by_hash[normalised_hash(normalised)]
        links = [CopyLink(min(key, other), max(key, other), "exact", 1.0, jaccard=1.0, containment=1.0)
                 for other in exact]
        exact.append(key)
        candidates = set(self._lsh.add(key, signature))
        if self.rewrites:
            current = fingerprint(article, key=key, tokens=tokens, config=self.config)
            if judge:
                candidates |= self._signal_candidates(current)
            self._index_signals(current)
        if not judge:
            return []
        links += filter(None, (self._judge(key, other) for other in sorted(candidates - set(exact))))
        return links

    def _signal_candidates(self, current: Fingerprint) -> set[str]:
        shared: Counter[str] = Counter()
        for signal in current.keys:
            postings = self._postings.get(signal, ())
            if len(postings) + self.unindexed[signal] <= _MAX_POSTINGS:
                shared.update(postings)
        return {k for k, n in shared.items() if n >= self.config.candidate_min_shared and self._close(current, k)}

    def _close(self, current: Fingerprint, other: str) -> bool:
        a, b = current.day, self._prints[other].day
        return a is None or b is None or abs(a - b) <= self.config.window_days

    def _index_signals(self, current: Fingerprint) -> None:
        self._prints[current.key] = current
        for signal in current.keys:
            self._postings[signal].append(current.key)

    def _judge(self, key: str, other: str) -> CopyLink | None:
        cfg = self.config
        jaccard, containment = self._lsh.overlap(key, other)
        a, b = sorted((key, other))
        alignment = align(self._prints[a], self._prints[b], min_score=cfg.align_score) if self.rewrites else None
        evidence = alignment.pairs if alignment else ()
        if jaccard >= cfg.near_jaccard or containment >= cfg.near_containment:
            return CopyLink(a, b, "near", round(max(jaccard, containment), 3), evidence, jaccard, containment)
        if alignment is None:
            return None
        if (jaccard >= cfg.near_align_jaccard and alignment.coverage >= cfg.near_align_coverage
                and alignment.mean_score >= cfg.near_align_score):
            return CopyLink(a, b, "near", round(alignment.coverage, 3), evidence, jaccard, containment)
        if (len(evidence) < cfg.rewrite_min_aligned or alignment.confidence < cfg.rewrite_min_confidence
                or not self._close(self._prints[key], other)):
            return None
        overlap, shared = residual_overlap(self._prints[a], self._prints[b], evidence, max_share=cfg.residual_share)
        if overlap < cfg.residual_overlap or shared < cfg.residual_min_words:
            return None
        return CopyLink(a, b, "rewrite", round(alignment.confidence, 3), evidence, jaccard, containment)

    def __len__(self) -> int:
        return len(self._lsh)


def find_copies(articles: Sequence[Article], *, settings: Settings | None = None,
                key: Callable[[Article], str] = attrgetter("id"), indexed: Sequence[Article] = ()) -> list[CopyLink]:
    """All copy links in a collection; pass ``key=attrgetter("source")`` when exact reposts share one id.

    ``indexed`` are articles checked before (stored ones): they are indexed first, not compared, so only the
    links of ``articles`` come back, the same as a run over both would give them.
    """
    index = CopyIndex(config=(settings or Settings()).dedup)
    for article in indexed:
        index.add(article, key=key(article), judge=False)
    return [link for article in articles for link in index.add(article, key=key(article))]
