"""Dates and times as people read them, in the UI's language: "Rabu, 26 Juli 2023 pukul 21.10 WIB".

Stored values are ISO strings of any precision (``2024``, ``2024-05``, ``2023-07-26``,
``2023-09-13T21:10+07:00``); each is shown at the precision it has. Anything else is shown as stored.
"""
from __future__ import annotations

import datetime as dt
import re

from babel.dates import format_date, format_skeleton

LOCALES = {"id": "id", "en": "en_GB"}
ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?"
                 r"(Z|[+-]\d{2}:?\d{2})?)?)?)?$")
# Indonesia's three time zones by UTC offset, as its news writes them
ZONES = {"+07:00": "WIB", "+08:00": "WITA", "+09:00": "WIT"}
AT = {"id": "pukul", "en": "at"}
# TimeML values that are not calendar dates
PERIOD = re.compile(r"^(\d{4})-(W|Q|H)(\d{1,2})$")
PERIOD_WORDS = {"W": ("pekan ke-{n} {y}", "week {n}, {y}"), "Q": ("triwulan {n} {y}", "Q{n} {y}"),
                "H": ("semester {n} {y}", "H{n} {y}")}
REFS = {"PRESENT_REF": ("kini", "now"), "PAST_REF": ("dahulu", "in the past"), "FUTURE_REF": ("kelak", "in future")}


def _other(value: str | None, lang: str) -> str:
    """Weeks, quarters and halves, and the TimeML references; anything else as stored."""
    pick = 0 if lang == "id" else 1
    if period := PERIOD.match(value or ""):
        return PERIOD_WORDS[period[2]][pick].format(n=int(period[3]), y=period[1])
    return REFS[value][pick] if value in REFS else value or ""


def _parts(value: str | None) -> re.Match[str] | None:
    match = ISO.match((value or "").strip())
    if match is None:
        return None
    try:
        dt.date(int(match[1]), int(match[2] or 1), int(match[3] or 1))
    except ValueError:
        return None
    return match


def _shown(value: str | None, lang: str, *, day_format: str, month_skeleton: str) -> str:
    """The value at its own precision: a day, a month or a year (else a period or a TimeML reference)."""
    match = _parts(value)
    if match is None:
        return _other(value, lang)
    locale = LOCALES.get(lang, "id")
    day = dt.date(int(match[1]), int(match[2] or 1), int(match[3] or 1))
    if match[3]:
        return format_skeleton(day_format, day, locale=locale) if day_format.startswith("y") else \
            format_date(day, day_format, locale=locale)
    return format_skeleton(month_skeleton, day, locale=locale) if match[2] else match[1]


def human_date(value: str | None, lang: str, *, weekday: bool = True) -> str:
    """``2023-07-26`` as "Rabu, 26 Juli 2023" (``weekday=False``: "26 Juli 2023"), ``2024-05`` as "Mei 2024"."""
    return _shown(value, lang, day_format="full" if weekday else "long", month_skeleton="MMMMy")


def _zone(raw: str | None) -> str:
    if not raw:
        return ""
    offset = "+00:00" if raw == "Z" else f"{raw[:3]}:{raw[-2:]}"
    return ZONES.get(offset) or ("UTC" if offset == "+00:00" else f"UTC{offset}")


def human_time(value: str | None, lang: str) -> str:
    """A publication stamp with its clock time and zone when it has them: "Rabu, 13 September 2023 pukul 21.10 WIB"."""
    match = _parts(value)
    if match is None or not match[4]:
        return human_date(value, lang)
    clock = f"{match[4]}.{match[5]}" if lang == "id" else f"{match[4]}:{match[5]}"
    return " ".join(filter(None, (human_date(value, lang), AT.get(lang, AT["id"]), clock, _zone(match[6]))))


def short_date(value: str | None, lang: str) -> str:
    """Compact, for lists and axis labels: "26 Jul 2023", "Mei 2024", "2018"."""
    return _shown(value, lang, day_format="yMMMd", month_skeleton="yMMM")
