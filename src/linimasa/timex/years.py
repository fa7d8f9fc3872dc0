"""The DCT anchor, year inference for dates without a year, and the weekday consistency check."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..model import TextWarning
from . import calc
from .reading import Reading

YEAR_REACH = 12  # years searched for a weekday-consistent reading
RECENT_DAYS = 7  # a yearless weekday-date this close before the DCT is of its week, whatever the weekday says
SLIP_DAYS = 3  # a yearless day's weekday at most this far off names the day (the number is the slip)


@dataclass(frozen=True, slots=True)
class Anchor:
    dct: dt.date | None = None
    known: bool = False  # the DCT came from the caller or metadata, not from the text
    latest_year: int | None = None  # latest explicit year in the text


def infer_year(month: int, day: int, weekday: int | None, anchor: Anchor, *, future: bool = False) -> int | None:
    """The year of ``day/month``.

    With a DCT: the DCT's year for a day of the week before it ("Jumat, 14 September" in a report of Saturday
    14/9/2019 is that week's Friday, not the last year whose 14 September was a Friday); else the
    weekday-consistent year nearest to it (after it when ``future``).
    Without one: the weekday-consistent year nearest the latest year the text names, a later one
    on a tie (news reports the present; named years are the past, and a weekday-date years away from
    every year the article is about is a slip, not a date decades off).
    """
    if anchor.dct is not None and weekday is not None and recent(month, day, anchor.dct):
        return anchor.dct.year
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
    return (matching or years)[0] if years else None


def recent(month: int, day: int, dct: dt.date) -> bool:
    written = calc.safe_date(dct.year, month, day)
    return written is not None and 0 <= (dct - written).days <= RECENT_DAYS


def _distance(year: int, month: int, day: int, base: dt.date, future: bool) -> int:
    date = calc.safe_date(year, month, day)
    if date is None:
        return 10**6
    days = (date - base).days
    return abs(days) + (400 if future and days < 0 else 0)


def check_weekday(day: dt.date, reading: Reading, anchor: Anchor, warnings: list[TextWarning]) -> dt.date:
    """Warn when the weekday and the date disagree; prefer the reading the DCT supports."""
    weekday = reading.weekday
    if weekday is None or day.weekday() == weekday:
        return day
    fixed = _correction(day, weekday, anchor.dct) or (_slip(day, weekday, anchor.dct) if reading.year is None else None)
    said = calc.WEEKDAY_NAMES[weekday]
    message = (f"Hari {said} tidak cocok dengan tanggal {calc.day_value(day)}, yang jatuh pada hari "
               f"{calc.WEEKDAY_NAMES[day.weekday()]}"
               + (f"; dibaca sebagai {calc.day_value(fixed)}, hari {said} terdekat dengan tanggal terbit." if fixed
                  else ". Periksa tanggal di sumber."))
    warnings.append(TextWarning(reading.start, reading.end, "weekday_mismatch", message))
    return fixed or day


def _correction(day: dt.date, weekday: int, dct: dt.date | None) -> dt.date | None:
    """The named weekday within a week of the DCT, in its month or the one before, whose day number is the one
    written, or, when the written day is not itself within that week, one mistyped digit away from it
    ("Rabu (14/12/2014)" in a report of 25/12 -> the 24th; "Jumat (19/9/2019)" of 19/9 stays as written)."""
    if dct is None:
        return None
    near = abs((day.replace(year=dct.year) - dct).days) <= 7 if calc.safe_date(dct.year, day.month, day.day) else False
    numbers = [day.day] if near else _one_digit_away(day.day)
    candidates = [calc.safe_date(year, month, number)
                  for year, month in ((dct.year, dct.month), calc.add_months(dct.year, dct.month, -1))
                  for number in numbers]
    fitting = [c for c in candidates if c and c.weekday() == weekday and abs((c - dct).days) <= 7]
    return min(fitting, key=lambda c: (c.day != day.day, abs((c - dct).days)), default=None)


def _slip(day: dt.date, weekday: int, dct: dt.date | None) -> dt.date | None:
    """For a day written without a year near the DCT, the named weekday at most three days from it and not after
    the DCT ("Jumat, 14 September" in a report of Saturday 14/9/2019 -> Friday 13/9)."""
    if dct is None or not recent(day.month, day.day, dct):
        return None
    fixed = day + dt.timedelta(days=(weekday - day.weekday() + SLIP_DAYS) % 7 - SLIP_DAYS)
    return fixed if fixed <= dct else None


def _one_digit_away(number: int) -> list[int]:
    """``number`` and the day numbers that differ from it in one digit of its two-digit form."""
    tens, units = divmod(number, 10)
    return [number] + [t * 10 + units for t in range(4) if t != tens] + [tens * 10 + u for u in range(10) if u != units]
