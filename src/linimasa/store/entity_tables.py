"""Entity tables for every backend: person and abbreviation links, entity details, co-occurrence, roles.

SQL here is portable, as in ``tables``; a backend provides ``_run(sql, params)``.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any


def linked_id(mark: str = "?") -> str:
    """SQL for a new mention's collection id: the entity a link gives it, else its own id."""
    return f"COALESCE((SELECT l.entity_id FROM entity_links l WHERE l.alias_id = {mark}), {mark})"


class EntityTables:
    def _run(self, sql: str, params: Iterable[Any] = ()) -> list[Any]:  # pragma: no cover - backends override
        raise NotImplementedError

    def put_entity_links(self, links: Mapping[str, str]) -> None:
        """Replace the links (alias id -> entity id) and point every mention at its collection id."""
        self._run("DELETE FROM entity_links")
        for alias, target in sorted(links.items()):
            self._run("INSERT INTO entity_links VALUES (?, ?)", (alias, target))
        self._run(f"UPDATE mentions SET entity_id = {linked_id('mentions.own_id')}"
                  " WHERE own_id IN (SELECT alias_id FROM entity_links) OR entity_id <> own_id")

    def entity(self, entity_id: str) -> dict | None:
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

    def entity_sample(self, entity_id: str, *, sample: int = 300) -> list[dict]:
        """(article_id, id, name, label) of each entity in this entity's ``sample`` latest articles, itself
        included: one read from which its co-occurring entities and their network are counted."""
        return [dict(r) for r in self._run(
            f"WITH docs AS ({self._LATEST}) SELECT DISTINCT m.article_id, e.id, e.name, e.label FROM docs"
            " JOIN mentions m ON m.article_id = docs.article_id JOIN entities e ON e.id = m.entity_id",
            (entity_id, sample))]

    def cooccurrence_edges(self, entity_ids: list[str]) -> list[tuple[str, str, int]]:
        """(a, b, shared articles) for pairs of the given entities mentioned together."""
        if not entity_ids:
            return []
        marks = ", ".join("?" * len(entity_ids))
        rows = self._run(
            "SELECT m1.entity_id AS a, m2.entity_id AS b, count(DISTINCT m1.article_id) AS n FROM mentions m1"
            " JOIN mentions m2 ON m2.article_id = m1.article_id AND m1.entity_id < m2.entity_id"
            f" WHERE m1.entity_id IN ({marks}) AND m2.entity_id IN ({marks}) GROUP BY m1.entity_id, m2.entity_id",
            (*entity_ids, *entity_ids))
        return [(r["a"], r["b"], r["n"]) for r in rows]

    def entity_count(self, *, label: str | None = None) -> int:
        return self._run("SELECT count(*) AS n FROM entities e WHERE (? IS NULL OR e.label = ?)"
                         " AND EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = e.id)", (label, label))[0]["n"]

    def roles(self, entity_id: str, *, limit: int = 500) -> list[tuple[str | None, dict]]:
        """(article published date, role) for the titles an entity holds in the articles that mention it."""
        rows = self._run(
            "SELECT a.published, l.data FROM layers l JOIN articles a ON a.id = l.article_id"
            " WHERE l.layer = 'roles' AND l.data <> '[]' AND l.article_id IN"
            " (SELECT DISTINCT article_id FROM mentions WHERE entity_id = ? LIMIT ?)", (entity_id, limit))
        own = {entity_id, *(r["alias_id"] for r in self._run("SELECT alias_id FROM entity_links WHERE entity_id = ?",
                                                              (entity_id,)))}
        return [(r["published"], role) for r in rows for role in json.loads(r["data"]) if role["entity_id"] in own]
