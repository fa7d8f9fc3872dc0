"""Layout of the zoomable timeline axis: each dated event at a fraction of the covered span, plus ticks."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

MAX_TICKS = 12
ROWS = 6
LABEL_WIDTH = 7.0  # percent of the axis one label takes at zoom 1
TRIM = 0.05  # far outliers (a 1950 war in a 2023 story) sit clamped at the ends of the axis


@dataclass(frozen=True, slots=True)
class Axis:
    first: str
    last: str
    positions: dict[str, float]  # event id -> 0..100 (percent of the axis)
    outside: frozenset[str]  # events beyond the axis span, drawn clamped to its ends
    rows: dict[str, int]  # event id -> stacking row, so that labels on near dates do not overlap
    ticks: tuple[tuple[float, str], ...]


def parse_day(iso: str | None) -> date | None:
    parts = (iso or "").split("T")[0].split("-")
    try:
        year = int(parts[0])
        return date(year, int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None


def _ticks(lo: date, hi: date) -> tuple[tuple[float, str], ...]:
    span = max((hi - lo).days, 1)
    step = max(span // MAX_TICKS, 1)
    out = []
    for k in range(0, span + 1, step):
        day = date.fromordinal(lo.toordinal() + k)
        out.append((round(100 * k / span, 3), day.isoformat()))
    return tuple(out)


def _span(ordered: list[date]) -> tuple[date, date]:
    """First and last day on the axis: all days, except far outliers beyond the 5th-95th percentile."""
    cut = int(len(ordered) * TRIM)
    lo, hi = ordered[cut], ordered[-1 - cut]
    slack = timedelta(days=max((hi - lo).days // 4, 1))
    return min(d for d in ordered if d >= lo - slack), max(d for d in ordered if d <= hi + slack)


def _rows(positions: dict[str, float]) -> dict[str, int]:
    """Greedy stacking: each label goes to the first row whose last label ends before it (else wraps)."""
    ends = [-LABEL_WIDTH] * ROWS
    rows = {}
    for i, (event_id, pos) in enumerate(sorted(positions.items(), key=lambda item: item[1])):
        row = next((r for r in range(ROWS) if ends[r] + LABEL_WIDTH <= pos), i % ROWS)
        ends[row] = pos
        rows[event_id] = row
    return rows


def layout(events: list[dict[str, Any]]) -> Axis | None:
    """Positions for the events that have a usable date; None when none has one."""
    days = {e["id"]: d for e in events if (d := parse_day(e.get("date"))) is not None}
    if not days:
        return None
    lo, hi = _span(sorted(days.values()))
    span = max((hi - lo).days, 1)
    positions = {i: min(100.0, max(0.0, round(100 * (d - lo).days / span, 3))) for i, d in days.items()}
    outside = frozenset(i for i, d in days.items() if not lo <= d <= hi)
    return Axis(lo.isoformat(), hi.isoformat(), positions, outside, _rows(positions), _ticks(lo, hi))
