"""A compact, streaming LSH band index: about 12 bytes per article per band, plus 8 to 16 for its filter.

datasketch's MinHashLSH keeps a Python set per bucket (some 15 KB per article at 37 bands, so 15 GB for a
million articles). Here every (band key, slot) pair lives in numpy arrays, as in a log-structured merge tree:
new pairs wait in a small unsorted buffer (looked up in a query's sorted keys), which is then sorted into a
stack of sorted levels, each at least ``_GROWTH`` times larger than the next, so that a pair is copied only a
few times on its way down; a query costs one binary search per level, for the keys that pass the filter.
"""
from __future__ import annotations

import numpy as np

_GROWTH = 8  # a level merges into the one above it once it is this close in size
_FILTER_BITS = 64  # filter bits per stored pair: a random band key passes 1 time in 64


class KeyFilter:
    """One bit per bucket of band keys (top bits, keys are well mixed), grown to keep it sparse.

    Most articles have no near copy; a query whose keys all miss the filter skips the levels and the cache
    misses of searching them, which dominate once the index holds millions of pairs.
    """

    def __init__(self, *, size: int = 1 << 16) -> None:
        self._bits = np.zeros(size // 8, dtype=np.uint8)
        self._shift = np.uint64(64 - size.bit_length() + 1)
        self._stored = 0

    def may_contain(self, keys: np.ndarray) -> np.ndarray:
        at = keys >> self._shift
        found: np.ndarray = ((self._bits[at >> np.uint64(3)] >> (at & np.uint64(7))) & np.uint64(1)).astype(bool)
        return found

    def add(self, keys: np.ndarray) -> bool:
        """Mark ``keys``; False once the filter is too full, and should be rebuilt larger by ``grown``."""
        at = keys >> self._shift
        np.bitwise_or.at(self._bits, at >> np.uint64(3), (np.uint64(1) << (at & np.uint64(7))).astype(np.uint8))
        self._stored += len(keys)
        return self._stored * _FILTER_BITS <= 8 * len(self._bits)

    def grown(self, stored: list[np.ndarray]) -> KeyFilter:
        bigger = KeyFilter(size=16 * len(self._bits))
        for keys in stored:
            bigger.add(keys)
        return bigger


class BandIndex:
    def __init__(self, *, bands: int, rows: int, merge_at: int = 1024) -> None:
        """``merge_at`` bounds the unsorted buffer (pairs); a query compares its band keys with all of them."""
        self.bands, self.rows, self.merge_at = bands, rows, merge_at
        mixer = np.random.default_rng(20231).integers(1, 2**63, size=(bands, rows), dtype=np.uint64)
        self._mixer = mixer | np.uint64(1)  # odd multipliers: a band's rows fold into one 64-bit key
        self._buffer_keys = np.empty(merge_at + bands, dtype=np.uint64)
        self._buffer_slots = np.empty(merge_at + bands, dtype=np.int32)
        self._buffered = 0
        self._levels: list[tuple[np.ndarray, np.ndarray]] = []  # (sorted keys, their slots), largest first
        self._filter = KeyFilter()

    def band_keys(self, signature: np.ndarray) -> np.ndarray:
        """One uint64 per band; the band number is mixed in so that bands share one array."""
        rows = signature[: self.bands * self.rows].astype(np.uint64).reshape(self.bands, self.rows)
        with np.errstate(over="ignore"):
            keys: np.ndarray = (rows * self._mixer).sum(axis=1, dtype=np.uint64) + np.arange(self.bands,
                                                                                             dtype=np.uint64)
        return keys

    def query(self, keys: np.ndarray) -> set[int]:
        """Slots inserted under any of ``keys`` (one key per band)."""
        found: set[int] = set()
        ordered = np.sort(keys[self._filter.may_contain(keys)])  # sorted: fewer cache misses in a large level
        if not len(ordered):
            return found
        for level_keys, level_slots in self._levels:
            left = np.searchsorted(level_keys, ordered)
            for i in np.flatnonzero(level_keys[np.minimum(left, len(level_keys) - 1)] == ordered).tolist():
                end = np.searchsorted(level_keys, ordered[i], side="right")  # few: only matching bands
                found.update(level_slots[left[i]:end].tolist())
        buffered = self._buffer_keys[: self._buffered]
        at = np.minimum(np.searchsorted(ordered, buffered), len(ordered) - 1)
        found.update(self._buffer_slots[: self._buffered][ordered[at] == buffered].tolist())
        return found

    def insert(self, keys: np.ndarray, slot: int) -> None:
        end = self._buffered + len(keys)  # never past the buffer: it was flushed before reaching ``merge_at``
        self._buffer_keys[self._buffered:end] = keys
        self._buffer_slots[self._buffered:end] = slot
        self._buffered = end
        if not self._filter.add(keys):
            self._filter = self._filter.grown([k for k, _ in self._levels] + [self._buffer_keys[:end]])
        if end >= self.merge_at:
            self._flush()

    def _flush(self) -> None:
        if not self._buffered:
            return
        keys, slots = self._buffer_keys[: self._buffered], self._buffer_slots[: self._buffered]
        order = np.argsort(keys, kind="stable")
        self._levels.append((keys[order], slots[order]))
        self._buffered = 0
        while len(self._levels) > 1 and len(self._levels[-2][0]) < _GROWTH * len(self._levels[-1][0]):
            newer_keys, newer_slots = self._levels.pop()
            older_keys, older_slots = self._levels.pop()
            at = np.searchsorted(older_keys, newer_keys, side="right")  # linear: both are sorted
            self._levels.append((np.insert(older_keys, at, newer_keys), np.insert(older_slots, at, newer_slots)))
