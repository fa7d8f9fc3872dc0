"""The server backend: PostgreSQL through psycopg 3, the same tables and SQL as SQLite (``store.sql``).

Search uses PostgreSQL's own text search ('simple' configuration) over words we stemmed, so both
backends find the same articles for the same query. Client-side parameter binding keeps the portable
``?`` SQL working unchanged (``? IS NULL`` needs no declared parameter type).
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from functools import lru_cache
from typing import Any

import psycopg
from psycopg.rows import dict_row

from ...model import Article
from ...stemming import stemmed_text
from ..article_tables import ArticleTables
from ..attention_tables import AttentionTables
from ..checks import Checks
from ..entity_tables import EntityTables
from ..errors import check_schema, postgres_error
from ..query import Query
from ..records import ARTICLE_COLUMNS, article_row
from ..tables import CollectionTables
from ..watch_tables import WatchTables
from .migrations import migrate, pending

_FTS = "setweight(to_tsvector('simple', ?), 'A') || setweight(to_tsvector('simple', ?), 'D')"
_INSERT_ARTICLE = (f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}, fts)"
                   f" VALUES ({', '.join('?' * len(ARTICLE_COLUMNS))}, {_FTS})"
                   " ON CONFLICT (id) DO NOTHING RETURNING id")
UPDATE_LOCK = 7_466_234  # advisory lock id of the collection update (migrations: 7_466_233)
_RANK_WEIGHTS = "'{0.1, 0.1, 0.1, 0.2}'"  # {D, C, B, A}: a title hit counts twice a body hit, as in SQLite's bm25


@lru_cache(maxsize=256)
def portable(sql: str) -> str:
    """``?`` placeholders (the shared SQL) as psycopg's ``%s``."""
    return sql.replace("%", "%%").replace("?", "%s")


def _article_values(article: Article) -> tuple[Any, ...]:
    row = article_row(article)
    return (*(row[name] for name in ARTICLE_COLUMNS), stemmed_text(article.title or ""), stemmed_text(article.text))


def _count_results(cur: psycopg.Cursor[Any]) -> int:
    """Rows returned over all the result sets of an ``executemany(..., returning=True)``."""
    count = len(cur.fetchall()) if cur.pgresult is not None and cur.description else 0
    while cur.nextset():
        count += len(cur.fetchall())
    return count


class PostgresStore(ArticleTables, CollectionTables, EntityTables, WatchTables, AttentionTables, Checks):
    ALIASES = "string_agg(DISTINCT m.text, ',')"
    REFUSED = (psycopg.DataError, psycopg.IntegrityError, ValueError)  # DataError: NUL; ValueError: lone surrogates
    SEARCH_COUNT = "SELECT count(*) AS n FROM articles WHERE fts @@ to_tsquery('simple', ?)"
    MATCHING = "SELECT id, published FROM articles WHERE fts @@ to_tsquery('simple', ?)"
    SEARCH_PAGE = (f"SELECT id, title, outlet, published, text, ts_rank({_RANK_WEIGHTS}, fts, q) AS score"
                   " FROM articles, to_tsquery('simple', ?) AS q WHERE fts @@ q"
                   " ORDER BY score DESC, id LIMIT ? OFFSET ?")

    def __init__(self, url: str, *, batch_size: int = 200, read_only: bool = False) -> None:
        self.url = url
        self.batch_size = batch_size
        try:
            self.conn = psycopg.connect(url, autocommit=True, cursor_factory=psycopg.ClientCursor)
        except psycopg.Error as exc:
            raise postgres_error(url, exc) from None
        try:
            if read_only:
                self.read_only()
                check_schema(url, pending(self.conn))
            else:
                migrate(self.conn)
        except psycopg.Error as exc:
            self.conn.close()
            raise postgres_error(url, exc) from None
        except BaseException:
            self.conn.close()
            raise

    def transaction(self) -> AbstractContextManager[object]:
        """Nested calls become savepoints."""
        return self.conn.transaction()

    @contextmanager
    def exclusive(self) -> Iterator[object]:
        """A transaction holding the collection's update lock: other processes' exclusive transactions wait for
        it, their article writes do not."""
        with self.conn.transaction() as tx:
            self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (UPDATE_LOCK,))
            yield tx

    def _insert_articles(self, batch: Sequence[Article]) -> int:
        """One pipelined statement for the batch; only new articles are stemmed, as SQLite does."""
        stored = {r["id"] for r in self._run("SELECT id FROM articles WHERE id = ANY(?)", ([a.id for a in batch],))}
        first: dict[str, Article] = {}
        for article in batch:
            first.setdefault(article.id, article)
        with self.conn.cursor() as cur:
            cur.executemany(portable(_INSERT_ARTICLE), [_article_values(a) for a in first.values()
                                                        if a.id not in stored], returning=True)
            return _count_results(cur)

    def _match(self, query: Query) -> str:
        return query.tsquery()

    def _run(self, sql: str, params: Iterable[object] = ()) -> list[dict[str, Any]]:
        with self.conn.cursor(row_factory=dict_row) as cur:
            cur.execute(portable(sql), tuple(params))
            return cur.fetchall() if cur.description else []

    def _executemany(self, sql: str, rows: Iterable[Sequence[object]]) -> None:
        with self.conn.cursor() as cur:
            cur.executemany(portable(sql), rows)

    def _integrity(self) -> list[str]:
        """amcheck's ``bt_index_check`` on every B-tree index of the schema where the extension is installed (it
        needs a superuser to install); otherwise every table read whole, which fails on a page that cannot be."""
        if self._run("SELECT 1 AS found FROM pg_extension WHERE extname = 'amcheck'"):
            self._run("SELECT bt_index_check(c.oid) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                      " JOIN pg_am am ON am.oid = c.relam WHERE am.amname = 'btree'"
                      " AND c.relnamespace = current_schema()::regnamespace")
        for row in self._run("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"):
            self._run(f'SELECT count(*) AS n FROM "{row["tablename"]}" AS t WHERE length(t::text) >= 0')
        return []

    def read_only(self) -> None:
        self.conn.execute("SET default_transaction_read_only = on")

    def close(self) -> None:
        self.conn.close()
