"""Date values as ranges, to compare dates of different precision (2023-07 vs 2023-07-26)."""
from __future__ import annotations

import datetime as dt
import re
from calendar import monthrange
from functools import lru_cache

DAY_TOLERANCE = 1  # sources in different time zones, or reporting overnight, differ by a day
REPORT_WINDOW = 7  # days before publication an undated past event may lie
PLAN_WINDOW = 60  # days after publication an undated planned event may lie

NOT_DAYS = 10_000  # days_apart of values that are not both days
Range = tuple[dt.date, dt.date]


@lru_cache(maxsize=65_536)  # a collection repeats few distinct values, and merging compares them often
def to_range(value: str | None) -> Range | None:
    if not value:
        return None
    if m := re.match(r"(\d{4})-(\d\d)-(\d\d)", value):
        day = dt.date(*map(int, m.groups()))
        return day, day
    if m := re.match(r"(\d{4})-W(\d\d)", value):
        monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return monday, monday + dt.timedelta(days=6)
    if m := re.match(r"(\d{4})-(\d\d)", value):
        year, month = int(m[1]), int(m[2])
        return dt.date(year, month, 1), dt.date(year, month, monthrange(year, month)[1])
    if m := re.match(r"(\d{4})", value):
        return dt.date(int(m[1]), 1, 1), dt.date(int(m[1]), 12, 31)
    return None


def precision(value: str | None) -> int:
    """Width in days, so smaller is more precise; unknown dates sort last."""
    span = to_range(value)
    return (span[1] - span[0]).days if span else 10_000


def compatible(a: str | None, b: str | None) -> bool:
    """One range contains the other, or two days lie within the tolerance."""
    ra, rb = to_range(a), to_range(b)
    if not ra or not rb:
        return False
    if ra[0] == ra[1] and rb[0] == rb[1]:
        return abs((ra[0] - rb[0]).days) <= DAY_TOLERANCE
    return (ra[0] <= rb[0] and rb[1] <= ra[1]) or (rb[0] <= ra[0] and ra[1] <= rb[1])


def days_apart(a: str | None, b: str | None) -> int:
    """Days between two day values; ``NOT_DAYS`` when either is not a day."""
    ra, rb = to_range(a), to_range(b)
    if not ra or not rb or ra[0] != ra[1] or rb[0] != rb[1]:
        return NOT_DAYS
    return abs((ra[0] - rb[0]).days)


def near_publication(value: str | None, published: str | None, *, planned: bool) -> bool:
    """Could an event the article dates only by its publication date be the one on ``value``?"""
    span, dct = to_range(value), to_range(published)
    if not span or not dct:
        return False
    lo = dct[0] if planned else dct[0] - dt.timedelta(days=REPORT_WINDOW)
    hi = dct[0] + dt.timedelta(days=PLAN_WINDOW if planned else 0)
    return span[0] <= hi and lo <= span[1]


def retrospective(value: str | None, published: str | None) -> bool:
    """Does ``value`` end well before publication (a past event recalled, not the news being reported)?"""
    span, dct = to_range(value), to_range(published)
    return span is not None and dct is not None and span[1] < dct[0] - dt.timedelta(days=REPORT_WINDOW)


def year(value: str | None) -> int | None:
    span = to_range(value)
    return span[0].year if span else None
