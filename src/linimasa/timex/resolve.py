"""Anchor readings: relative expressions against the DCT, anaphora against the time in focus.

Walks the readings in text order with a ``Focus`` (see ``focus``): the day of the event being told
(clock times, parts of day, ``hari itu``, ``keesokan harinya``) and the last date named (``saat itu``).
Values follow the IndoTimex conventions; where a value is anaphoric (``saat itu`` -> PAST_REF) the date it
stands for is kept apart in ``Timex.anchor``.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from ..lang.id.dates import PERIOD_MODIFIERS
from ..model import TextWarning, Timex
from . import calc
from .checks import date_checks, impossible_date
from .cues import future_cue, tense
from .focus import Focus
from .reading import Reading
from .years import Anchor, check_weekday, infer_year

LEADING_DIGITS = re.compile(r"\d+")
DATE_AFTER_TIME = re.compile(r"\s*,?\s*(?:pada\s+)?", re.IGNORECASE)  # "pukul 06.17 WIB pada Minggu (28/12/2014)"


def _with_clock(day: dt.date | None, reading: Reading) -> str | None:
    if day is None:
        return None
    value = calc.day_value(day)
    if reading.hour is not None:
        return f"{value}T{reading.hour:02d}:{reading.minute:02d}"
    return f"{value}T{reading.part}" if reading.part else value


def _explicit(reading: Reading, text: str, focus: Focus) -> str | None:
    year = reading.year
    if year is None:
        year = infer_year(reading.month or 0, reading.day or 0, reading.weekday, focus.anchor,
                          future=future_cue(text, reading.start, reading.end))
        if year is None:
            return f"XXXX-{reading.month:02d}-{reading.day:02d}"
        if not focus.anchor.known:
            said = text[reading.start:reading.end]
            focus.warnings.append(TextWarning(reading.start, reading.end, "missing_year",
                                          f"{said!r} tidak menyebut tahun; dibaca sebagai tahun {year}."))
    day = calc.safe_date(year, reading.month, reading.day)
    if day is None:  # "31/9/2014": kept at the month it names, and flagged
        focus.warnings.append(impossible_date(reading, text, year))
        return calc.month_value(year, reading.month or 1)
    if reading.weekday is not None:
        day = check_weekday(day, reading, focus.anchor, focus.warnings)
    return _with_clock(day, reading)


def _nearest(dct: dt.date, size: int, index: int, tense: int | None) -> int:
    """The year of period ``index`` (month 1-12, quarter 1-4) nearest the DCT's, bent by tense."""
    now = (dct.month - 1) * size // 12 + 1
    ahead, behind = (index - now) % size, (now - index) % size
    if tense == 1 or (tense is None and 2 * ahead < behind):  # news mostly reports the past
        return dct.year + (1 if index < now else 0)
    return dct.year - (1 if index > now else 0)


def _month(reading: Reading, text: str, focus: Focus) -> str | None:
    dct, month = focus.anchor.dct, reading.month or 0
    if dct is None:
        return f"XXXX-{month:02d}"
    if reading.direction is None:
        return calc.month_value(_nearest(dct, 12, month, tense(text, reading.start, reading.end)), month)
    if reading.unit == "tahun":
        return calc.month_value(dct.year + reading.direction, month)
    year = dct.year
    # "akhir September mendatang" in a report of 16 September: the end of this month, still ahead
    this_month = month == dct.month and text[reading.start:reading.end].lower().startswith(PERIOD_MODIFIERS)
    if reading.direction == 1 and month <= dct.month and not this_month:
        year += 1
    if reading.direction == -1 and month >= dct.month and not this_month:
        year -= 1
    return calc.month_value(year, month)


def _season(reading: Reading, text: str, focus: Focus) -> str | None:
    """ "musim panas lalu": the last summer that has ended; "musim dingin mendatang": the next one."""
    dct = focus.anchor.dct
    if dct is None:
        return None
    ended = (reading.month or 0) < dct.month
    shift = {-1: 0 if ended else -1, 0: 0, 1: 1 if ended else 0}[reading.direction or 0]
    return f"{dct.year + shift:04d}-{reading.unit}"


