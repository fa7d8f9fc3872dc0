"""Near-duplicate candidates: MinHash signatures of word shingles in a streaming band index.

Signatures are datasketch's ``affine32`` MinHash (its permutations, its MurmurHash3 pre-mix, its uint32 value
layout), computed in one numpy pass over all of an article's shingles instead of datasketch's per-value Python
loop; tests check they equal ``MinHash.update_batch`` bit for bit, and Jaccard is datasketch's own estimate.
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
_SCHEME = "affine32"
_EMPTY = np.uint32(0xFFFFFFFF)  # datasketch's initial value: the signature of no shingles
# MurmurHash3's 32-bit finaliser, which datasketch applies to every input hash before permuting it.
_FMIX = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))


@dataclass(frozen=True, slots=True)
class Signature:
    values: np.ndarray  # uint32, one per permutation
    size: int  # number of distinct shingles


def minhash_values(hashes: np.ndarray, permutations: np.ndarray) -> np.ndarray:
    """datasketch's affine32 MinHash of 32-bit ``hashes``: min over values of a * fmix(h) + b (mod 2**32)."""
    a, b = permutations
    if not len(hashes):
        return np.full(len(a), _EMPTY, dtype=np.uint32)
    s1, m1, s2, m2, s3 = _FMIX
    mixed = hashes.astype(np.uint32)
    mixed ^= mixed >> s1
    mixed *= m1
    mixed ^= mixed >> s2
    mixed *= m2
    mixed ^= mixed >> s3
    permuted = np.multiply.outer(mixed, a)
    permuted += b
    signature: np.ndarray = permuted.min(axis=0)
    return signature


class ShingleLSH:
    def __init__(self, *, config: DedupConfig) -> None:
        self.config = config
        self._bands = BandIndex(bands=config.num_perm // config.lsh_rows, rows=config.lsh_rows)
        self._permutations = MinHash(num_perm=config.num_perm, seed=_SEED, scheme=_SCHEME).permutations
        self._slots: dict[str, int] = {}
        self._keys: list[str] = []
        self._values = np.empty((1024, config.num_perm), dtype=np.uint32)
        self._sizes: list[int] = []

    def signature(self, tokens: list[str]) -> Signature:
        grams = shingles(tokens, size=self.config.shingle_size)
        return Signature(minhash_values(grams, self._permutations), len(grams))

    def band_keys(self, signature: Signature) -> np.ndarray:
        """The keys ``signature`` is indexed under, one per band."""
        return self._bands.band_keys(signature.values)

    def add(self, key: str, signature: Signature) -> list[str]:
        """Index ``signature`` under ``key``; return the keys already indexed that may be near copies."""
        if signature.size < self.config.min_shingles or key in self._slots:
            return []  # too short to be a near copy of anything (and never indexed, so nothing matches it)
        band_keys = self.band_keys(signature)
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

    def minhash(self, key: str) -> MinHash:
        """The datasketch MinHash of an indexed article (its stored values, shared permutations)."""
        return MinHash(seed=_SEED, hashvalues=self._values[self._slots[key]], permutations=self._permutations,
                       scheme=_SCHEME)

    def overlap(self, a: str, b: str) -> tuple[float, float]:
        """Estimated Jaccard, and the share of the smaller shingle set contained in the larger."""
        jaccard = self.minhash(a).jaccard(self.minhash(b))
        size_a, size_b = self._sizes[self._slots[a]], self._sizes[self._slots[b]]
        intersection = jaccard * (size_a + size_b) / (1 + jaccard)
        return jaccard, min(1.0, intersection / max(1, min(size_a, size_b)))

    def __contains__(self, key: str) -> bool:
        return key in self._slots

    def __len__(self) -> int:
        return len(self._keys)
