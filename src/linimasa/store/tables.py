"""What the collection stages derive, for every backend: copies, stories, disputes, timeline entries, merges.

SQL here is portable (see ``sql``).
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from .records import EventRow, Row, now
from .sql import SQLBackend

if TYPE_CHECKING:
    from ..dedup import CopyLink


class CollectionTables(SQLBackend):

    # -- copies -------------------------------------------------------------------------------

    def put_copies(self, links: Iterable[CopyLink]) -> None:
        """Store copy links (``linimasa.dedup.CopyLink``); re-storing a pair updates it."""
        with self.transaction():
            for link in links:
                evidence = json.dumps([asdict(e) for e in link.evidence])
                self._run("INSERT INTO copies VALUES (?, ?, ?, ?, ?) ON CONFLICT (a, b) DO UPDATE SET"
                          " kind = excluded.kind, confidence = excluded.confidence, evidence = excluded.evidence",
                          (link.a, link.b, link.kind, link.confidence, evidence))

    def copies(self, article_id: str) -> list[dict[str, Any]]:
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

    def stories(self, *, limit: int = 50, offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
        total = self._count("SELECT count(DISTINCT story_id) AS n FROM story_articles")
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

    def story_heads(self, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """Label (the headline), briefing and dates of the given stories."""
        wanted = list(dict.fromkeys(i for i in ids if i))
        if not wanted:
            return {}
        rows = self._run("SELECT id, label, summary, first_date, last_date FROM stories"
                         f" WHERE id IN ({', '.join('?' * len(wanted))})", wanted)
        return {r["id"]: dict(r) for r in rows}

    def story_summaries(self) -> dict[str, str]:
        return {r["id"]: r["summary"] or "" for r in self._run("SELECT id, summary FROM stories")}

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

    def disputes(self) -> list[dict[str, Any]]:
        """Every stored dispute with the story it was found in (``story_id``)."""
        return [json.loads(r["data"]) | {"story_id": r["story_id"]}
                for r in self._run("SELECT story_id, data FROM disputes ORDER BY story_id, claim")]

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
               type: str | None = None, outlet: str | None = None, disputed: bool | None = None,
               background: bool | None = None, newest: bool = False, limit: int = 100,
               offset: int = 0) -> tuple[int, list[EventRow]]:
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
        total = self._count(f"SELECT count(*) AS n FROM events e {where}", args)
        order = "e.date DESC NULLS LAST, e.id DESC" if newest else "e.date, e.id"
        rows = self._run(f"SELECT * FROM events e {where} ORDER BY {order} LIMIT ? OFFSET ?", (*args, limit, offset))
        return total, self._event_rows(rows)

    def event(self, event_id: str) -> EventRow | None:
        rows = self._event_rows(self._run("SELECT * FROM events WHERE id = ?", (event_id,)))
        return rows[0] if rows else None

    def reactions(self) -> list[EventRow]:
        """Accusations and denials that respond to another entry (``data.reacts_to``), and the entries they respond
        to: what disputes between entries are derived from, without reading the whole timeline."""
        # the id rides in the entry's JSON, written by json.dumps: matched as text on both backends
        reacting = self._event_rows(self._run("SELECT * FROM events WHERE type IN ('ACCUSE', 'REJECT')"
                                              " AND data LIKE '%\"reacts_to\": \"%' ORDER BY id"))
        causes = sorted({r.data["reacts_to"] for r in reacting} - {r.id for r in reacting})
        if not causes:
            return reacting
        marks = ", ".join("?" * len(causes))
        return reacting + self._event_rows(self._run(f"SELECT * FROM events WHERE id IN ({marks}) ORDER BY id", causes))

    def _event_rows(self, rows: Sequence[Row]) -> list[EventRow]:
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

    def story_events(self, story_id: str) -> list[EventRow]:
        return self._event_rows(self._run("SELECT * FROM events WHERE story_id = ? ORDER BY date, id", (story_id,)))
