"""The embedded backend: one SQLite file in WAL mode, FTS5 over stemmed text."""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path

from ..model import Article
from ..stemming import stemmed_text
from . import migrations
from .article_tables import ArticleTables
from .attention_tables import AttentionTables
from .entity_tables import EntityTables
from .key_tables import KeyTables
from .query import Query
from .records import article_row
from .story_tables import StoryIndexTables
from .tables import CollectionTables
from .watch_tables import WatchTables

BUSY_TIMEOUT_MS = 30_000


class SQLiteStore(ArticleTables, CollectionTables, StoryIndexTables, KeyTables, EntityTables, WatchTables,
                  AttentionTables):
    ALIASES = "group_concat(DISTINCT m.text)"
    SEARCH_COUNT = "SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH ?"
    MATCHING = ("SELECT a.id, a.published FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
                " WHERE articles_fts MATCH ?")
    # rank rowids alone, then fetch one page of texts: joining first would sort every match's full text
    SEARCH_PAGE = ("SELECT a.id, a.title, a.outlet, a.published, a.text, -page.score AS score FROM"
                   " (SELECT rowid, bm25(articles_fts, 2.0, 1.0) AS score FROM articles_fts WHERE articles_fts MATCH ?"
                   "  ORDER BY score, rowid LIMIT ? OFFSET ?) AS page"
                   " JOIN articles a ON a.rowid = page.rowid ORDER BY page.score, page.rowid")

    def __init__(self, path: str, *, batch_size: int = 200) -> None:
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.batch_size = batch_size
        self.conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                                    check_same_thread=False)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA foreign_keys = ON")
        self.conn.execute("PRAGMA synchronous = NORMAL")
        migrations.migrate(self.conn)

    def transaction(self) -> _Transaction:
        return _Transaction(self.conn)

    def _insert_articles(self, batch: Sequence[Article]) -> int:
        new = 0
        for article in batch:
            row = article_row(article)
            cur = self.conn.execute(
                f"INSERT OR IGNORE INTO articles ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                list(row.values()))
            if cur.rowcount == 1:
                new += 1
                self.conn.execute("INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)",
                                  (cur.lastrowid, stemmed_text(article.title or ""), stemmed_text(article.text)))
        return new

    def _match(self, query: Query) -> str:
        return query.fts5()

    def _run(self, sql: str, params: Iterable[object] = ()) -> list[sqlite3.Row]:
        return self.conn.execute(sql, tuple(params)).fetchall()

    def _executemany(self, sql: str, rows: Iterable[Sequence[object]]) -> None:
        self.conn.executemany(sql, rows)

    def read_only(self) -> None:
        self.conn.execute("PRAGMA query_only = ON")

    def close(self) -> None:
        self.conn.close()


class _Transaction:
    """BEGIN IMMEDIATE … COMMIT, rolled back on any error: a batch is stored whole or not at all.

    Inside an open transaction it only joins it (the outer one commits or rolls back), so several
    writes can be made one unit, as PostgreSQL's nested transactions (savepoints) allow."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.outer = False

    def __enter__(self) -> sqlite3.Connection:
        self.outer = not self.conn.in_transaction
        if self.outer:
            self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, kind: object, *_: object) -> None:
        if self.outer:
            self.conn.execute("ROLLBACK" if kind else "COMMIT")
