"""Near-duplicate candidates: datasketch MinHash signatures of word shingles in a streaming LSH index.

The LSH threshold is low so that truncated or expanded copies (low Jaccard, high containment) come back as
candidates; Jaccard and containment are then estimated from the signatures and the shingle counts.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from .config import DedupConfig
from .text import shingles

_SEED = 1  # fixed: signatures are comparable across runs and processes


@dataclass(frozen=True, slots=True)
class Signature:
    minhash: LeanMinHash
    size: int  # number of distinct shingles


def _identity(value: int) -> int:
    return value  # shingles are already stable 32-bit hashes


class ShingleLSH:
    def __init__(self, *, config: DedupConfig) -> None:
        self.config = config
        self._lsh = MinHashLSH(threshold=config.lsh_threshold, num_perm=config.num_perm)
        self._permutations = MinHash(num_perm=config.num_perm, seed=_SEED).permutations
        self._signatures: dict[str, Signature] = {}

    def signature(self, tokens: list[str]) -> Signature:
        grams = shingles(tokens, size=self.config.shingle_size)
        minhash = MinHash(num_perm=self.config.num_perm, seed=_SEED, hashfunc=_identity,
                          permutations=self._permutations, scheme="affine32")
        minhash.update_batch(np.fromiter(grams, dtype=np.uint64, count=len(grams)))
        return Signature(LeanMinHash(minhash), len(grams))

    def add(self, key: str, signature: Signature) -> list[str]:
        """Index ``signature`` under ``key``; return the keys already indexed that may be near copies."""
        if signature.size < self.config.min_shingles or key in self._signatures:
            return []  # too short to be a near copy of anything (and never indexed, so nothing matches it)
        found = self._lsh.query(signature.minhash)
        self._lsh.insert(key, signature.minhash, check_duplication=False)
        self._signatures[key] = signature
        return found

    def overlap(self, a: str, b: str) -> tuple[float, float]:
        """Estimated Jaccard, and the share of the smaller shingle set contained in the larger."""
        sa, sb = self._signatures[a], self._signatures[b]
        jaccard = float(sa.minhash.jaccard(sb.minhash))
        intersection = jaccard * (sa.size + sb.size) / (1 + jaccard)
        return jaccard, min(1.0, intersection / max(1, min(sa.size, sb.size)))

    def __contains__(self, key: str) -> bool:
        return key in self._signatures

    def __len__(self) -> int:
        return len(self._signatures)
