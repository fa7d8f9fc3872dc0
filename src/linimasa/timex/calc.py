"""Small calendar arithmetic that never raises on impossible dates."""
from __future__ import annotations

import datetime as dt
import re

WEEKDAY_NAMES = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


def safe_date(year: int | None, month: int | None, day: int | None) -> dt.date | None:
    if year is None or month is None or day is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def day_value(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}-{day.day:02d}"


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def week_value(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


def add_days(day: dt.date, delta: int) -> dt.date | None:
    try:
        return day + dt.timedelta(days=delta)
    except OverflowError:
        return None


def nearest_weekday(anchor: dt.date, weekday: int, *, direction: int) -> dt.date | None:
    """The ``weekday`` on or before (direction -1), strictly before (-2), on or after (1), strictly after (2)."""
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    delta = {-1: -back, -2: -(back or 7), 1: ahead, 2: ahead or 7}[direction]
    return add_days(anchor, delta)


ISO_DAY = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")


def parse_iso_day(value: str | None) -> dt.date | None:
    """The day of ``2023-07-27``, ``2023-07-27T10:00+07:00`` or the unpadded ``2013-12-6``."""
    match = ISO_DAY.match(value or "")
    return safe_date(*map(int, match.groups())) if match else None
