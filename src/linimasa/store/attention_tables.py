"""Attention over time, for every backend: per publication day, how many articles an entity, a story or a search
query had (and for an entity its mentions), beside the day's total; SQL portable but for ``MATCHING``.

A day is the publication date as the outlet wrote it (``2023-09-13T22:10+07:00`` is the 13th, in Jakarta).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .query import parse
from .sql import SQLBackend

SeriesKind = Literal["entity", "story", "query"]
_DAY = "substr(a.published, 1, 10)"
_IN_RANGE = (f"length(a.published) >= 10 AND (? IS NULL OR {_DAY} >= ?) AND (? IS NULL OR {_DAY} <= ?)")
# what each kind counts: FROM … WHERE … with one parameter (the entity id, the story id or the match)
_SOURCES = {
    "entity": ("count(DISTINCT m.article_id)", "count(*)",
               "mentions m JOIN articles a ON a.id = m.article_id WHERE m.entity_id = ?"),
    "story": ("count(*)", "count(*)", "story_articles s JOIN articles a ON a.id = s.article_id WHERE s.story_id = ?"),
}


@dataclass(frozen=True, slots=True)
class DayCount:
    day: str  # YYYY-MM-DD
    articles: int
    mentions: int  # an entity's mentions; for a story or a query, its articles


class AttentionTables(SQLBackend):
    def day_totals(self, *, since: str | None = None, until: str | None = None) -> dict[str, int]:
        """Articles published each day (the volume a series is normalised by)."""
        return {r["day"]: r["n"] for r in self._run(
            f"SELECT {_DAY} AS day, count(*) AS n FROM articles a WHERE {_IN_RANGE} GROUP BY {_DAY} ORDER BY day",
            (since, since, until, until))}

    def day_counts(self, kind: SeriesKind, key: str, *, since: str | None = None,
                   until: str | None = None) -> list[DayCount]:
        """Per day with any, the articles (and mentions) of an entity id, a story id or a search query."""
        if kind == "query":
            articles, mentions, source = "count(*)", "count(*)", f"({self.MATCHING}) a WHERE true"
            key = self._match(parse(key))
        else:
            articles, mentions, source = _SOURCES[kind]
        rows = self._run(f"SELECT {_DAY} AS day, {articles} AS articles, {mentions} AS mentions FROM {source}"
                         f" AND {_IN_RANGE} GROUP BY {_DAY} ORDER BY day", (key, since, since, until, until))
        return [DayCount(r["day"], r["articles"], r["mentions"]) for r in rows]
