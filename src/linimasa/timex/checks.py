"""Date warnings beyond a weekday that contradicts its date, with messages an Indonesian reader can act on.

- ``impossible_date``: a day the calendar does not have ("31/9/2014"); the timex keeps the month.
- ``year_mismatch``: a date said to be near ("kemarin", "Senin ... lalu", "hari ini, Kamis (11/12/2013)") whose
  year puts it far from the publication date: most often a mistyped year.
- ``future_date``: a day after the publication date told as past ("Senin (5/1/2015) lalu", "pernah ... pada
  5 Januari 2015" in an article of 29 December 2014): a mistyped day, month or year.
"""
from __future__ import annotations

import datetime as dt
import re

from ..lang.id import dates
from ..model import TextWarning, Timex
from . import calc
from .cues import FUTURE_CUE, clause_before
from .reading import Reading

MONTH_NAMES = {number: name.title() for name, number in dates.MONTHS.items() if name not in ("pebruari", "nopember")}
# A relative word on a date says it is near: "kemarin (28/12)", "Senin (22/12/2014) lalu", "hari ini, Kamis (...)".
NEAR_AFTER = re.compile(r"\)\s*(?:lalu|kemarin|silam|ini|mendatang|depan)\b", re.IGNORECASE)
NEAR_WORD = r"(?:kemarin|hari\s+ini|besok|tadi|semalam)"
NEAR_BEFORE = re.compile(rf"\b{NEAR_WORD}\s*,?\s*$", re.IGNORECASE)
NEAR_OPENING = re.compile(rf"{NEAR_WORD}\b", re.IGNORECASE)
TOLD_AS_PAST_AFTER = re.compile(r"\s*(?:lalu|silam|kemarin)\b", re.IGNORECASE)
TOLD_AS_PAST_END = re.compile(r"\b(?:lalu|silam|kemarin)$", re.IGNORECASE)
TOLD_AS_PAST_BEFORE = re.compile(r"\b(?:pernah|sempat|telah\s+terjadi|sudah\s+terjadi)\b", re.IGNORECASE)
NEAR_DAYS = 45  # a "near" date this far from the publication date has the wrong year
AHEAD_DAYS = 1  # time zones and late-night publication make the next day still "now"


def impossible_date(reading: Reading, text: str, year: int) -> TextWarning:
    month = reading.month or 1
    last = (calc.safe_date(*calc.add_months(year, month, 1), 1) or dt.date(year, 12, 31)) - dt.timedelta(days=1)
    said = text[reading.start:reading.end]
    message = (f"Tanggal {reading.day} {MONTH_NAMES[month]} {year} tidak ada ({said!r}): {MONTH_NAMES[month]} "
               f"{year} hanya sampai tanggal {last.day}. Periksa tanggal di sumber; dibaca sebagai bulan {month:02d}.")
    return TextWarning(reading.start, reading.end, "impossible_date", message)


def date_checks(timexes: list[Timex], text: str, dct: dt.date | None, flagged: set[int]) -> list[TextWarning]:
    """Warnings on resolved day timexes; ``flagged`` holds starts that already carry a weekday warning."""
    if dct is None:
        return []
    found = []
    for timex in timexes:
        day = calc.parse_iso_day(timex.value) if len(timex.value) >= 10 and timex.type != "DURATION" else None
        if day is None or timex.start in flagged:
            continue
        warning = _year_mismatch(timex, day, text, dct) or _future_told_as_past(timex, day, text, dct)
        if warning:
            found.append(warning)
    return found


def _year_mismatch(timex: Timex, day: dt.date, text: str, dct: dt.date) -> TextWarning | None:
    said = text[timex.start:timex.end]
    if day.year == dct.year or abs((day - dct).days) <= NEAR_DAYS or "(" not in said:
        return None
    near = (NEAR_AFTER.search(said) or NEAR_OPENING.match(said)
            or NEAR_BEFORE.search(text, max(0, timex.start - 15), timex.start))
    if not near:
        return None
    message = (f"{said!r} ditulis sebagai waktu dekat, tetapi tahunnya ({day.year}) jauh dari tanggal terbit "
               f"({calc.day_value(dct)}). Kemungkinan salah ketik tahun; periksa di sumber.")
    return TextWarning(timex.start, timex.end, "year_mismatch", message)


def _future_told_as_past(timex: Timex, day: dt.date, text: str, dct: dt.date) -> TextWarning | None:
    if (day - dct).days <= AHEAD_DAYS:
        return None
    clause, said = clause_before(text, timex.start), text[timex.start:timex.end]
    past = (TOLD_AS_PAST_END.search(said) or TOLD_AS_PAST_AFTER.match(text, timex.end)
            or TOLD_AS_PAST_BEFORE.search(clause))
    if not past or FUTURE_CUE.search(clause):
        return None
    message = (f"{said!r} ({calc.day_value(day)}) jatuh sesudah tanggal terbit ({calc.day_value(dct)}), "
               f"tetapi diceritakan sebagai sudah terjadi. Kemungkinan salah ketik tanggal; periksa di sumber.")
    return TextWarning(timex.start, timex.end, "future_date", message)
