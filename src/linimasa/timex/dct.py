"""Infer the document creation time (DCT) of an article that carries no date metadata.

News opens with the reporting date ("JAKARTA, Kompas - ... Rabu (26/7/2023)"), so the DCT is
the latest explicit day named in the opening sentences; a day without a year gets the year
its weekday and the years named in the text support (see ``years.infer_year``).
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator

from . import calc
from .parse import Reading
from .years import Anchor, infer_year

DAY_RULES = frozenset({"wd_numdate", "wd_textdate", "textdate", "numdate"})
OPENING_SENTENCES = 3
OPENING_MIN_CHARS = 300
SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def parse_dct(value: str | dt.date | None) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    return calc.parse_iso_day(value)


def explicit_years(readings: Iterable[Reading]) -> Iterator[int]:
    for reading in readings:
        if reading.rule == "year_range" and reading.value:
            yield int(reading.value[-4:])
        elif reading.year and reading.emit:
            yield reading.year


def opening_end(text: str) -> int:
    ends = [m.end() for _, m in zip(range(OPENING_SENTENCES), SENTENCE_END.finditer(text))]
    return max(OPENING_MIN_CHARS, ends[-1] if ends else len(text))


def infer_dct(readings: list[Reading], text: str) -> dt.date | None:
    """The latest weekday-consistent day named in the opening, else the latest named there at all."""
    anchor = Anchor(latest_year=max(explicit_years(readings), default=None))
    limit = opening_end(text)
    consistent: list[dt.date] = []
    inconsistent: list[dt.date] = []
    for reading in readings:
        if reading.rule not in DAY_RULES or reading.start >= limit:
            continue
        year = reading.year or infer_year(reading.month or 0, reading.day or 0, reading.weekday, anchor)
        day = calc.safe_date(year, reading.month, reading.day)
        if day is not None:
            fits = reading.weekday is None or day.weekday() == reading.weekday
            (consistent if fits else inconsistent).append(day)
    return max(consistent or inconsistent, default=None)
