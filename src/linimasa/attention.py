"""Attention over time: how much of each day's news an entity, a story or a search query had.

A series counts, per publication day, the articles (and for an entity its mentions) and divides the articles
by the day's total, so a busy news day does not pass for a surge of interest. Up to ``MAX_SERIES`` series are
compared on one chart (``/api/attention``, the entity and search pages, ``linimasa plot attention``).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .store import Store
from .store.attention_tables import SeriesKind

MAX_SERIES = 5


class UnknownSeries(LookupError):
    """An entity or story the collection does not have."""


@dataclass(frozen=True, slots=True)
class Point:
    day: str
    articles: int
    mentions: int
    share: float  # articles / the day's articles


@dataclass(frozen=True, slots=True)
class Series:
    kind: SeriesKind
    key: str  # the entity id (the collection's), the story id or the query
    label: str
    points: tuple[Point, ...]  # days with any article, in order


@dataclass(frozen=True, slots=True)
class Attention:
    totals: dict[str, int]  # articles per day over the series' span
    series: tuple[Series, ...]


def attention(store: Store, wanted: Sequence[tuple[SeriesKind, str]], *, since: str | None = None,
              until: str | None = None) -> Attention:
    """The series asked for (at most ``MAX_SERIES``); UnknownSeries for a missing entity or story, QueryError for
    a query that cannot be searched."""
    if len(wanted) > MAX_SERIES:
        raise ValueError(f"at most {MAX_SERIES} series on one chart ({len(wanted)} asked for)")
    series = [_series(store, kind, key, since=since, until=until) for kind, key in wanted]
    days = [p.day for s in series for p in s.points]
    totals = store.day_totals(since=since or min(days, default=None), until=until or max(days, default=None))
    return Attention(totals, tuple(_normalised(s, totals) for s in series))


def _series(store: Store, kind: SeriesKind, key: str, *, since: str | None, until: str | None) -> Series:
    label = key
    if kind == "entity":
        found = store.entity(key)  # a linked short name gives the full name's entity
        if found is None:
            raise UnknownSeries(f"no entity {key}")
        key, label = found["id"], found["name"]
    elif kind == "story":
        key = store.current_story(key)
        if not store.story_articles(key):
            raise UnknownSeries(f"no story {key}")
    counts = store.day_counts(kind, key, since=since, until=until)
    return Series(kind, key, label, tuple(Point(c.day, c.articles, c.mentions, 0.0) for c in counts))


def _normalised(series: Series, totals: dict[str, int]) -> Series:
    points = tuple(Point(p.day, p.articles, p.mentions, round(p.articles / max(totals.get(p.day, 0), p.articles, 1), 4))
                   for p in series.points)
    return Series(series.kind, series.key, series.label, points)
