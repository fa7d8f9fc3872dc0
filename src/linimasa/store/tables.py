"""Collection-level tables (copies, stories, events, quotes), written once for every backend; the entity
tables are in ``entity_tables``.

SQL here is portable (standard upserts, ``?`` placeholders); a backend provides ``_run(sql, params)``
returning rows that can be indexed by column name, and ``transaction()``.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import asdict
from typing import Any

from ..model import Article
from .browsing import BrowsingTables
from .entity_tables import EntityTables
from .records import EventRow, article_from_row, now


class CollectionTables(BrowsingTables, EntityTables):

    # -- article lookups ------------------------------------------------------------------------

    def resolve(self, key: str) -> str | None:
        """An article id from a full id, a unique id prefix (≥ 6 chars) or a source path/URL."""
        prefix = key.replace("%", "").replace("_", "").replace("\\", "")
        rows = self._run("SELECT id FROM articles WHERE id = ? OR (length(?) >= 6 AND id LIKE ? || '%')"
                         " UNION SELECT article_id FROM sources WHERE source = ? LIMIT 2", (key, key, prefix, key))
        return rows[0]["id"] if len(rows) == 1 else None

    def ids(self) -> list[str]:
        return [r["id"] for r in self._run("SELECT id FROM articles ORDER BY published NULLS FIRST, id")]

    def id_set(self) -> frozenset[str]:
        """Every stored id, for Dask workers to skip articles they would only annotate again."""
        return frozenset(r["id"] for r in self._run("SELECT id FROM articles"))

    def __contains__(self, article_id: object) -> bool:
        """Whether an article is stored: one indexed lookup, so a process needs no copy of every id."""
        return bool(self._run("SELECT 1 AS found FROM articles WHERE id = ?", (article_id,)))

    def add_sources(self, pairs: Iterable[tuple[str, str]]) -> None:
        """Record where stored articles were read again (``Known`` inputs)."""
        with self.transaction():
            for article_id, source in pairs:
                self._run("INSERT INTO sources VALUES (?, ?, ?) ON CONFLICT DO NOTHING", (article_id, source, now()))

    def articles(self, ids: Iterable[str] | None = None) -> Iterator[Article]:
        for article_id in self.ids() if ids is None else ids:
            article = self.get(article_id)
            if article is not None:
                yield article

    # -- quotes are an article layer, indexed for "quotes by speaker" --------------------------

    def _put_quotes(self, article: Article) -> None:
        self._run("DELETE FROM quotes WHERE article_id = ?", (article.id,))
        for q in article.quotes:
            self._run("INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                      (article.id, q.start, q.end, int(q.direct), q.cue, q.speaker, q.speaker_id))

    def quotes(self, *, speaker: str | None = None, limit: int = 50, offset: int = 0) -> tuple[int, list[dict]]:
        """Quotes with their text; ``speaker`` matches a speaker id (or a short name linked to it, see
        ``put_entity_links``) or, case-insensitively, a name."""
        speaks = ("(? IS NULL OR q.speaker_id = ? OR lower(q.speaker) = lower(?)"
                  " OR q.speaker_id IN (SELECT alias_id FROM entity_links WHERE entity_id = ?))")
        args = (speaker, speaker, speaker, speaker)
        total = self._run(f"SELECT count(*) AS n FROM quotes q WHERE {speaks}", args)[0]["n"]
        # articles first, in date order (SQLite keeps a CROSS JOIN's order): the page stops early, where
        # joining from quotes read every quote's article row for its date (~4 s cold on 17k articles)
        rows = self._run(
            "SELECT q.article_id, q.start, q.\"end\", q.direct, q.cue, q.speaker, q.speaker_id,"
            f" substr(a.text, q.start + 1, q.\"end\" - q.start) AS text FROM articles a CROSS JOIN quotes q"
            f" WHERE a.id = q.article_id AND {speaks} ORDER BY a.published, q.article_id, q.start LIMIT ? OFFSET ?",
            (*args, limit, offset))
        return total, [dict(r) | {"direct": bool(r["direct"])} for r in rows]

    # -- copies -------------------------------------------------------------------------------

    def put_copies(self, links: Iterable[Any]) -> None:
        """Store copy links (``linimasa.dedup.CopyLink``); re-storing a pair updates it."""
        with self.transaction():
            for link in links:
                evidence = json.dumps([asdict(e) for e in link.evidence])
                self._run("INSERT INTO copies VALUES (?, ?, ?, ?, ?) ON CONFLICT (a, b) DO UPDATE SET"
                          " kind = excluded.kind, confidence = excluded.confidence, evidence = excluded.evidence",
                          (link.a, link.b, link.kind, link.confidence, evidence))

    def copies(self, article_id: str) -> list[dict]:
        rows = self._run("SELECT a, b, kind, confidence, evidence FROM copies WHERE a = ? OR b = ?"
                         " ORDER BY confidence DESC", (article_id, article_id))
        return [{"article": r["b"] if r["a"] == article_id else r["a"], "kind": r["kind"],
                 "confidence": r["confidence"], "evidence": json.loads(r["evidence"])} for r in rows]

    # -- stories ------------------------------------------------------------------------------

    def put_stories(self, assignment: Mapping[str, str], *, merges: Iterable[tuple[str, str]] = (),
                    meta: Mapping[str, Mapping[str, Any]] | None = None) -> None:
        """``assignment`` maps article id -> story id; ``merges`` are (kept, merged) story ids."""
        with self.transaction():
            for article_id, story_id in assignment.items():
                self._run("INSERT INTO story_articles VALUES (?, ?) ON CONFLICT (article_id) DO UPDATE"
                          " SET story_id = excluded.story_id", (article_id, story_id))
            for kept, merged in merges:
                self._run("INSERT INTO merges VALUES ('story', ?, ?, ?) ON CONFLICT DO NOTHING", (kept, merged, now()))
            for story_id, info in (meta or {}).items():
                self._run("INSERT INTO stories VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                          " label = excluded.label, summary = excluded.summary, first_date = excluded.first_date,"
                          " last_date = excluded.last_date",
                          (story_id, info.get("label"), info.get("summary"), info.get("first_date"),
                           info.get("last_date")))

    def story_assignment(self) -> dict[str, str]:
        return {r["article_id"]: r["story_id"] for r in self._run("SELECT article_id, story_id FROM story_articles")}

    def stories(self, *, limit: int = 50, offset: int = 0) -> tuple[int, list[dict]]:
        total = self._run("SELECT count(DISTINCT story_id) AS n FROM story_articles")[0]["n"]
        rows = self._run(
            "SELECT sa.story_id AS id, count(*) AS size, min(a.published) AS first, max(a.published) AS last,"
            " s.label, s.summary FROM story_articles sa JOIN articles a ON a.id = sa.article_id"
            " LEFT JOIN stories s ON s.id = sa.story_id GROUP BY sa.story_id, s.label, s.summary"
            " ORDER BY last DESC, id LIMIT ? OFFSET ?", (limit, offset))
        return total, [dict(r) for r in rows]

    def story_articles(self, story_id: str) -> list[str]:
        return [r["article_id"] for r in self._run(
            "SELECT sa.article_id FROM story_articles sa JOIN articles a ON a.id = sa.article_id"
            " WHERE sa.story_id = ? ORDER BY a.published, a.id", (story_id,))]

    def merges(self, kind: str) -> list[tuple[str, str]]:
        return [(r["kept"], r["merged"]) for r in self._run(
            "SELECT kept, merged FROM merges WHERE kind = ? ORDER BY at", (kind,))]

    def story_summaries(self) -> dict[str, str]:
        return {r["id"]: r["summary"] or "" for r in self._run("SELECT id, summary FROM stories")}

    def all_sources(self) -> dict[str, list[str]]:
        """Every article's sources, first seen first (the first is the one the article is shown by)."""
        found: dict[str, list[str]] = {}
        for r in self._run("SELECT article_id, source FROM sources ORDER BY seen_at, source"):
            found.setdefault(r["article_id"], []).append(r["source"])
        return found

    def copy_pairs(self) -> list[tuple[str, str]]:
        return [(r["a"], r["b"]) for r in self._run("SELECT a, b FROM copies ORDER BY a, b")]

    # -- disputes, kept per story -------------------------------------------------------------

    def put_disputes(self, by_story: Mapping[str, Iterable[Mapping[str, Any]]]) -> None:
        """Replace the disputes of each story given (dicts with a ``claim``; an empty list clears the story)."""
        with self.transaction():
            for story_id, disputes in by_story.items():
                self._run("DELETE FROM disputes WHERE story_id = ?", (story_id,))
                for d in disputes:
                    self._run("INSERT INTO disputes VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                              (story_id, d["claim"], json.dumps(d, ensure_ascii=False)))

    def disputes(self) -> list[dict]:
        return [json.loads(r["data"]) for r in self._run("SELECT data FROM disputes ORDER BY story_id, claim")]

    # -- events -------------------------------------------------------------------------------

    def clear_events(self) -> None:
        """Drop every timeline entry (before storing a rebuilt timeline); merges stay on record."""
        with self.transaction():
            for table in ("event_actors", "event_sources", "events"):
                self._run(f"DELETE FROM {table}")

    def put_events(self, events: Iterable[EventRow], *, merges: Iterable[tuple[str, str]] = ()) -> None:
        """Upsert timeline entries with their actors and evidence spans; ``merges`` are (kept, merged) ids."""
        with self.transaction():
            for e in events:
                self._run("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                          " date = excluded.date, type = excluded.type, place = excluded.place,"
                          " summary = excluded.summary, disputed = excluded.disputed,"
                          " story_id = excluded.story_id, data = excluded.data",
                          (e.id, e.date, e.type, e.place, e.summary, int(e.disputed), e.story_id,
                           json.dumps(e.data, ensure_ascii=False)))
                self._run("DELETE FROM event_actors WHERE event_id = ?", (e.id,))
                self._run("DELETE FROM event_sources WHERE event_id = ?", (e.id,))
                for entity_id, name in e.actors:
                    self._run("INSERT INTO event_actors VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                              (e.id, entity_id, name))
                for article_id, start, end in e.sources:
                    self._run("INSERT INTO event_sources VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                              (e.id, article_id, start, end))
            for kept, merged in merges:
                self._run("DELETE FROM events WHERE id = ?", (merged,))
                self._run("INSERT INTO merges VALUES ('event', ?, ?, ?) ON CONFLICT DO NOTHING", (kept, merged, now()))

    def events(self, *, date_from: str | None = None, date_to: str | None = None, entity: str | None = None,
               type: str | None = None, outlet: str | None = None, disputed: bool | None = None,  # noqa: A002
               background: bool | None = None, newest: bool = False, limit: int = 100, offset: int = 0
               ) -> tuple[int, list[EventRow]]:
        """Timeline entries in date order (``newest``: latest first, undated last), filtered; dates compare as
        ISO prefixes. ``background=False`` leaves out entries the timeline marks as past events recalled."""
        where = ("WHERE (? IS NULL OR e.date >= ?) AND (? IS NULL OR e.date <= ? || '~')"
                 " AND (? IS NULL OR e.type = ?) AND (? IS NULL OR e.disputed = ?)"
                 " AND (? IS NULL OR e.id IN (SELECT x.event_id FROM event_actors x"
                 "      WHERE x.entity_id = ? OR lower(x.name) = lower(?)))"
                 " AND (? IS NULL OR e.id IN (SELECT s.event_id FROM event_sources s WHERE s.article_id IN"
                 "      (SELECT id FROM articles WHERE lower(outlet) = lower(?))))"
                 # the mark rides in the entry's JSON, written by json.dumps: matched as text on both backends
                 " AND (? IS NULL OR CASE WHEN e.data LIKE '%\"background\": true%' THEN 1 ELSE 0 END = ?)")
        flag = None if disputed is None else int(disputed)
        past = None if background is None else int(background)
        args = (date_from, date_from, date_to, date_to, type, type, flag, flag, entity, entity, entity, outlet, outlet,
                past, past)
        total = self._run(f"SELECT count(*) AS n FROM events e {where}", args)[0]["n"]
        order = "e.date DESC NULLS LAST, e.id DESC" if newest else "e.date, e.id"
        rows = self._run(f"SELECT * FROM events e {where} ORDER BY {order} LIMIT ? OFFSET ?", (*args, limit, offset))
        return total, self._event_rows(rows)

    def event(self, event_id: str) -> EventRow | None:
        rows = self._event_rows(self._run("SELECT * FROM events WHERE id = ?", (event_id,)))
        return rows[0] if rows else None

    def _event_rows(self, rows: list[Any]) -> list[EventRow]:
        """Events with their actors and evidence spans: two queries for a whole page, not two per event."""
        if not rows:
            return []
        ids = [r["id"] for r in rows]
        marks = ", ".join("?" * len(ids))
        actors: dict[str, list[tuple[str, str]]] = {i: [] for i in ids}
        for a in self._run(f"SELECT event_id, entity_id, name FROM event_actors WHERE event_id IN ({marks})"
                           " ORDER BY event_id, name, entity_id", ids):
            actors[a["event_id"]].append((a["entity_id"], a["name"]))
        sources: dict[str, list[tuple[str, int, int]]] = {i: [] for i in ids}
        for s in self._run(f"SELECT event_id, article_id, start, \"end\" FROM event_sources WHERE event_id IN ({marks})"
                           " ORDER BY event_id, article_id, start", ids):
            sources[s["event_id"]].append((s["article_id"], s["start"], s["end"]))
        return [EventRow(id=r["id"], date=r["date"], type=r["type"], place=r["place"], summary=r["summary"] or "",
                         disputed=bool(r["disputed"]), story_id=r["story_id"], actors=tuple(actors[r["id"]]),
                         sources=tuple(sources[r["id"]]), data=json.loads(r["data"] or "{}")) for r in rows]

    # -- browsing: pages and entity details for the API and web UI ----------------------------

    def article_page(self, *, limit: int = 20, offset: int = 0) -> tuple[int, list[str]]:
        """Total article count and one page of ids, newest first."""
        total = self._run("SELECT count(*) AS n FROM articles")[0]["n"]
        rows = self._run("SELECT id FROM articles ORDER BY published DESC, id LIMIT ? OFFSET ?", (limit, offset))
        return total, [r["id"] for r in rows]

    def article_heads(self, ids: Iterable[str]) -> list[Article]:
        """The given articles (in that order, once each) with metadata, first source and text but no annotation
        layers: one query, so cheap for listings and the hundreds of sources a big timeline entry cites."""
        wanted = list(dict.fromkeys(ids))
        if not wanted:
            return []
        rows = self._run(
            "SELECT a.*, (SELECT s.source FROM sources s WHERE s.article_id = a.id ORDER BY s.seen_at, s.source"
            f" LIMIT 1) AS first_source FROM articles a WHERE a.id IN ({', '.join('?' * len(wanted))})", wanted)
        found = {r["id"]: article_from_row(r, {}, r["first_source"]) for r in rows}
        return [found[i] for i in wanted if i in found]

    def story_events(self, story_id: str) -> list[EventRow]:
        return self._event_rows(self._run("SELECT * FROM events WHERE story_id = ? ORDER BY date, id", (story_id,)))
