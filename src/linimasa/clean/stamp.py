"""Publication timestamps as news sites print them, to ISO 8601 with the UTC offset when one is given.

``13 September 2023, 21:10 WIB`` -> ``2023-09-13T21:10+07:00``; ``31 Juli 2023`` -> ``2023-07-31``;
also ``Senin, 31/07/2023``, ``Oktober 19, 2019``, ``10-Sep-19``, ``2019-10-09 00:00:00`` (CSV exports).
"""
from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from functools import cache

# Indonesian time zones; a bare clock time without one stays local (no offset).
ZONES = {"WIB": "+07:00", "WITA": "+08:00", "WIT": "+09:00", "UTC": "+00:00", "GMT": "+00:00"}

# "Diperbarui: Senin, 31 Juli 2023 …": an optional label, then an optional weekday.
_WEEKDAY = (r"(?:(?:diterbitkan|dipublikasikan|diperbarui|terbit|tayang|updated|published)\s*:?\s*)?"
            r"(?:[A-Za-z]{3,6}['’]?[a-z]*,?\s+)?")
_CLOCK = (r"(?:\s*[,|/\-–]?\s*(?:pukul|jam)?\s*(?P<H>[01]?\d|2[0-3])[:.](?P<M>[0-5]\d)(?::[0-5]\d)?"
          r"(?:\s*(?P<tz>WIB|WITA|WIT|UTC|GMT))?)?")
_PATTERNS = tuple(re.compile(_WEEKDAY + p + _CLOCK, re.I) for p in (
    r"(?P<d>\d{1,2})\s+(?P<mon>[A-Za-z]{3,9})\.?\s+(?P<y>\d{4})",  # 31 Juli 2023
    r"(?P<mon>[A-Za-z]{3,9})\s+(?P<d>\d{1,2}),\s*(?P<y>\d{4})",  # Oktober 19, 2019
    r"(?P<d>\d{1,2})-(?P<mon>[A-Za-z]{3})-(?P<y>\d{2})",  # 10-Sep-19
    r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})",  # 31/07/2023
    r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[T ]00:00:00)?",  # 2019-10-09 00:00:00
))


@dataclass(frozen=True, slots=True)
class Stamp:
    iso: str
    end: int  # where the timestamp ends in the string it was read from


@cache
def _months() -> dict[str, int]:
    from babel.dates import get_month_names

    names = {name.casefold(): num for locale in ("id", "en") for width in ("wide", "abbreviated")
             for num, name in get_month_names(width, locale=locale).items()}
    return names | {"ags": 8, "agt": 8, "sept": 9, "nop": 11, "pebruari": 2, "nopember": 11}


def read_stamp(text: str, pos: int = 0) -> Stamp | None:
    """The timestamp that starts exactly at ``pos``, if any."""
    for pattern in _PATTERNS:
        match = pattern.match(text, pos)
        if match and (iso := _iso(match)):
            return Stamp(iso, match.end())
    return None


def whole_stamp(line: str) -> str | None:
    """The ISO value of a line that is nothing but a timestamp."""
    line = line.strip()
    stamp = read_stamp(line)
    return stamp.iso if stamp and stamp.end == len(line) else None


def _iso(match: re.Match[str]) -> str | None:
    parts = match.groupdict()
    month = int(parts["m"]) if parts.get("m") else _months().get(parts["mon"].casefold())
    year = int(parts["y"]) + (2000 if len(parts["y"]) == 2 else 0)
    day = int(parts["d"])
    if not month or not 1 <= month <= 12 or not 1900 <= year <= 2100 or not 1 <= day <= monthrange(year, month)[1]:
        return None
    date = f"{year:04d}-{month:02d}-{day:02d}"
    if parts["H"] is None:
        return date
    return f"{date}T{int(parts['H']):02d}:{parts['M']}{ZONES.get((parts['tz'] or '').upper(), '')}"
