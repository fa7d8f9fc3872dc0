"""Layout of the zoomable timeline axis: the listed entries grouped per day, each group at a fraction of the span.

One marker per date however many entries share it, sized by their count, with their types and actors for
a tooltip; markers close together are stacked in rows so that none hides another. Month- and year-only
dates ("2024-05", "2018") keep their precision and are drawn apart from days.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from math import sqrt
from typing import Any

ROWS = 4
GAP = 2.4  # percent of the axis between two markers on one row at zoom 1
TRIM = 0.05  # far outliers (a 1950 war in a 2023 story) sit clamped at the ends of the axis
ACTORS_SHOWN = 6


@dataclass(frozen=True, slots=True)
class Group:
    key: str  # the date as stored, to the day (or month, or year)
    x: float  # 0..100, percent of the axis
    row: int
    count: int
    types: tuple[tuple[str, int], ...]  # (PLOVER type, entries), most frequent first
    actors: tuple[str, ...]  # most frequent first
    event_id: str | None  # the entry, when the group holds one
    precise: bool  # a day; a month or a year is drawn hollow
    outside: bool  # beyond the axis span, clamped to its end
    disputed: bool

    @property
    def radius(self) -> float:
        return round(6 + 3 * sqrt(self.count - 1), 1)


@dataclass(frozen=True, slots=True)
class Axis:
    first: str
    last: str
    groups: tuple[Group, ...]
    ticks: tuple[tuple[float, str], ...]  # (percent, date at the tick's precision)

    @property
    def height(self) -> int:
        return 40 + 34 * (1 + max((g.row for g in self.groups), default=0))


def parse_day(iso: str | None) -> date | None:
    parts = (iso or "").split("T")[0].split("-")
    try:
        year = int(parts[0])
        return date(year, int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None


def _key(iso: str) -> str:
    return iso.split("T")[0]


def _span(ordered: list[date]) -> tuple[date, date]:
    """First and last day on the axis: all days, except far outliers beyond the 5th-95th percentile."""
    cut = int(len(ordered) * TRIM)
    lo, hi = ordered[cut], ordered[-1 - cut]
    slack = timedelta(days=max((hi - lo).days // 4, 1))
    return min(d for d in ordered if d >= lo - slack), max(d for d in ordered if d <= hi + slack)


def _ticks(lo: date, hi: date) -> tuple[tuple[float, str], ...]:
    """Ticks on calendar boundaries: days for a span of weeks, months for a span of months, else years."""
    span = max((hi - lo).days, 1)
    if span <= 45:
        step = max(span // 10, 1)
        days = [lo + timedelta(days=k) for k in range(0, span + 1, step)]
        return tuple((round(100 * (d - lo).days / span, 3), d.isoformat()) for d in days)
    if span <= 3 * 366:
        every = 1 if span <= 400 else 3
        marks = [date(y, m, 1) for y in range(lo.year, hi.year + 1) for m in range(1, 13, every)]
        return tuple((round(100 * (d - lo).days / span, 3), d.isoformat()[:7]) for d in marks if lo <= d <= hi)
    every = max((hi.year - lo.year) // 10, 1)
    marks = [date(y, 1, 1) for y in range(lo.year, hi.year + 1, every)]
    return tuple((round(100 * (d - lo).days / span, 3), str(d.year)) for d in marks if lo <= d <= hi)


def _rows(xs: list[float]) -> list[int]:
    """Greedy stacking, left to right: each marker on the first row where it clears the last one (else wraps)."""
    ends = [-GAP] * ROWS
    rows = []
    for i, x in enumerate(xs):
        row = next((r for r in range(ROWS) if ends[r] + GAP <= x), i % ROWS)
        ends[row] = x
        rows.append(row)
    return rows


def _group(key: str, members: list[dict[str, Any]], x: float, row: int, outside: bool) -> Group:
    types = Counter(e.get("type") or "" for e in members)
    actors = Counter(a["name"] for e in members for a in e.get("actors", ()))
    return Group(key, x, row, len(members), tuple(types.most_common()),
                 tuple(name for name, _ in actors.most_common(ACTORS_SHOWN)),
                 members[0]["id"] if len(members) == 1 else None, len(key) == 10, outside,
                 any(e.get("disputed") for e in members))


def layout(events: list[dict[str, Any]]) -> Axis | None:
    """The axis of the events that have a usable date; None when none has one."""
    by_key: dict[str, list[dict[str, Any]]] = {}
    for e in events:
        if parse_day(e.get("date")) is not None:
            by_key.setdefault(_key(e["date"]), []).append(e)
    if not by_key:
        return None
    days = {key: parse_day(key) for key in by_key}
    lo, hi = _span(sorted(d for d in days.values() if d is not None))
    span = max((hi - lo).days, 1)
    keys = sorted(by_key, key=lambda k: (days[k], len(k)))
    xs = [min(100.0, max(0.0, round(100 * (days[k] - lo).days / span, 3))) for k in keys]  # type: ignore[operator]
    groups = tuple(_group(k, by_key[k], x, row, not lo <= days[k] <= hi)  # type: ignore[operator]
                   for k, x, row in zip(keys, xs, _rows(xs), strict=True))
    return Axis(lo.isoformat(), hi.isoformat(), groups, _ticks(lo, hi))