def _year_part(reading: Reading, text: str, focus: Focus) -> str | None:
    dct, size, index = focus.anchor.dct, 4 if reading.unit == "Q" else 2, int(reading.amount or 1)
    if dct is None:
        return None
    if reading.direction is not None:
        year = dct.year + reading.direction
    else:
        year = _nearest(dct, size, index, tense(text, reading.start, reading.end))
    return f"{year:04d}-{reading.unit}{index}"


def _unit_value(base: dt.date, unit: str, amount: int) -> str | None:
    if unit == "hari":
        day = calc.add_days(base, amount)
        return calc.day_value(day) if day else None
    if unit in ("pekan", "minggu"):
        day = calc.add_days(base, 7 * amount)
        return calc.week_value(day) if day else None
    if unit == "bulan":
        return calc.month_value(*calc.add_months(base.year, base.month, amount))
    years = {"tahun": 1, "dekade": 10, "abad": 100}.get(unit)
    year = base.year + amount * (years or 0)
    if not years or not 0 < year <= 9999:
        return None
    # a decade or a century is named by its leading digits: 201 (2010s), 20 (2000s)
    return {"tahun": f"{year:04d}", "dekade": f"{year // 10:03d}", "abad": f"{year // 100:02d}"}[unit]


def _anaphoric_base(unit: str, focus: Focus) -> dt.date | None:
    """The focus as a day to count from, if it is fine-grained enough for ``unit``."""
    if unit in ("hari", "pekan", "minggu"):
        return focus.base_day()  # the event's day, else the day of the report it follows
    parts = (focus.any or "").split("-")
    if not parts[0].isdigit() or (unit == "bulan" and len(parts) < 2):
        return None
    return calc.safe_date(int(parts[0]), int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 1, 1)


def _relative(reading: Reading, text: str, focus: Focus) -> str | None:
    sign = reading.direction or 0
    anaphoric = reading.rule == "ago" and text[reading.start:reading.end].lower().endswith(("kemudian", "sebelumnya"))
    base = _anaphoric_base(reading.unit or "", focus) if anaphoric else focus.anchor.dct
    if base is None or reading.unit in ("jam", "menit") or (reading.rule == "ago" and reading.amount is None):
        return {-1: "PAST_REF", 0: "PRESENT_REF", 1: "FUTURE_REF"}[max(-1, min(1, sign))]
    steps = sign * (int(reading.amount) if reading.rule == "ago" and reading.amount is not None else 1)
    value = _unit_value(base, reading.unit or "", steps)
    return f"{value}-WE" if value and reading.rule == "weekend" else value


def _weekend(reading: Reading, text: str, focus: Focus) -> str | None:
    if reading.direction is not None or focus.anchor.dct is None:
        return _relative(reading, text, focus)
    behind = focus.anchor.dct.weekday() < 5 and not future_cue(text, reading.start, reading.end)
    return _relative(replace(reading, direction=-1 if behind else 0), text, focus)


def _weekday(reading: Reading, text: str, focus: Focus) -> str | None:
    dct = focus.anchor.dct
    if dct is None:
        return f"XXXX-WXX-{(reading.weekday or 0) + 1}"
    if reading.unit == "pekan":
        week = calc.add_days(dct, 7 * (reading.direction or 0))
        return _with_clock(week and calc.add_days(week, (reading.weekday or 0) - week.weekday()), reading)
    direction = {-1: -2, 1: 2, 0: 0}.get(reading.direction) if reading.direction is not None else None
    named = focus.named_weekday(reading.weekday or 0) if direction is None else None
    if named is not None:  # "pertemuan pada Kamis (27/11/2014) ... pertemuan Kamis": the Thursday named
        return _with_clock(named, reading)
    if direction is None:
        direction = 1 if future_cue(text, reading.start, reading.end) else -1
    if direction == 0:
        day = calc.add_days(dct, (reading.weekday or 0) - dct.weekday())
    else:
        day = calc.nearest_weekday(dct, reading.weekday or 0, direction=direction)
    return _with_clock(day, reading)


