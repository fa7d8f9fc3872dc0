"""Layout of the zoomable timeline axis: each dated event at a fraction of the covered span, plus ticks."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

MAX_TICKS = 12


@dataclass(frozen=True, slots=True)
class Axis:
    first: str
    last: str
    positions: dict[str, float]  # event id -> 0..100 (percent of the axis)
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


def layout(events: list[dict]) -> Axis | None:
    """Positions for the events that have a usable date; None when none has one."""
    days = {e["id"]: d for e in events if (d := parse_day(e.get("date"))) is not None}
    if not days:
        return None
    lo, hi = min(days.values()), max(days.values())
    span = max((hi - lo).days, 1)
    positions = {i: round(100 * (d - lo).days / span, 3) for i, d in days.items()}
    return Axis(lo.isoformat(), hi.isoformat(), positions, _ticks(lo, hi))
