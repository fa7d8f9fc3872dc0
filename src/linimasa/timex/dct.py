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
from .cues import future_cue
from .reading import Reading
from .years import Anchor, infer_year

DAY_RULES = frozenset({"wd_numdate", "wd_textdate", "textdate", "numdate"})
WEEKDAY_RULES = frozenset({"wd_numdate", "wd_textdate"})
OPENING_SENTENCES = 3
OPENING_MIN_CHARS = 300
SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
RELATIVE_TAIL = re.compile(r"\s(?:lalu|silam|kemarin|mendatang|datang)$", re.IGNORECASE)


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
    ends = [m.end() for _, m in zip(range(OPENING_SENTENCES), SENTENCE_END.finditer(text), strict=False)]
    return max(OPENING_MIN_CHARS, ends[-1] if ends else len(text))


def infer_dct(readings: list[Reading], text: str) -> tuple[dt.date, str] | None:
    """The latest day named in the opening (weekday-consistent ones first); failing that, the latest
    "weekday (date)" anywhere, the Indonesian form of a reporting day ("kata Ali, Senin (16/9/2019)").

    Returns the day and the ``published`` value, with the clock time and UTC offset when the text
    gives them ("13 September 2023, 21:10 WIB" -> ``2023-09-13T21:10+07:00``).
    """
    anchor = Anchor(latest_year=max(explicit_years(readings), default=None))
    limit = opening_end(text)
    candidates = [r for r in readings if r.rule in DAY_RULES and _may_be_today(r, text)]
    opening = [r for r in candidates if r.start < limit]
    reporting = [r for r in candidates if r.rule in WEEKDAY_RULES and r.start >= limit]
    found = _latest(opening, anchor, consistent_only=False) or _latest(reporting, anchor, consistent_only=True)
    return (found[0], _published(*found)) if found else None


def _published(day: dt.date, reading: Reading) -> str:
    if reading.hour is None:
        return day.isoformat()
    return f"{day.isoformat()}T{reading.hour:02d}:{reading.minute:02d}{reading.zone or ''}"


def _may_be_today(reading: Reading, text: str) -> bool:
    """Not a day the text places before or after the report ("3 September silam", "akan ... 15 Oktober")."""
    if RELATIVE_TAIL.search(text, reading.start, reading.end):
        return False
    # "kata Ali, Senin (16/9/2019)" is how reports are dated, whatever the clause says
    return reading.rule == "wd_numdate" or not future_cue(text, reading.start, reading.end)


def _latest(readings: list[Reading], anchor: Anchor, *, consistent_only: bool) -> tuple[dt.date, Reading] | None:
    consistent: list[tuple[dt.date, Reading]] = []
    inconsistent: list[tuple[dt.date, Reading]] = []
    for reading in readings:
        year = reading.year or infer_year(reading.month or 0, reading.day or 0, reading.weekday, anchor)
        day = calc.safe_date(year, reading.month, reading.day)
        if day is not None:
            fits = reading.weekday is None or day.weekday() == reading.weekday
            (consistent if fits else inconsistent).append((day, reading))
    return max(consistent or ([] if consistent_only else inconsistent), key=lambda found: found[0], default=None)
