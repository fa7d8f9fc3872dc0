"""The SQL store, written once for every backend, and the few hooks a backend fills in.

The tables are mixins over ``SQLBackend``: articles (``article_tables``), what the collection stages derive
(``tables``) and entities (``entity_tables``). Their SQL is portable: ``?`` placeholders, standard upserts
(``ON CONFLICT``), ``lower``, ``substr``, ``count``. A backend connects, runs statements, opens
transactions, and supplies only what SQL dialects do not share: how an article's full-text index is
written, the search SQL, and the string aggregate that lists an entity's aliases.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from typing import ClassVar

from ..model import Article
from .query import Query
from .records import Row


class SQLBackend(ABC):
    batch_size: int
    # SQL that differs between dialects
    ALIASES: ClassVar[str]  # aggregate of DISTINCT m.text, joined by ","
    SEARCH_COUNT: ClassVar[str]  # (match) -> n
    SEARCH_PAGE: ClassVar[str]  # (match, limit, offset) -> id, title, outlet, published, text, score (best first)
    MATCHING: ClassVar[str]  # (match) -> id, published of every matching article
    # what the driver raises for a row the backend will not store (the article is refused alone, not the batch)
    REFUSED: ClassVar[tuple[type[Exception], ...]]

    @abstractmethod
    def _run(self, sql: str, params: Iterable[object] = ()) -> Sequence[Row]:
        """Run one statement; the rows it returns (none for a write)."""

    @abstractmethod
    def _executemany(self, sql: str, rows: Iterable[Sequence[object]]) -> None:
        """Run one statement for each parameter row, in as few round trips as the backend allows."""

    @abstractmethod
    def transaction(self) -> AbstractContextManager[object]:
        """Writes inside are stored whole or not at all; a transaction opened inside another joins it."""

    @abstractmethod
    def _insert_articles(self, batch: Sequence[Article]) -> int:
        """Insert the article rows not stored yet, with their full-text index; how many were new."""

    @abstractmethod
    def _match(self, query: Query) -> str:
        """The search query in the backend's full-text syntax (the parameter of SEARCH_COUNT and SEARCH_PAGE)."""

    @abstractmethod
    def read_only(self) -> None:
        """Refuse every write on this connection from now on (the API's default)."""

    @abstractmethod
    def close(self) -> None: ...

    def _count(self, sql: str, params: Iterable[object] = ()) -> int:
        """The ``n`` of a one-row ``SELECT count(*) AS n``."""
        return int(self._run(sql, params)[0]["n"])
