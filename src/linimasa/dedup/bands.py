"""A compact, streaming LSH band index: about 12 bytes per article per band.

datasketch's MinHashLSH keeps a Python set per bucket (some 15 KB per article at 37 bands, so 15 GB for a
million articles). Here every (band key, slot) pair lives in one sorted numpy array, with recent inserts in a
small dict that is merged into the array whenever it grows past a share of it (amortised O(log n) merges).
"""
from __future__ import annotations

import numpy as np

_MERGE_SHARE = 0.25  # merge the dict into the array once it holds this share of the array's entries


class BandIndex:
    def __init__(self, *, bands: int, rows: int, merge_min: int = 50_000) -> None:
        self.bands, self.rows, self.merge_min = bands, rows, merge_min
        mixer = np.random.default_rng(20231).integers(1, 2**63, size=(bands, rows), dtype=np.uint64)
        self._mixer = mixer | np.uint64(1)  # odd multipliers: a band's rows fold into one 64-bit key
        self._keys = np.empty(0, dtype=np.uint64)
        self._slots = np.empty(0, dtype=np.int32)
        self._recent: dict[int, list[int]] = {}
        self._recent_size = 0

    def band_keys(self, signature: np.ndarray) -> np.ndarray:
        """One uint64 per band; the band number is mixed in so that bands share one array."""
        rows = signature[: self.bands * self.rows].astype(np.uint64).reshape(self.bands, self.rows)
        with np.errstate(over="ignore"):
            return (rows * self._mixer).sum(axis=1, dtype=np.uint64) + np.arange(self.bands, dtype=np.uint64)

    def query(self, keys: np.ndarray) -> set[int]:
        left = np.searchsorted(self._keys, keys, side="left")
        right = np.searchsorted(self._keys, keys, side="right")
        found = {int(s) for lo, hi in zip(left.tolist(), right.tolist()) if hi > lo for s in self._slots[lo:hi]}
        for key in keys.tolist():
            found.update(self._recent.get(key, ()))
        return found

    def insert(self, keys: np.ndarray, slot: int) -> None:
        for key in keys.tolist():
            self._recent.setdefault(key, []).append(slot)
        self._recent_size += len(keys)
        if self._recent_size >= max(self.merge_min, _MERGE_SHARE * len(self._keys)):
            self._merge()

    def _merge(self) -> None:
        pairs = [(k, s) for k, slots in self._recent.items() for s in slots]
        keys = np.concatenate([self._keys, np.fromiter((k for k, _ in pairs), np.uint64, len(pairs))])
        slots = np.concatenate([self._slots, np.fromiter((s for _, s in pairs), np.int32, len(pairs))])
        order = np.argsort(keys, kind="stable")
        self._keys, self._slots = keys[order], slots[order]
        self._recent, self._recent_size = {}, 0
