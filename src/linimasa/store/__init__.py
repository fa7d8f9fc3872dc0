"""Storage behind one interface (``Store``), chosen by the database URL.

A plain path (or ``sqlite:///path``) opens the embedded SQLite store; ``postgresql://…`` the server one.
"""
from __future__ import annotations

from ..settings import Settings
from .base import Store
from .errors import ReadOnlyError, StoreError, check_name
from .query import QueryError
from .records import AddResult, EntityStat, EventRow, Hit

__all__ = ["AddResult", "EntityStat", "EventRow", "Hit", "QueryError", "ReadOnlyError", "Store", "StoreError",
           "open_store"]


def open_store(settings: Settings, *, read_only: bool = False) -> Store:
    """The store the settings name, migrated; ``read_only``: opened for reading only (a database this user may not
    write works), not migrated, and refused when missing. Raises StoreError, in words, for what cannot be opened."""
    url = settings.database
    check_name(url)
    if url.startswith(("postgresql://", "postgres://")):
        from .postgres import PostgresStore

        return PostgresStore(url, batch_size=settings.batch_size, read_only=read_only)
    from .sqlite import SQLiteStore

    return SQLiteStore(url.removeprefix("sqlite:///"), batch_size=settings.batch_size,
                       lock_seconds=settings.lock_seconds, read_only=read_only)
