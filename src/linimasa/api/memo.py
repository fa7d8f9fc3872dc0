"""Whole-collection aggregates (entity ranking, story list) computed once per version of the database.

The version is the size and modification time of the SQLite file and its WAL: any commit by any
process changes it, and reads never do. One lock serialises the computations, so fifty requests
arriving on a cold cache compute an aggregate once, not fifty times.
"""
from __future__ import annotations

import os
import threading
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

MAX_ENTRIES = 512
T = TypeVar("T")


class Memo:
    def __init__(self, database: str) -> None:
        local = database.removeprefix("sqlite:///")
        self.files = () if local == ":memory:" or "://" in local else (local, local + "-wal")
        self._lock = threading.Lock()
        self._version: tuple[Any, ...] | None = None
        self._values: dict[Hashable, Any] = {}

    def version(self) -> tuple[Any, ...] | None:
        if not self.files:
            return None  # no file to watch: never cache
        stamps: list[tuple[int, int] | None] = []
        for path in self.files:
            try:
                info = os.stat(path)
                stamps.append((info.st_size, info.st_mtime_ns))
            except FileNotFoundError:
                stamps.append(None)
        return tuple(stamps)

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        version = self.version()
        if version is None:
            return compute()
        with self._lock:
            if version != self._version or len(self._values) > MAX_ENTRIES:
                self._version, self._values = version, {}
            if key not in self._values:
                self._values[key] = compute()
            value: T = self._values[key]
            return value
