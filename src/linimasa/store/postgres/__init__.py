"""PostgreSQL backend, chosen by a ``postgresql://`` database URL (see ``store.open_store``)."""
from __future__ import annotations

from .store import PostgresStore

__all__ = ["PostgresStore"]
