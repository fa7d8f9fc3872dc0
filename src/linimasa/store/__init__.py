"""Storage behind one interface (``Store``), chosen by the database URL.

A plain path (or ``sqlite:///path``) opens the embedded SQLite store; ``postgresql://…`` the server one.
"""
from __future__ import annotations

from ..settings import Settings
from .base import Store
from .query import QueryError
from .records import AddResult, EntityStat, EventRow, Hit

__all__ = ["AddResult", "EntityStat", "EventRow", "Hit", "QueryError", "Store", "open_store"]


def open_store(settings: Settings) -> Store:
    url = settings.database
    if url.startswith(("postgresql://", "postgres://")):
        from .postgres import PostgresStore

        return PostgresStore(url, batch_size=settings.batch_size)
    from .sqlite import SQLiteStore

    return SQLiteStore(url.removeprefix("sqlite:///"), batch_size=settings.batch_size)
