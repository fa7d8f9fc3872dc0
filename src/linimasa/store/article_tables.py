"""Article tables for every backend: articles with their sources, layers, mentions and quotes; search.

SQL here is portable (see ``sql``); an article's own row and full-text index are the backend's
(``_insert_articles``), everything else an article brings is written here, a few statements per batch.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import Any

from ..model import Article, Failure
from .entity_tables import linked_id
from .query import parse, snippet
from .records import ARTICLE_COLUMNS, AddResult, Hit, article_from_row, layer_rows, mention_rows, now
from .sql import SQLBackend

_COLUMNS = ", ".join(f"a.{name}" for name in ARTICLE_COLUMNS)
_PAGE = 500  # articles read per query


class ArticleTables(SQLBackend):

    # -- writing --------------------------------------------------------------------------------

    def add(self, articles: Iterable[Article]) -> AddResult:
        """Upsert articles in one transaction per batch; an article already stored gains a source. A batch the
        backend refuses a row of is stored again one article at a time, so that only that article is refused."""
        total = AddResult()
        stream = iter(articles)
        while batch := list(islice(stream, self.batch_size)):
            try:
                with self.transaction():
                    total += self._add_batch(batch)
            except self.REFUSED:
                total += sum((self._add_alone(article) for article in batch), AddResult())
        return total

    def _add_alone(self, article: Article) -> AddResult:
        try:
            with self.transaction():
                return self._add_batch([article])
        except self.REFUSED as exc:
            reason = " ".join(str(exc).split())[:300]
            return AddResult(refused=((article.id, Failure(article.source, f"refused by the database: {reason}")),))

    def _add_batch(self, batch: Sequence[Article]) -> AddResult:
        new = self._insert_articles(batch)
        self._executemany("INSERT INTO sources VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                          [(a.id, a.source, now()) for a in batch])
        self._executemany("INSERT INTO layers VALUES (?, ?, ?) ON CONFLICT (article_id, layer)"
                          " DO UPDATE SET data = excluded.data", [row for a in batch for row in layer_rows(a)])
        latest = list({a.id: a for a in batch}.values())  # as if stored one by one: the last copy's layers win
        self._put_mentions(latest)
        self._put_quotes(latest)
        return AddResult(new=new, existing=len(batch) - new)

    def _put_mentions(self, articles: Sequence[Article]) -> None:
        rows = [mention_rows(a, m) for a in articles for m in a.entities if m.entity_id]
        self._executemany("DELETE FROM mentions WHERE article_id = ?", [(a.id,) for a in articles])
        first: dict[str, tuple[str, str, str]] = {}
        for entity, _ in rows:
            first.setdefault(entity[0], entity)
        # in id order: writers storing batches at once (PostgreSQL) then lock shared entities in one order, where
        # each batch's own order could deadlock two of them
        self._executemany("INSERT INTO entities VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                          [first[key] for key in sorted(first)])
        self._executemany(f"INSERT INTO mentions SELECT ?, {linked_id()}, ?, ?, ?, ?, ? WHERE true"
                          " ON CONFLICT DO NOTHING", [m for _, m in rows])

    def _put_quotes(self, articles: Sequence[Article]) -> None:
        """Quotes are an article layer, indexed here for "quotes by speaker"."""
        self._executemany("DELETE FROM quotes WHERE article_id = ?", [(a.id,) for a in articles])
        self._executemany("INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                          [(a.id, q.start, q.end, int(q.direct), q.cue, q.speaker, q.speaker_id)
                           for a in articles for q in a.quotes])

    def add_sources(self, pairs: Iterable[tuple[str, str]]) -> None:
        """Record where stored articles were read again (``Known`` inputs)."""
        with self.transaction():
            self._executemany("INSERT INTO sources VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                              [(article_id, source, now()) for article_id, source in pairs])

    # -- reading --------------------------------------------------------------------------------

    def count(self) -> int:
        return self._count("SELECT count(*) AS n FROM articles")

    def get(self, article_id: str) -> Article | None:
        return next(self.articles([article_id]), None)

    def articles(self, ids: Iterable[str] | None = None) -> Iterator[Article]:
        """The articles with every stored layer (all of them when ``ids`` is None), in ``ids`` order: read a page
        of articles at a time, three queries a page rather than three an article."""
        stream = iter(self.ids() if ids is None else ids)
        while page := list(islice(stream, _PAGE)):
            marks = ", ".join("?" * len(page))
            rows = {r["id"]: r for r in self._run(f"SELECT {_COLUMNS} FROM articles a WHERE a.id IN ({marks})", page)}
            layers: dict[str, dict[str, str]] = {i: {} for i in rows}
            for r in self._run(f"SELECT article_id, layer, data FROM layers WHERE article_id IN ({marks})", page):
                layers[r["article_id"]][r["layer"]] = r["data"]
            first: dict[str, str] = {}
            for r in self._run(f"SELECT article_id, source FROM sources WHERE article_id IN ({marks})"
                               " ORDER BY seen_at, source", page):
                first.setdefault(r["article_id"], r["source"])
            yield from (article_from_row(rows[i], layers[i], first[i]) for i in page if i in rows)

    def article_heads(self, ids: Iterable[str]) -> list[Article]:
        """The given articles (in that order, once each) with metadata, first source and text but no annotation
        layers: one query, so cheap for listings and the hundreds of sources a big timeline entry cites."""
        wanted = list(dict.fromkeys(ids))
        if not wanted:
            return []
        rows = self._run(
            f"SELECT {_COLUMNS}, (SELECT s.source FROM sources s WHERE s.article_id = a.id ORDER BY s.seen_at, s.source"
            f" LIMIT 1) AS first_source FROM articles a WHERE a.id IN ({', '.join('?' * len(wanted))})", wanted)
        found = {r["id"]: article_from_row(r, {}, r["first_source"]) for r in rows}
        return [found[i] for i in wanted if i in found]

    def article_page(self, *, limit: int = 20, offset: int = 0) -> tuple[int, list[str]]:
        """Total article count and one page of ids, newest first."""
        rows = self._run("SELECT id FROM articles ORDER BY published DESC, id LIMIT ? OFFSET ?", (limit, offset))
        return self.count(), [r["id"] for r in rows]

    def resolve(self, key: str) -> str | None:
        """An article id from a full id, a unique id prefix (≥ 6 chars) or a source path/URL."""
        prefix = key.replace("%", "").replace("_", "").replace("\\", "")
        rows = self._run("SELECT id FROM articles WHERE id = ? OR (length(?) >= 6 AND id LIKE ? || '%')"
                         " UNION SELECT article_id FROM sources WHERE source = ? LIMIT 2", (key, key, prefix, key))
        return str(rows[0]["id"]) if len(rows) == 1 else None

    def ids(self) -> list[str]:
        return [r["id"] for r in self._run("SELECT id FROM articles ORDER BY published NULLS FIRST, id")]

    def id_set(self) -> frozenset[str]:
        """Every stored id, for Dask workers to skip articles they would only annotate again."""
        return frozenset(r["id"] for r in self._run("SELECT id FROM articles"))

    def __contains__(self, article_id: object) -> bool:
        """Whether an article is stored: one indexed lookup, so a process needs no copy of every id."""
        return bool(self._run("SELECT 1 AS found FROM articles WHERE id = ?", (article_id,)))

    def sources(self, article_id: str) -> list[str]:
        return [r["source"] for r in self._run(
            "SELECT source FROM sources WHERE article_id = ? ORDER BY seen_at, source", (article_id,))]

    def all_sources(self) -> dict[str, list[str]]:
        """Every article's sources, first seen first (the first is the one the article is shown by)."""
        found: dict[str, list[str]] = {}
        for r in self._run("SELECT article_id, source FROM sources ORDER BY seen_at, source"):
            found.setdefault(r["article_id"], []).append(r["source"])
        return found

    def sentence_spans(self, ids: Iterable[str]) -> dict[str, list[tuple[int, int]]]:
        """Each article's sentences as (start, end), in text order: one query for a page of evidence links."""
        wanted = list(dict.fromkeys(ids))
        if not wanted:
            return {}
        rows = self._run(f"SELECT article_id, data FROM layers WHERE layer = 'sentences'"
                         f" AND article_id IN ({', '.join('?' * len(wanted))})", wanted)
        return {r["article_id"]: sorted((s["start"], s["end"]) for s in json.loads(r["data"])) for r in rows}

    def published_span(self) -> tuple[str | None, str | None]:
        """The first and last publication dates of the stored articles."""
        row = self._run("SELECT min(published) AS first, max(published) AS last FROM articles")[0]
        return row["first"], row["last"]

    def outlets(self) -> list[dict[str, Any]]:
        """Outlets with their article counts and one stored URL each (its domain names the outlet too)."""
        rows = self._run("SELECT outlet, count(*) AS articles, max(url) AS url FROM articles"
                         " WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY count(*) DESC, outlet")
        return [dict(r) for r in rows]

    def search(self, text: str, *, limit: int = 20, offset: int = 0) -> tuple[int, list[Hit]]:
        """Total hit count and one page of hits, best first. Raises QueryError for unusable queries."""
        query = parse(text)
        match = self._match(query)
        hits = []
        for r in self._run(self.SEARCH_PAGE, (match, limit, offset)):
            snip, marks = snippet(r["text"], query)
            hits.append(Hit(r["id"], r["title"], r["outlet"], r["published"], snip, tuple(marks), r["score"]))
        return self._count(self.SEARCH_COUNT, (match,)), hits

    def quotes(self, *, speaker: str | None = None, limit: int = 50,
               offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
        """Quotes with their text; ``speaker`` matches a speaker id (or a short name linked to it, see
        ``put_entity_links``) or, case-insensitively, a name."""
        speaks = ("(? IS NULL OR q.speaker_id = ? OR lower(q.speaker) = lower(?)"
                  " OR q.speaker_id IN (SELECT alias_id FROM entity_links WHERE entity_id = ?))")
        args = (speaker, speaker, speaker, speaker)
        total = self._count(f"SELECT count(*) AS n FROM quotes q WHERE {speaks}", args)
        # articles first, in date order (SQLite keeps a CROSS JOIN's order): the page stops early, where
        # joining from quotes read every quote's article row for its date (~4 s cold on 17k articles)
        rows = self._run(
            "SELECT q.article_id, q.start, q.\"end\", q.direct, q.cue, q.speaker, q.speaker_id,"
            " substr(a.text, q.start + 1, q.\"end\" - q.start) AS text FROM articles a CROSS JOIN quotes q"
            f" WHERE a.id = q.article_id AND {speaks} ORDER BY a.published, q.article_id, q.start LIMIT ? OFFSET ?",
            (*args, limit, offset))
        return total, [dict(r) | {"direct": bool(r["direct"])} for r in rows]
