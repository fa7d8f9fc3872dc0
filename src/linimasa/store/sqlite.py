"""The embedded backend: one SQLite file in WAL mode, FTS5 over stemmed text."""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from itertools import islice
from pathlib import Path

from ..model import Article
from ..stemming import stemmed_text
from . import migrations
from .entity_tables import linked_id
from .query import parse, snippet
from .records import AddResult, EntityStat, Hit, article_from_row, article_row, layer_rows, mention_rows, now
from .tables import CollectionTables

BUSY_TIMEOUT_MS = 30_000


class SQLiteStore(CollectionTables):
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

    # -- writing --------------------------------------------------------------------------------

    def add(self, articles: Iterable[Article]) -> AddResult:
        """Upsert articles in one transaction per batch; an article already stored gains a source."""
        total = AddResult()
        stream = iter(articles)
        while batch := list(islice(stream, self.batch_size)):
            with self.transaction():
                for article in batch:
                    total += self._add_one(article)
        return total

    def transaction(self) -> sqlite3.Connection:
        return _Transaction(self.conn)

    def _add_one(self, article: Article) -> AddResult:
        row = article_row(article)
        cur = self.conn.execute(
            f"INSERT OR IGNORE INTO articles ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
            list(row.values()))
        is_new = cur.rowcount == 1
        if is_new:
            self.conn.execute("INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)",
                              (cur.lastrowid, stemmed_text(article.title or ""), stemmed_text(article.text)))
        self.conn.execute("INSERT OR IGNORE INTO sources VALUES (?, ?, ?)", (article.id, article.source, now()))
        self.conn.executemany("INSERT OR REPLACE INTO layers VALUES (?, ?, ?)", layer_rows(article))
        self._put_mentions(article)
        self._put_quotes(article)
        return AddResult(new=int(is_new), existing=int(not is_new))

    def _put_mentions(self, article: Article) -> None:
        self.conn.execute("DELETE FROM mentions WHERE article_id = ?", (article.id,))
        rows = [mention_rows(article, m) for m in article.entities if m.entity_id]
        self.conn.executemany("INSERT OR IGNORE INTO entities VALUES (?, ?, ?)", [entity for entity, _ in rows])
        self.conn.executemany(f"INSERT OR IGNORE INTO mentions SELECT ?, {linked_id()}, ?, ?, ?, ?, ?",
                              [mention for _, mention in rows])

    # -- reading --------------------------------------------------------------------------------

    def count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM articles").fetchone()[0]

    def get(self, article_id: str) -> Article | None:
        row = self.conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            return None
        layers = dict(self.conn.execute("SELECT layer, data FROM layers WHERE article_id = ?", (article_id,)))
        return article_from_row(row, layers, self.sources(article_id)[0])

    def sources(self, article_id: str) -> list[str]:
        return [r[0] for r in self.conn.execute(
            "SELECT source FROM sources WHERE article_id = ? ORDER BY seen_at, source", (article_id,))]

    def search(self, text: str, *, limit: int = 20, offset: int = 0) -> tuple[int, list[Hit]]:
        """Total hit count and one page of hits, best first. Raises QueryError for unusable queries."""
        query = parse(text)
        match = query.fts5()
        total = self.conn.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?",
                                  (match,)).fetchone()[0]
        # rank rowids alone, then fetch one page of texts: joining first would sort every match's full text
        rows = self.conn.execute(
            "SELECT a.id, a.title, a.outlet, a.published, a.text, page.score FROM"
            " (SELECT rowid, bm25(articles_fts, 2.0, 1.0) AS score FROM articles_fts WHERE articles_fts MATCH ?"
            "  ORDER BY score, rowid LIMIT ? OFFSET ?) AS page"
            " JOIN articles a ON a.rowid = page.rowid ORDER BY page.score, page.rowid",
            (match, limit, offset)).fetchall()
        hits = []
        for r in rows:
            snip, marks = snippet(r["text"], query)
            hits.append(Hit(r["id"], r["title"], r["outlet"], r["published"], snip, tuple(marks), -r["score"]))
        return total, hits

    def entities(self, *, limit: int = 50, offset: int = 0, label: str | None = None) -> list[EntityStat]:
        rows = self.conn.execute(
            "SELECT e.id, e.name, e.label, count(*) AS n, count(DISTINCT m.article_id) AS docs,"
            " group_concat(DISTINCT m.text) AS aliases FROM entities e JOIN mentions m ON m.entity_id = e.id"
            " WHERE (? IS NULL OR e.label = ?) GROUP BY e.id ORDER BY docs DESC, n DESC, e.name"
            " LIMIT ? OFFSET ?", (label, label, limit, offset)).fetchall()
        return [EntityStat(r["id"], r["name"], r["label"], r["n"], r["docs"],
                           tuple(sorted(set((r["aliases"] or "").split(","))))) for r in rows]

    def _run(self, sql: str, params: Iterable[object] = ()) -> list[sqlite3.Row]:
        return self.conn.execute(sql, tuple(params)).fetchall()

    def read_only(self) -> None:
        """Refuse every write on this connection from now on (the API's default)."""
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
