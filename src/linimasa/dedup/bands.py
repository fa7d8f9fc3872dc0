"""A compact, streaming LSH band index: about 12 bytes per article per band.

datasketch's MinHashLSH keeps a Python set per bucket (some 15 KB per article at 37 bands, so 15 GB for a
million articles). Here every (band key, slot) pair lives in one sorted numpy array; recent inserts wait in a
dict of bounded size, which is then merged in by one linear ``np.insert`` at sorted positions.
"""
from __future__ import annotations

from itertools import chain

import numpy as np



class BandIndex:
    def __init__(self, *, bands: int, rows: int, merge_at: int = 500_000) -> None:
        """``merge_at`` bounds the dict (entries, about 150 bytes each) before it is merged into the array."""
        self.bands, self.rows, self.merge_at = bands, rows, merge_at
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
        if self._recent_size >= self.merge_at:
            self._merge()

    def _merge(self) -> None:
        counts = [len(slots) for slots in self._recent.values()]
        keys = np.repeat(np.fromiter(self._recent, np.uint64, len(self._recent)), counts)
        slots = np.fromiter(chain.from_iterable(self._recent.values()), np.int32, self._recent_size)
        order = np.argsort(keys, kind="stable")
        at = np.searchsorted(self._keys, keys[order], side="right")
        self._keys = np.insert(self._keys, at, keys[order])
        self._slots = np.insert(self._slots, at, slots[order])
        self._recent, self._recent_size = {}, 0