def _deictic(reading: Reading, text: str, focus: Focus) -> str | None:
    keesokan = text[reading.start:reading.end].lower().startswith("keesokan")
    base = focus.base_day() if keesokan or reading.rule == "part_focus" else focus.anchor.dct
    if base is None:
        return "PRESENT_REF" if not reading.amount else ("FUTURE_REF" if (reading.amount or 0) > 0 else "PAST_REF")
    return _with_clock(calc.add_days(base, int(reading.amount or 0)), reading)


def _time(reading: Reading, text: str, focus: Focus) -> str | None:
    """A clock time takes the day in focus, or the dated day right after it ("pukul 7:55 WIB, Jumat (5/12/2014)")."""
    ahead, day = focus.ahead, None
    if ahead is not None and ahead.year is not None and DATE_AFTER_TIME.fullmatch(text, reading.end, ahead.start):
        day = calc.safe_date(ahead.year, ahead.month, ahead.day)
    day = day or focus.base_day()
    return _with_clock(day, reading) if day else f"T{reading.hour:02d}:{reading.minute:02d}"


def _anaphor(reading: Reading, text: str, focus: Focus) -> str | None:
    """ "hari itu" is the day in focus; "saat itu" is PAST_REF (its date goes to the anchor)."""
    if reading.rule == "anaphor_day":
        return calc.day_value(focus.day) if focus.day else "PAST_REF"
    return "PAST_REF"


def _holiday(reading: Reading, text: str, focus: Focus) -> str | None:
    """A bare "Natal" or "Tahun Baru": the one nearest the DCT."""
    dct = focus.anchor.dct
    if dct is None:
        return f"XXXX-{reading.month:02d}-{reading.day:02d}"
    days = [calc.safe_date(dct.year + shift, reading.month, reading.day) for shift in (-1, 0, 1)]
    return calc.day_value(min((d for d in days if d), key=lambda d: abs((d - dct).days)))


def _anchor(reading: Reading, focus: Focus) -> str | None:
    """The date an anaphoric value stands for: "saat itu" (PAST_REF) is the date last named. "saat ini" is
    left without one: it says "now", and the event stage already falls back to the publication date."""
    return focus.any if reading.rule == "anaphor" else None


RESOLVERS = {
    "wd_numdate": _explicit, "wd_textdate": _explicit, "textdate": _explicit, "numdate": _explicit,
    "deictic_numdate": _explicit, "month_dir": _month, "month": _month, "month_bare": _month,
    "year_part": _year_part, "season": _season, "period_now": _relative, "relunit": _relative, "ago": _relative,
    "weekend": _weekend, "weekday": _weekday, "deictic": _deictic, "part_deictic": _deictic, "time": _time,
    "anaphor_day": _anaphor, "anaphor": _anaphor, "time_date": _explicit, "time_deictic": _deictic,
    "clock": _time, "part_focus": _deictic, "holiday": _holiday, "month_range": _month,
}


def _in_calendar(value: str) -> bool:
    """Anchoring near year 1 or 9999 can step outside ISO years 0001-9999; such values are dropped."""
    year = LEADING_DIGITS.match(value)
    return not year or len(year.group()) < 4 or (len(year.group()) == 4 and year.group() != "0000")


def resolve(readings: list[Reading], text: str, anchor: Anchor) -> tuple[list[Timex], list[TextWarning]]:
    focus = Focus(anchor, text)
    timexes: list[Timex] = []
    for reading, ahead in zip(readings, [*readings[1:], None], strict=False):  # no reading: one None
        focus.ahead = ahead
        if reading.rule == "shift":
            if reading.unit == "hari" and reading.amount:
                focus.shift = (int(reading.amount) * (reading.direction or 0), reading.end)
            continue
        if not reading.emit:
            continue
        resolver = RESOLVERS.get(reading.rule)
        value = reading.value if resolver is None or reading.value else resolver(reading, text, focus)
        if value is None or not _in_calendar(value):
            continue
        anchored = resolver is not None and reading.value is None and value[:1].isdigit()
        timexes.append(Timex(reading.start, reading.end, reading.type, value, anchored, _anchor(reading, focus)))
        focus.update(reading, value)
    flagged = {w.start for w in focus.warnings if w.code == "weekday_mismatch"}
    return timexes, focus.warnings + date_checks(timexes, text, anchor.dct, flagged)
