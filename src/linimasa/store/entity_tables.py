"""Entity tables for every backend: entities by prominence, person and abbreviation links, entity details,
co-occurrence, roles.

SQL here is portable (see ``sql``) but for the alias aggregate, the backend's ``ALIASES``.
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Mapping
from itertools import combinations
from typing import Any

from .records import EntityStat
from .sql import SQLBackend


def linked_id(mark: str = "?") -> str:
    """SQL for a new mention's collection id: the entity a link gives it, else its own id."""
    return f"COALESCE((SELECT l.entity_id FROM entity_links l WHERE l.alias_id = {mark}), {mark})"


class EntityTables(SQLBackend):
    def entities(self, *, limit: int = 50, offset: int = 0, label: str | None = None) -> list[EntityStat]:
        rows = self._run(
            f"SELECT e.id, e.name, e.label, count(*) AS n, count(DISTINCT m.article_id) AS docs, {self.ALIASES}"
            " AS aliases FROM entities e JOIN mentions m ON m.entity_id = e.id WHERE (? IS NULL OR e.label = ?)"
            " GROUP BY e.id ORDER BY docs DESC, n DESC, e.name LIMIT ? OFFSET ?", (label, label, limit, offset))
        return [EntityStat(r["id"], r["name"], r["label"], r["n"], r["docs"],
                           tuple(sorted(set((r["aliases"] or "").split(","))))) for r in rows]

    def entity_count(self, *, label: str | None = None) -> int:
        return self._count("SELECT count(*) AS n FROM entities e WHERE (? IS NULL OR e.label = ?)"
                           " AND EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = e.id)", (label, label))

    def put_entity_links(self, links: Mapping[str, str]) -> None:
        """Replace the links (alias id -> entity id) and point every mention at its collection id."""
        self._run("DELETE FROM entity_links")
        self._executemany("INSERT INTO entity_links VALUES (?, ?)", sorted(links.items()))
        self._run(f"UPDATE mentions SET entity_id = {linked_id('mentions.own_id')}"
                  " WHERE own_id IN (SELECT alias_id FROM entity_links) OR entity_id <> own_id")

    def entity(self, entity_id: str) -> dict[str, Any] | None:
        """One entity with its aliases (surface forms) and how often each occurs; a linked short name
        (``per:anies``) gives the full name's entity."""
        linked = self._run("SELECT entity_id FROM entity_links WHERE alias_id = ?", (entity_id,))
        entity_id = linked[0]["entity_id"] if linked else entity_id
        rows = self._run("SELECT id, name, label FROM entities WHERE id = ?", (entity_id,))
        if not rows:
            return None
        aliases = self._run("SELECT text, count(*) AS mentions, count(DISTINCT article_id) AS articles FROM mentions"
                            " WHERE entity_id = ? GROUP BY text ORDER BY mentions DESC, text", (entity_id,))
        return dict(rows[0]) | {"aliases": [dict(a) for a in aliases]}

    # an entity's co-occurrence is counted over the latest articles that mention it: cheap for "Jakarta" too
    _LATEST = ("SELECT m.article_id FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.entity_id = ?"
               " GROUP BY m.article_id, a.published ORDER BY a.published DESC LIMIT ?")

    def entity_sample(self, entity_id: str, *, sample: int = 300) -> list[dict[str, Any]]:
        """(article_id, id, name, label) of each entity in this entity's ``sample`` latest articles, itself
        included: one read from which its co-occurring entities and their network are counted."""
        return [dict(r) for r in self._run(
            f"WITH docs AS ({self._LATEST}) SELECT DISTINCT m.article_id, e.id, e.name, e.label FROM docs"
            " JOIN mentions m ON m.article_id = docs.article_id JOIN entities e ON e.id = m.entity_id",
            (entity_id, sample))]

    def cooccurrence_edges(self, entity_ids: list[str]) -> list[tuple[str, str, int]]:
        """(a, b, shared articles), a < b, for pairs of the given entities mentioned together: pairs counted in
        Python from one (article, entity) row per article, where a self-join of the mentions multiplies every
        mention of one entity by every other's (300 entities of the 17k collection: 94 s -> 1.0 s)."""
        if not entity_ids:
            return []
        present: dict[str, set[str]] = defaultdict(set)
        for r in self._run(f"SELECT DISTINCT article_id, entity_id FROM mentions"
                           f" WHERE entity_id IN ({', '.join('?' * len(entity_ids))})", entity_ids):
            present[r["article_id"]].add(r["entity_id"])
        counted = Counter(pair for found in present.values() for pair in combinations(sorted(found), 2))
        return sorted((a, b, n) for (a, b), n in counted.items())

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

    def roles(self, entity_id: str, *, limit: int = 500) -> list[tuple[str | None, dict[str, Any]]]:
        """(article published date, role) for the titles an entity holds in the articles that mention it."""
        rows = self._run(
            "SELECT a.published, l.data FROM layers l JOIN articles a ON a.id = l.article_id"
            " WHERE l.layer = 'roles' AND l.data <> '[]' AND l.article_id IN"
            " (SELECT DISTINCT article_id FROM mentions WHERE entity_id = ? LIMIT ?)", (entity_id, limit))
        own = {entity_id, *(r["alias_id"] for r in self._run("SELECT alias_id FROM entity_links WHERE entity_id = ?",
                                                              (entity_id,)))}
        return [(r["published"], role) for r in rows for role in json.loads(r["data"]) if role["entity_id"] in own]
