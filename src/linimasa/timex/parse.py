"""Turn grammar matches into ``Reading``s: what an expression says, before anchoring.

Fixed values (durations, years, references) are final here; relative ones keep their
parts (unit, direction, weekday) for ``resolve`` to anchor against the DCT or the focus.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ..lang.id import dates, numbers
from .grammar import COMPILED, matches


@dataclass(frozen=True, slots=True)
class Reading:
    rule: str
    start: int
    end: int
    type: str = "DATE"
    value: str | None = None  # final value when nothing needs anchoring
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    part: str | None = None  # MO, AF, EV, NI
    hour: int | None = None
    minute: int = 0
    unit: str | None = None
    amount: float | None = None
    direction: int | None = None
    emit: bool = True  # False: a cue read for its effect on the focus, not tagged


Groups = dict[str, str | None]
Handler = Callable[[Groups, int, int, str], "Reading | None"]
STREET_NUMBER = re.compile(r"\s+\d")
COUNT_NOUN = re.compile(r"\s+(?:" + "|".join(dates.COUNT_NOUNS) + r")\b", re.IGNORECASE)


def _int(raw: str | None) -> int | None:
    return int(raw) if raw and raw.isdigit() else None


def _month(raw: str | None) -> int | None:
    if not raw:
        return None
    key = raw.lower().rstrip(".")
    return dates.MONTHS.get(key) or dates.MONTH_ABBREVIATIONS.get(key)


def _weekday(raw: str | None) -> int | None:
    return dates.WEEKDAYS.get(raw.lower()) if raw else None


def _part(raw: str | None) -> str | None:
    return dates.PARTS_OF_DAY.get(" ".join(raw.lower().split())) if raw else None


def _year(raw: str | None) -> int | None:
    year = _int(raw)
    if year is not None and len(raw or "") == 2:
        return 2000 + year  # "(14/9/23)": news two-digit years are this century
    return year


def _clock(g: Groups) -> tuple[int | None, int]:
    hour, minute = _int(g.get("h") or g.get("ch")), _int(g.get("mi") or g.get("cmi")) or 0
    if hour is None or hour > 24:
        return None, 0
    if (g.get("tpart") or "").lower() in ("sore", "malam") and hour < 12:
        hour += 12  # "pukul 7 malam" is 19:00
    return hour, minute


def _date(g: Groups, start: int, end: int, rule: str) -> Reading | None:
    day, month, year = _int(g.get("d")), _int(g.get("m")) or _month(g.get("mon")), _year(g.get("y"))
    if not (day and 1 <= day <= 31 and month and 1 <= month <= 12) or (year is not None and year < 1):
        return None
    hour, minute = _clock(g)
    part = _part(g.get("part"))
    kind = "TIME" if hour is not None or part else "DATE"
    return Reading(rule, start, end, kind, year=year, month=month, day=day, weekday=_weekday(g.get("wd")),
                   hour=hour, minute=minute, part=part)


def duration_value(amount: float | None, unit: str, *, scaled: str | None = None, words: bool = True) -> str:
    """``P30M``, ``PT4H``, ``PXDE``: the ISO 8601 duration of an amount of a unit word."""
    unit = unit.lower()
    designator = dates.UNITS[unit]
    prefix = "PT" if unit in dates.TIME_UNITS else "P"
    if amount is None:
        return f"P{'X'}{scaled}" if scaled and unit == "tahun" else f"{prefix}X{designator.lstrip('8')}"
    if designator == "8Y":  # windu: eight years
        amount, designator = amount * 8, "Y"
    if amount != int(amount):
        if not words:
            return f"{prefix}{amount:g}{designator}"  # "5,5 tahun" -> P5.5Y, as written
        amount, designator, prefix = _finer(amount, unit, designator, prefix)
    return f"{prefix}{int(amount)}{designator}"


def _finer(amount: float, unit: str, designator: str, prefix: str) -> tuple[float, str, str]:
    """Spoken halves go to the next smaller unit: "satu setengah jam" -> PT90M."""
    smaller = {"jam": (60, "M", "PT"), "hari": (24, "H", "PT"), "tahun": (12, "M", "P"), "bulan": (30, "D", "P")}
    if unit in smaller:
        factor, designator, prefix = smaller[unit]
        return round(amount * factor), designator, prefix
    return round(amount), designator, prefix


def _amount(raw: str | None) -> tuple[float | None, str | None, bool]:
    """(amount, scale for vague plurals, is a number); vague words give no amount."""
    if not raw:
        return 1.0, None, True
    key = raw.lower()
    if key in numbers.VAGUE_SCALED:
        return None, numbers.VAGUE_SCALED[key], False
    if key in numbers.VAGUE:
        return None, None, False
    return numbers.parse_number(key), None, True


def _duration(g: Groups, start: int, end: int, rule: str) -> Reading | None:
    unit = (g.get("unit") or g.get("seunit") or "").lower()
    raw = g.get("n") if g.get("unit") else None
    amount, scaled, numeric = _amount(raw)
    if numeric and not amount:
        return None
    words = not (raw or "")[:1].isdigit()
    return Reading(rule, start, end, "DURATION", duration_value(amount, unit, scaled=scaled, words=words))


def _redup(g: Groups, start: int, end: int, rule: str) -> Reading:
    designator = dates.REDUPLICATED[(g["redup"] or "").lower()]
    prefix = "PT" if designator == "H" else "P"
    return Reading(rule, start, end, "DURATION", f"{prefix}X{designator}")


def _set(g: Groups, start: int, end: int, rule: str) -> Reading | None:
    if g.get("wd"):
        return Reading(rule, start, end, "SET", f"XXXX-WXX-{_weekday(g['wd']) + 1}")
    if g.get("part"):
        return Reading(rule, start, end, "SET", f"XXXX-XX-XXT{_part(g['part'])}")
    amount = numbers.parse_number(g["n"]) if g.get("n") else 1.0
    return Reading(rule, start, end, "SET", duration_value(amount, g["unit"] or "")) if amount else None


def _year_only(g: Groups, start: int, end: int, rule: str, text: str) -> Reading | None:
    year = _int(g.get("y")) or 0
    explicit = bool(g.get("pmod")) or text[start:end].lower().startswith("tahun")
    if not explicit and (not 1800 <= year <= 2100 or COUNT_NOUN.match(text, end)):
        return None
    return Reading(rule, start, end, value=f"{year:04d}", year=year)


def _year_range(g: Groups, start: int, end: int, rule: str) -> Reading | None:
    first, last = _int(g.get("y")) or 0, _int(g.get("y2")) or 0
    if not 0 < last - first <= 100:
        return None
    return Reading(rule, start, end, value=f"{first:04d}/{last:04d}", year=first)


def _month_ref(g: Groups, start: int, end: int, rule: str) -> Reading:
    year = _int(g.get("y"))
    month = _month(g.get("mon"))
    direction = dates.DIRECTIONS.get(" ".join((g.get("dir") or "").lower().split()))
    value = f"{year:04d}-{month:02d}" if year else None
    return Reading(rule, start, end, value=value, year=year, month=month, direction=direction)


def _bare_month(g: Groups, start: int, end: int, rule: str, text: str) -> Reading | None:
    """A capitalised month name alone, unless it sits in a name ("Juni Rahayu", "Revolusi Juli")."""
    after = re.match(r"\s+[A-Z]", text[end:end + 2])
    before = re.search(r"[a-z,;]\s+[A-Z]\w*\s+$", text[max(0, start - 40):start])
    return None if after or before else _month_ref(g, start, end, rule)


def _year_part(g: Groups, start: int, end: int, rule: str) -> Reading:
    part = dates.YEAR_PARTS[(g.get("ypart") or "").lower()]
    number = dates.ORDINALS[(g.get("ord") or "").lower()]
    if part == "H" and number > 2:
        number = 2
    year = _int(g.get("y"))
    direction = dates.DIRECTIONS.get(" ".join((g.get("dir") or "").lower().split()))
    value = f"{year:04d}-{part}{number}" if year else None
    return Reading(rule, start, end, value=value, year=year, unit=part, amount=number, direction=direction)


def _relative(g: Groups, start: int, end: int, rule: str) -> Reading:
    """pekan ini, tahun lalu, akhir pekan, sebulan lalu, tiga hari kemudian."""
    unit = (g.get("unit") or g.get("seunit") or ("pekan" if rule == "weekend" else "")).lower()
    if g.get("off"):
        amount, _, _ = _amount(g.get("n") if g.get("unit") else None)
        sign = dates.OFFSET_WORDS[" ".join(g["off"].lower().split())]
        return Reading(rule, start, end, unit=unit, amount=amount, direction=sign)
    if rule == "shift":
        amount, _, _ = _amount(g.get("n") if g.get("unit") else None)
        sign = -1 if g["rel"].lower() in ("sebelum", "menjelang") else 1
        return Reading(rule, start, end, unit=unit, amount=amount, direction=sign, emit=False)
    direction = dates.DIRECTIONS.get(" ".join((g.get("dir") or "").lower().split()))
    return Reading(rule, start, end, unit=unit, direction=direction)


def _deictic(g: Groups, start: int, end: int, rule: str) -> Reading | None:
    part = _part(g.get("part"))
    kind = "TIME" if part else "DATE"
    if g.get("deixis"):
        offset = dates.DEICTIC_DAYS[" ".join(g["deixis"].lower().split())]
        return Reading(rule, start, end, kind, amount=offset, part=part, direction=0)
    if g.get("semalam"):
        return Reading(rule, start, end, "TIME", amount=-1, part="NI", direction=0)
    cue = (g.get("pdir") or g.get("pdir2") or "").lower()
    if not cue:
        return None  # a bare "malam hari" or "makan siang" is no date
    offset = -1 if cue == "tadi" and part == "NI" and g.get("pdir2") else 0
    return Reading(rule, start, end, "TIME", amount=offset, part=part, direction=0)


def _weekday_ref(g: Groups, start: int, end: int, rule: str, text: str) -> Reading | None:
    name = g.get("wd") or ""
    if name == "minggu" and not text[start:end].lower().startswith("hari"):
        return None  # lower-case "minggu" is a week, not Sunday
    if STREET_NUMBER.match(text, end):
        return None  # "Jl Raya Pasar Minggu 14": a place
    hour, minute = _clock(g)
    part = _part(g.get("part"))
    direction = dates.DIRECTIONS.get((g.get("dir") or "").lower())
    kind = "TIME" if hour is not None or part else "DATE"
    return Reading(rule, start, end, kind, weekday=_weekday(name), direction=direction, part=part,
                   hour=hour, minute=minute)


def _time(g: Groups, start: int, end: int, rule: str) -> Reading | None:
    hour, minute = _clock(g)
    return None if hour is None else Reading(rule, start, end, "TIME", hour=hour, minute=minute)


def _fixed(g: Groups, start: int, end: int, rule: str) -> Reading:
    if g.get("dec"):
        return Reading(rule, start, end, value=g["dec"])
    if g.get("dulu"):
        return Reading(rule, start, end, value="PAST_REF")
    return Reading(rule, start, end, value=dates.REFERENCES[" ".join((g.get("ref") or "").lower().split())])


def _anaphor(g: Groups, start: int, end: int, rule: str) -> Reading:
    return Reading(rule, start, end)


def _skip(g: Groups, start: int, end: int, rule: str) -> Reading:
    return Reading(rule, start, end, emit=False)


HANDLERS: dict[str, Handler] = {
    "skip": _skip, "wd_numdate": _date, "wd_textdate": _date, "textdate": _date, "numdate": _date,
    "month_year": _month_ref, "month_dir": _month_ref, "month": _month_ref, "year_part": _year_part,
    "deictic_numdate": _date, "period_now": _relative,
    "year_range": _year_range, "decade": _fixed, "weekend": _relative, "relunit": _relative,
    "shift": _relative, "ago": _relative, "set": _set, "duration": _duration, "redup": _redup,
    "deictic": _deictic, "part_deictic": _deictic, "time": _time,
    "anaphor_day": _anaphor, "anaphor": _anaphor, "ref": _fixed,
}
TEXT_HANDLERS = {"year": _year_only, "weekday": _weekday_ref, "month_bare": _bare_month}


def read(text: str) -> Iterator[Reading]:
    """Every expression the grammar finds, in text order (one pass, leftmost-first)."""
    for match in matches(text):
        rule = match.lastgroup or ""
        start, end = match.span()
        groups = COMPILED[rule].fullmatch(text, start, end)
        if groups is None:
            continue
        g = groups.groupdict()
        if rule in TEXT_HANDLERS:
            reading = TEXT_HANDLERS[rule](g, start, end, rule, text)
        else:
            reading = HANDLERS[rule](g, start, end, rule)
        if reading is not None:
            yield reading
