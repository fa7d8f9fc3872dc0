"""Infer the document creation time (DCT) of an article that carries no date metadata.

News opens with the reporting date ("JAKARTA, Kompas - ... Rabu (26/7/2023)") and dates its
statements with a weekday ("kata Ali, Senin (16/9/2019)"), so the DCT is the latest of the days named
in the opening sentences and the weekday-dates anywhere; a day without a year gets the year its
weekday and the years named in the text support (see ``years.infer_year``).
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator

from ..lang.id import cues as speech
from . import calc
from .cues import clause_before, future_cue
from .reading import Reading
from .years import Anchor, infer_year

DAY_RULES = frozenset({"wd_numdate", "wd_textdate", "textdate", "numdate"})
WEEKDAY_RULES = frozenset({"wd_numdate", "wd_textdate"})
OPENING_SENTENCES = 3
OPENING_MIN_CHARS = 300
REPORT_DELAY = dt.timedelta(days=7)  # a report is out at most this long after the latest statement it dates
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


def infer_dct(readings: list[Reading], text: str, *, latest_year: int | None = None) -> tuple[dt.date, str] | None:
    """The latest weekday-consistent day among those named in the opening and the "weekday (date)"
    anywhere, the Indonesian form of a reporting day ("kata Ali, Senin (16/9/2019)"); failing that, a
    day of the opening whose weekday is wrong, else the named weekday nearest a reporting day
    ("Rabu (17/9/2019)": Wednesday 18/9).

    Returns the day and the ``published`` value, with the clock time and UTC offset when the text
    gives them ("13 September 2023, 21:10 WIB" -> ``2023-09-13T21:10+07:00``). ``latest_year``: the year a day
    without one is placed near (default: the latest year the text names).
    """
    anchor = Anchor(latest_year=latest_year or max(explicit_years(readings), default=None))
    limit = opening_end(text)
    candidates = [r for r in readings if r.rule in DAY_RULES and _may_be_today(r, text)]
    opening = [r for r in candidates if r.start < limit]
    # past the opening, a weekday-date in a future clause is a plan ("akan digelar pada Selasa (24/9/2019)")
    reporting = [r for r in candidates if r.rule in WEEKDAY_RULES and r.start >= limit
                 and (_stated(text, r) or not future_cue(text, r.start, r.end))]
    # a report comes out within days of the statements it dates, not months later: a later day of the opening
    # is a plan ("Cukai Rokok Naik 23% di 1 Januari 2020" over "…," ujarnya …, Jumat (13/9/2019))
    weekdays = [r for r in candidates if r.rule in WEEKDAY_RULES and _stated(text, r)]
    said = _latest(weekdays, anchor, consistent_only=True)
    cap = said[0] + REPORT_DELAY if said else None
    found = (_latest(opening + reporting, anchor, consistent_only=True, not_after=cap)
             or _latest(opening, anchor, consistent_only=False, not_after=cap) or _weekday_of(reporting))
    return (found[0], _published(*found)) if found else None


def _weekday_of(readings: list[Reading]) -> tuple[dt.date, Reading] | None:
    """The latest weekday-date with a full date, moved to the nearest day of its weekday (the writer's slip)."""
    days = []
    for reading in readings:
        day = calc.safe_date(reading.year, reading.month, reading.day) if reading.year else None
        if day is not None and reading.weekday is not None:
            shift = (reading.weekday - day.weekday() + 3) % 7 - 3  # -3 .. +3 days
            days.append((day + dt.timedelta(days=shift), reading))
    return max(days, key=lambda found: found[0], default=None)


def _published(day: dt.date, reading: Reading) -> str:
    if reading.hour is None:
        return day.isoformat()
    return f"{day.isoformat()}T{reading.hour:02d}:{reading.minute:02d}{reading.zone or ''}"


def _may_be_today(reading: Reading, text: str) -> bool:
    """Not a day the text places before or after the report ("3 September silam", "akan ... 15 Oktober")."""
    if RELATIVE_TAIL.search(text, reading.start, reading.end):
        return False
    # "kata Ali, Senin (16/9/2019)" is how reports are dated, whatever the clause says
    return reading.rule == "wd_numdate" or _stated(text, reading) or not future_cue(text, reading.start, reading.end)


def _stated(text: str, reading: Reading) -> bool:
    """A weekday-date after a speech cue dates the statement ("kata Maas dalam jumpa pers pada Kamis, …")."""
    words = {w.lower().removesuffix("nya") for w in re.findall(r"\w+", clause_before(text, reading.start))}
    return reading.rule in WEEKDAY_RULES and bool(words & (speech.POSTPOSED | speech.SPEECH_VERBS))


def _latest(readings: list[Reading], anchor: Anchor, *, consistent_only: bool,
            not_after: dt.date | None = None) -> tuple[dt.date, Reading] | None:
    consistent: list[tuple[dt.date, Reading]] = []
    inconsistent: list[tuple[dt.date, Reading]] = []
    for reading in readings:
        year = reading.year or infer_year(reading.month or 0, reading.day or 0, reading.weekday, anchor)
        day = calc.safe_date(year, reading.month, reading.day)
        if day is not None and (not_after is None or day <= not_after):
            fits = reading.weekday is None or day.weekday() == reading.weekday
            (consistent if fits else inconsistent).append((day, reading))
    return max(consistent or ([] if consistent_only else inconsistent), key=lambda found: found[0], default=None)
