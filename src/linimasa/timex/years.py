"""The DCT anchor, year inference for dates without a year, and the weekday consistency check."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from ..model import Warning
from . import calc
from .reading import Reading

YEAR_REACH = 12  # years searched for a weekday-consistent reading


@dataclass(frozen=True, slots=True)
class Anchor:
    dct: dt.date | None = None
    known: bool = False  # the DCT came from the caller or metadata, not from the text
    latest_year: int | None = None  # latest explicit year in the text


def infer_year(month: int, day: int, weekday: int | None, anchor: Anchor, *, future: bool = False) -> int | None:
    """The year of ``day/month``.

    With a DCT: the weekday-consistent year nearest to it (after it when ``future``).
    Without one: the weekday-consistent year nearest the latest year the text names, a later one
    on a tie (news reports the present; named years are the past, and a weekday-date years away from
    every year the article is about is a slip, not a date decades off).
    """
    if anchor.dct is not None:
        base = anchor.dct
        years = sorted(range(base.year - 1, base.year + 2), key=lambda y: _distance(y, month, day, base, future))
    elif anchor.latest_year is not None:
        latest = anchor.latest_year
        years = sorted(range(latest - YEAR_REACH, latest + YEAR_REACH), key=lambda y: (abs(y - latest), y < latest))
    else:
        return None
    years = [y for y in years if calc.safe_date(y, month, day)]
    if weekday is None:
        return years[0] if years else None
    matching = [y for y in years if calc.safe_date(y, month, day).weekday() == weekday]  # type: ignore[union-attr]
    return (matching or years or [None])[0]


def _distance(year: int, month: int, day: int, base: dt.date, future: bool) -> int:
    date = calc.safe_date(year, month, day)
    if date is None:
        return 10**6
    days = (date - base).days
    return abs(days) + (400 if future and days < 0 else 0)


def check_weekday(day: dt.date, reading: Reading, anchor: Anchor, warnings: list[Warning]) -> dt.date:
    """Warn when the weekday and the date disagree; prefer the reading the DCT supports."""
    weekday = reading.weekday
    if weekday is None or day.weekday() == weekday:
        return day
    fixed = _correction(day, weekday, anchor.dct)
    said = calc.WEEKDAY_NAMES[weekday]
    message = (f"{said} does not match {calc.day_value(day)}, a {calc.WEEKDAY_NAMES[day.weekday()]}"
               + (f"; read as {calc.day_value(fixed)}, the {said} near the publication date" if fixed else ""))
    warnings.append(Warning(reading.start, reading.end, "weekday_mismatch", message))
    return fixed or day


def _correction(day: dt.date, weekday: int, dct: dt.date | None) -> dt.date | None:
    """The same day number in the DCT's month or the one before, when that is the named weekday."""
    if dct is None:
        return None
    for year, month in ((dct.year, dct.month), calc.add_months(dct.year, dct.month, -1)):
        candidate = calc.safe_date(year, month, day.day)
        if candidate and candidate.weekday() == weekday and abs((candidate - dct).days) <= 7:
            return candidate
    return None
