"""The embedded backend: one SQLite file in WAL mode, FTS5 over stemmed text."""
from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from urllib.parse import quote

from ..model import Article
from ..stemming import stemmed_text
from . import migrations
from .article_tables import ArticleTables
from .attention_tables import AttentionTables
from .checks import Checks
from .entity_tables import EntityTables
from .errors import StoreError, check_schema, sqlite_error, usage
from .query import Query
from .records import article_row
from .tables import CollectionTables
from .watch_tables import WatchTables

LOCK_SECONDS = 600  # the lock_seconds setting's default


class SQLiteStore(ArticleTables, CollectionTables, EntityTables, WatchTables, AttentionTables, Checks):
    ALIASES = "group_concat(DISTINCT m.text)"
    REFUSED = (sqlite3.DataError, sqlite3.IntegrityError, ValueError, OverflowError)  # ValueError: lone surrogates
    SEARCH_COUNT = "SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH ?"
    MATCHING = ("SELECT a.id, a.published FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
                " WHERE articles_fts MATCH ?")
    # rank rowids alone, then fetch one page of texts: joining first would sort every match's full text
    SEARCH_PAGE = ("SELECT a.id, a.title, a.outlet, a.published, a.text, -page.score AS score FROM"
                   " (SELECT rowid, bm25(articles_fts, 2.0, 1.0) AS score FROM articles_fts WHERE articles_fts MATCH ?"
                   "  ORDER BY score, rowid LIMIT ? OFFSET ?) AS page"
                   " JOIN articles a ON a.rowid = page.rowid ORDER BY page.score, page.rowid")

    def __init__(self, path: str, *, batch_size: int = 200, lock_seconds: int = LOCK_SECONDS,
                 read_only: bool = False) -> None:
        self.path = path
        self.batch_size = batch_size
        self.conn = connect(path, lock_seconds=lock_seconds, read_only=read_only)

    def transaction(self) -> _Transaction:
        return _Transaction(self.conn)

    def exclusive(self) -> _Transaction:
        """BEGIN IMMEDIATE: every write transaction of any process waits for this one (SQLite has one writer)."""
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

    def _integrity(self) -> list[str]:
        problems = [line for row in self.conn.execute("PRAGMA integrity_check(50)") if row[0] != "ok"
                    for line in row[0].splitlines() if line.strip()]
        indexed = self._count("SELECT count(*) AS n FROM articles_fts")
        if indexed != (stored := self.count()):
            problems.append(f"the search index holds {indexed} articles, the store {stored}")
        return problems

    def read_only(self) -> None:
        self.conn.execute("PRAGMA query_only = ON")

    def close(self) -> None:
        self.conn.close()


class _Transaction:
    """BEGIN IMMEDIATE … COMMIT, rolled back on any error: a batch is stored whole or not at all.

    Inside an open transaction it is a savepoint, as PostgreSQL's nested transactions are: what fails inside is
    undone alone and the outer transaction goes on (or rolls back, if the error reaches it)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.outer = False

    def __enter__(self) -> sqlite3.Connection:
        self.outer = not self.conn.in_transaction
        self.conn.execute("BEGIN IMMEDIATE" if self.outer else "SAVEPOINT nested")
        return self.conn

    def __exit__(self, kind: object, *_: object) -> None:
        if not self.conn.in_transaction:  # SQLite rolled back by itself (a full disk, say)
            return
        if self.outer:
            self.conn.execute("ROLLBACK" if kind else "COMMIT")
            return
        if kind:
            self.conn.execute("ROLLBACK TO nested")
        self.conn.execute("RELEASE nested")


def connect(path: str, *, lock_seconds: int = LOCK_SECONDS, read_only: bool = False) -> sqlite3.Connection:
    """A connection to a migrated database in WAL mode; StoreError, in words, for anything that is not one."""
    check_path(path, read_only=read_only)
    try:
        conn = _open(path, lock_seconds=lock_seconds, read_only=read_only)
    except sqlite3.Error as exc:
        raise sqlite_error(path, exc) from None
    try:
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {int(lock_seconds * 1000)}")
        conn.execute("PRAGMA foreign_keys = ON")
        if read_only:
            conn.execute("PRAGMA query_only = ON")
            check_schema(path, migrations.pending(conn))
            return conn
        _wal(conn, lock_seconds)
        conn.execute("PRAGMA synchronous = NORMAL")
        migrations.migrate(conn)
    except sqlite3.Error as exc:
        conn.close()
        raise sqlite_error(path, exc) from None
    except BaseException:
        conn.close()
        raise
    return conn


def check_path(path: str, *, read_only: bool) -> None:
    """Refuse, in words, a path SQLite would fail on obscurely, or would quietly make a database of."""
    if path == ":memory:":
        return
    target = Path(path)
    if target.is_dir():
        raise usage(path, "a directory, not a database file", f"give a file path, such as {target / 'linimasa.db'}")
    if target.exists() and not target.is_file():
        raise usage(path, "not a regular file", "give the path of a database file")
    if read_only and not target.exists():
        raise StoreError(path, "no database here", "check the path, or ingest articles into it first"
                                                   " (linimasa --db PATH ingest …)")
    if not target.parent.is_dir():
        raise usage(path, f"the directory {target.parent} does not exist", "create it first, or give another path")


def _open(path: str, *, lock_seconds: int, read_only: bool) -> sqlite3.Connection:
    """Read-only: ``mode=ro``, or, where this user cannot create the WAL index beside a WAL database (a directory it
    may not write), ``immutable=1``, which reads the file as it is without locking it."""
    if not read_only:
        return sqlite3.connect(path, timeout=lock_seconds, isolation_level=None, check_same_thread=False)
    conn = sqlite3.connect(f"file:{quote(path)}?mode=ro", uri=True, timeout=lock_seconds, isolation_level=None,
                           check_same_thread=False)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError as exc:
        conn.close()
        if "readonly" not in str(exc).replace(" ", ""):
            raise
    return sqlite3.connect(f"file:{quote(path)}?immutable=1", uri=True, isolation_level=None, check_same_thread=False)


def _wal(conn: sqlite3.Connection, lock_seconds: float) -> None:
    """WAL, so that readers never wait for the writer. Switching needs the database to itself, and SQLite does
    not wait for that: a second process opening a new database at the same moment retries until it is done. (An
    in-memory database answers "memory" and stays so.)"""
    deadline = time.monotonic() + lock_seconds
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL").fetchone()
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)
