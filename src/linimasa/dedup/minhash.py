"""Near-duplicate candidates: datasketch MinHash signatures of word shingles in a streaming band index.

The band index is tuned low on purpose (3 rows per band, so pairs from a Jaccard of about 0.3 come back) so
that truncated or expanded copies (low Jaccard, high containment) become candidates; Jaccard and containment
are then estimated from the signatures and the shingle counts.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from datasketch import MinHash

from .bands import BandIndex
from .config import DedupConfig
from .text import shingles

_SEED = 1  # fixed: signatures are comparable across runs and processes


@dataclass(frozen=True, slots=True)
class Signature:
    values: np.ndarray  # uint32, one per permutation
    size: int  # number of distinct shingles


def _identity(value: int) -> int:
    return value  # shingles are already stable 32-bit hashes


class ShingleLSH:
    def __init__(self, *, config: DedupConfig) -> None:
        self.config = config
        self._bands = BandIndex(bands=config.num_perm // config.lsh_rows, rows=config.lsh_rows)
        self._permutations = MinHash(num_perm=config.num_perm, seed=_SEED).permutations
        self._slots: dict[str, int] = {}
        self._keys: list[str] = []
        self._values = np.empty((1024, config.num_perm), dtype=np.uint32)
        self._sizes: list[int] = []

    def signature(self, tokens: list[str]) -> Signature:
        grams = shingles(tokens, size=self.config.shingle_size)
        minhash = MinHash(num_perm=self.config.num_perm, seed=_SEED, hashfunc=_identity,
                          permutations=self._permutations, scheme="affine32")
        minhash.update_batch(grams)
        return Signature(minhash.hashvalues.astype(np.uint32), len(grams))

    def add(self, key: str, signature: Signature) -> list[str]:
        """Index ``signature`` under ``key``; return the keys already indexed that may be near copies."""
        if signature.size < self.config.min_shingles or key in self._slots:
            return []  # too short to be a near copy of anything (and never indexed, so nothing matches it)
        band_keys = self._bands.band_keys(signature.values)
        found = [self._keys[s] for s in sorted(self._bands.query(band_keys))]
        slot = len(self._keys)
        if slot == len(self._values):
            self._values = np.concatenate([self._values, np.empty_like(self._values)])
        self._values[slot] = signature.values
        self._slots[key] = slot
        self._sizes.append(signature.size)
        self._keys.append(key)
        self._bands.insert(band_keys, slot)
        return found

    def overlap(self, a: str, b: str) -> tuple[float, float]:
        """Estimated Jaccard, and the share of the smaller shingle set contained in the larger."""
        sa, sb = self._slots[a], self._slots[b]
        jaccard = float(np.count_nonzero(self._values[sa] == self._values[sb])) / self.config.num_perm
        intersection = jaccard * (self._sizes[sa] + self._sizes[sb]) / (1 + jaccard)
        return jaccard, min(1.0, intersection / max(1, min(self._sizes[sa], self._sizes[sb])))

    def __contains__(self, key: str) -> bool:
        return key in self._slots

    def __len__(self) -> int:
        return len(self._keys)
