"""One store connection per worker thread: SQLite connections must not be shared across threads mid-query."""
from __future__ import annotations

import threading

from fastapi import Request

from ..settings import Settings
from ..store import Store, open_store
from .memo import Memo


class StorePool:
    def __init__(self, settings: Settings, *, write: bool = False) -> None:
        self.settings = settings
        self.write = write
        self._local = threading.local()
        self._lock = threading.Lock()
        self._opened: list[Store] = []

    def get(self) -> Store:
        store: Store | None = getattr(self._local, "store", None)
        if store is None:
            store = open_store(self.settings)
            if not self.write:
                store.read_only()
            self._local.store = store
            with self._lock:
                self._opened.append(store)
        return store

    def close(self) -> None:
        with self._lock:
            for store in self._opened:
                store.close()
            self._opened.clear()
        self._local = threading.local()


def store(request: Request) -> Store:
    """FastAPI dependency: the calling thread's store."""
    pool: StorePool = request.app.state.pool
    return pool.get()


def memo(request: Request) -> Memo:
    """FastAPI dependency: the app's cache of whole-collection aggregates."""
    cache: Memo = request.app.state.memo
    return cache
