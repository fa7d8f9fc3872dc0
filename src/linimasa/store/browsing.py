"""Reads for people browsing the collection (web UI and API): sentence spans for evidence links, story titles,
the collection's period and its outlets. Portable SQL, like ``tables``: every backend gets them.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any


class BrowsingTables:
    _run: Any  # provided by the backend

    def sentence_spans(self, ids: Iterable[str]) -> dict[str, list[tuple[int, int]]]:
        """Each article's sentences as (start, end), in text order: one query for a page of evidence links."""
        wanted = list(dict.fromkeys(ids))
        if not wanted:
            return {}
        rows = self._run(f"SELECT article_id, data FROM layers WHERE layer = 'sentences'"
                         f" AND article_id IN ({', '.join('?' * len(wanted))})", wanted)
        return {r["article_id"]: sorted((s["start"], s["end"]) for s in json.loads(r["data"])) for r in rows}

    def story_heads(self, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """Label (the headline), briefing and dates of the given stories."""
        wanted = list(dict.fromkeys(i for i in ids if i))
        if not wanted:
            return {}
        rows = self._run("SELECT id, label, summary, first_date, last_date FROM stories"
                         f" WHERE id IN ({', '.join('?' * len(wanted))})", wanted)
        return {r["id"]: dict(r) for r in rows}

    def published_span(self) -> tuple[str | None, str | None]:
        """The first and last publication dates of the stored articles."""
        row = self._run("SELECT min(published) AS first, max(published) AS last FROM articles")[0]
        return row["first"], row["last"]

    def outlets(self) -> list[dict[str, Any]]:
        """Outlets with their article counts and one stored URL each (its domain names the outlet too)."""
        rows = self._run("SELECT outlet, count(*) AS articles, max(url) AS url FROM articles"
                         " WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY count(*) DESC, outlet")
        return [dict(r) for r in rows]

    def dispute_rows(self) -> list[dict[str, Any]]:
        """Every stored dispute with the story it was found in."""
        return [json.loads(r["data"]) | {"story_id": r["story_id"]}
                for r in self._run("SELECT story_id, data FROM disputes ORDER BY story_id, claim")]

    def alias_counts(self) -> list[dict[str, Any]]:
        """Every (entity, surface form) pair with its mention count, and the entity's name and label."""
        return [dict(r) for r in self._run(
            "SELECT m.entity_id AS id, e.name, e.label, m.text, count(*) AS mentions FROM mentions m"
            " JOIN entities e ON e.id = m.entity_id GROUP BY m.entity_id, e.name, e.label, m.text")]

    def entity_totals(self) -> dict[str, tuple[int, int]]:
        """Entity id -> (mentions, articles)."""
        return {r["entity_id"]: (r["mentions"], r["articles"]) for r in self._run(
            "SELECT entity_id, count(*) AS mentions, count(DISTINCT article_id) AS articles FROM mentions"
            " GROUP BY entity_id")}

    def entity_articles(self, entity_ids: list[str]) -> list[tuple[str, str]]:
        """(article id, entity id) once per article that mentions each of the given entities: pairs counted in
        Python, where a self-join of the mentions multiplies every mention of one entity by every other's."""
        if not entity_ids:
            return []
        rows = self._run(f"SELECT DISTINCT article_id, entity_id FROM mentions"
                         f" WHERE entity_id IN ({', '.join('?' * len(entity_ids))})", entity_ids)
        return [(r["article_id"], r["entity_id"]) for r in rows]
