"""The server backend: PostgreSQL through psycopg 3, with exactly the SQLiteStore interface.

Search uses PostgreSQL's own text search ('simple' configuration) over words we stemmed, so both
backends find the same articles for the same query. Client-side parameter binding keeps the portable
``?`` SQL of ``CollectionTables`` working unchanged (``? IS NULL`` needs no declared parameter type).
"""
from __future__ import annotations

from collections.abc import Iterable
from contextlib import AbstractContextManager
from functools import lru_cache
from itertools import islice
from typing import Any

import psycopg
from psycopg.rows import dict_row

from ...model import Article
from ...stemming import stemmed_text
from ..entity_tables import linked_id
from ..query import parse, snippet
from ..records import AddResult, EntityStat, Hit, article_from_row, article_row, layer_rows, mention_rows, now
from ..tables import CollectionTables
from .migrations import migrate

_COLUMNS = ("id", "text", "title", "url", "outlet", "dateline", "authors", "wire", "published",
            "published_inferred", "language", "boilerplate", "fmt", "ingested_at")
_FTS = "setweight(to_tsvector('simple', %s), 'A') || setweight(to_tsvector('simple', %s), 'D')"
_INSERT_ARTICLE = (f"INSERT INTO articles ({', '.join(_COLUMNS)}, fts) VALUES ({', '.join(['%s'] * len(_COLUMNS))},"
                   f" {_FTS}) ON CONFLICT (id) DO NOTHING")
_RANK_WEIGHTS = "'{0.1, 0.1, 0.1, 0.2}'"  # {D, C, B, A}: a title hit counts twice a body hit, as in SQLite's bm25


@lru_cache(maxsize=256)
def portable(sql: str) -> str:
    """``?`` placeholders (SQLite, tables.py) as psycopg's ``%s``."""
    return sql.replace("%", "%%").replace("?", "%s")


def _article_values(article: Article) -> tuple[Any, ...]:
    row = article_row(article)
    return (*(row[name] for name in _COLUMNS), stemmed_text(article.title or ""), stemmed_text(article.text))


def _count_results(cur: psycopg.Cursor[Any]) -> int:
    """Rows returned over all the result sets of an ``executemany(..., returning=True)``."""
    count = len(cur.fetchall()) if cur.pgresult is not None and cur.description else 0
    while cur.nextset():
        count += len(cur.fetchall())
    return count


