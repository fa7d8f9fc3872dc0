"""Durations and sets: amounts of units (``lebih dari 30 bulan`` -> P30M, ``setiap tahun`` -> P1Y)."""
from __future__ import annotations

from ..lang.id import dates, numbers
from .reading import Groups, Reading, part_of_day, weekday_number


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


def amount_of(raw: str | None) -> tuple[float | None, str | None, bool]:
    """(amount, scale for vague plurals, is a number); vague words give no amount."""
    if not raw:
        return 1.0, None, True
    key = raw.lower()
    if key in numbers.VAGUE_SCALED:
        return None, numbers.VAGUE_SCALED[key], False
    if key in numbers.VAGUE:
        return None, None, False
    return numbers.parse_number(key), None, True


def duration(g: Groups, start: int, end: int, rule: str) -> Reading | None:
    unit = (g.get("unit") or g.get("seunit") or "").lower()
    raw = g.get("n") if g.get("unit") else None
    amount, scaled, numeric = amount_of(raw)
    if numeric and not amount:
        return None
    words = not (raw or "")[:1].isdigit()
    return Reading(rule, start, end, "DURATION", duration_value(amount, unit, scaled=scaled, words=words))


def redup(g: Groups, start: int, end: int, rule: str) -> Reading:
    designator = dates.REDUPLICATED[(g["redup"] or "").lower()]
    prefix = "PT" if designator == "H" else "P"
    return Reading(rule, start, end, "DURATION", f"{prefix}X{designator}")


def recurrence(g: Groups, start: int, end: int, rule: str) -> Reading | None:
    if (g.get("every") or "").lower() == "per" and (g.get("wd") or g.get("part") or g.get("n")):
        return None  # "per" makes a rate of a unit ("per hari"), not a day ("per Senin", "per 26 Desember")
    if (weekday := weekday_number(g.get("wd"))) is not None:
        return Reading(rule, start, end, "SET", f"XXXX-WXX-{weekday + 1}")
    if g.get("part"):
        return Reading(rule, start, end, "SET", f"XXXX-XX-XXT{part_of_day(g['part'])}")
    amount = numbers.parse_number(n) if (n := g.get("n")) else 1.0
    return Reading(rule, start, end, "SET", duration_value(amount, g["unit"] or "")) if amount else None