class PostgresStore(CollectionTables):
    def __init__(self, url: str, *, batch_size: int = 200) -> None:
        self.url = url
        self.batch_size = batch_size
        self.conn = psycopg.connect(url, autocommit=True, cursor_factory=psycopg.ClientCursor)
        migrate(self.conn)

    # -- writing --------------------------------------------------------------------------------

    def add(self, articles: Iterable[Article]) -> AddResult:
        """Upsert articles in one transaction per batch; an article already stored gains a source."""
        total = AddResult()
        stream = iter(articles)
        while batch := list(islice(stream, self.batch_size)):
            with self.transaction():
                total += self._add_batch(batch)
        return total

    def transaction(self) -> AbstractContextManager[Any]:
        """A batch is stored whole or not at all; nested calls become savepoints."""
        return self.conn.transaction()

    def _add_batch(self, batch: list[Article]) -> AddResult:
        """A few statements per batch, not per article: ``executemany`` pipelines them to the server."""
        cur = self.conn.cursor()
        cur.execute("SELECT id FROM articles WHERE id = ANY(%s)", ([a.id for a in batch],))
        stored = {row[0] for row in cur.fetchall()}
        first: dict[str, Article] = {}
        for article in batch:
            first.setdefault(article.id, article)
        fresh = [a for a in first.values() if a.id not in stored]  # stem only what is new, as SQLite does
        cur.executemany(_INSERT_ARTICLE + " RETURNING id", [_article_values(a) for a in fresh], returning=True)
        new = _count_results(cur)
        cur.executemany("INSERT INTO sources VALUES (%s, %s, %s) ON CONFLICT DO NOTHING",
                        [(a.id, a.source, now()) for a in batch])
        cur.executemany("INSERT INTO layers VALUES (%s, %s, %s) ON CONFLICT (article_id, layer)"
                        " DO UPDATE SET data = excluded.data", [row for a in batch for row in layer_rows(a)])
        self._put_mentions(cur, batch)
        for article in batch:
            self._put_quotes(article)
        return AddResult(new=new, existing=len(batch) - new)

    def _put_mentions(self, cur: psycopg.Cursor[Any], batch: list[Article]) -> None:
        latest = {a.id: a for a in batch}.values()  # as if stored one by one: the last copy's mentions win
        rows = [mention_rows(a, m) for a in latest for m in a.entities if m.entity_id]
        cur.executemany("DELETE FROM mentions WHERE article_id = %s", [(a.id,) for a in latest])
        cur.executemany("INSERT INTO entities VALUES (%s, %s, %s) ON CONFLICT DO NOTHING", [e for e, _ in rows])
        cur.executemany(f"INSERT INTO mentions SELECT %s, {linked_id('%s')}, %s, %s, %s, %s, %s ON CONFLICT DO NOTHING",
                        [m for _, m in rows])

    # -- reading --------------------------------------------------------------------------------

    def count(self) -> int:
        return self._run("SELECT count(*) AS n FROM articles")[0]["n"]

    def get(self, article_id: str) -> Article | None:
        rows = self._run(f"SELECT {', '.join(_COLUMNS)} FROM articles WHERE id = ?", (article_id,))
        if not rows:
            return None
        layers = {r["layer"]: r["data"] for r in self._run("SELECT layer, data FROM layers WHERE article_id = ?",
                                                            (article_id,))}
        return article_from_row(rows[0], layers, self.sources(article_id)[0])

    def sources(self, article_id: str) -> list[str]:
        return [r["source"] for r in self._run(
            "SELECT source FROM sources WHERE article_id = ? ORDER BY seen_at, source", (article_id,))]


    def search(self, text: str, *, limit: int = 20, offset: int = 0) -> tuple[int, list[Hit]]:
        """Total hit count and one page of hits, best first. Raises QueryError for unusable queries."""
        query = parse(text)
        match = query.tsquery()
        total = self._run("SELECT count(*) AS n FROM articles WHERE fts @@ to_tsquery('simple', ?)", (match,))[0]["n"]
        rows = self._run(
            f"SELECT id, title, outlet, published, text, ts_rank({_RANK_WEIGHTS}, fts, q) AS score"
            " FROM articles, to_tsquery('simple', ?) AS q WHERE fts @@ q ORDER BY score DESC, id LIMIT ? OFFSET ?",
            (match, limit, offset))
        hits = []
        for r in rows:
            snip, marks = snippet(r["text"], query)
            hits.append(Hit(r["id"], r["title"], r["outlet"], r["published"], snip, tuple(marks), r["score"]))
        return total, hits

    def entities(self, *, limit: int = 50, offset: int = 0, label: str | None = None) -> list[EntityStat]:
        rows = self._run(
            "SELECT e.id, e.name, e.label, count(*) AS n, count(DISTINCT m.article_id) AS docs,"
            " string_agg(DISTINCT m.text, ',') AS aliases FROM entities e JOIN mentions m ON m.entity_id = e.id"
            " WHERE (? IS NULL OR e.label = ?) GROUP BY e.id ORDER BY docs DESC, n DESC, e.name"
            " LIMIT ? OFFSET ?", (label, label, limit, offset))
        return [EntityStat(r["id"], r["name"], r["label"], r["n"], r["docs"],
                           tuple(sorted(set((r["aliases"] or "").split(","))))) for r in rows]

    def _run(self, sql: str, params: Iterable[object] = ()) -> list[dict[str, Any]]:
        with self.conn.cursor(row_factory=dict_row) as cur:
            cur.execute(portable(sql), tuple(params))
            return cur.fetchall() if cur.description else []

    def read_only(self) -> None:
        """Refuse every write on this connection from now on (the API's default)."""
        self.conn.execute("SET default_transaction_read_only = on")

    def close(self) -> None:
        self.conn.close()
