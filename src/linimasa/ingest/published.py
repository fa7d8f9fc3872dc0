"""Publication timestamps from structured metadata (ISO 8601, RFC 822, Indonesian) to ISO 8601,
keeping the UTC offset as written: a feed's ``+0700`` stays ``+07:00``, never converted to UTC."""
from __future__ import annotations

import datetime as dt
import re
from email.utils import parsedate_to_datetime

from ..clean.stamp import whole_stamp

_ISO = re.compile(r"(?P<date>\d{4}-\d{2}-\d{2})(?:[T ](?P<time>\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?"
                  r"\s*(?P<tz>Z|[+-]\d{2}:?\d{2})?)?$")


def normalise_published(value: object) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    if match := _ISO.match(value):
        return _from_iso(match)
    return whole_stamp(value) or _from_rfc822(value)


def _from_iso(match: re.Match[str]) -> str | None:
    try:  # the pattern alone lets 2023-02-31 and 25:61 through
        dt.datetime.fromisoformat(f"{match['date']}T{match['time'] or '00:00'}")
    except ValueError:
        return None
    if not match["time"] or (match["time"] == "00:00" and not match["tz"]):  # midnight without zone: a bare date
        return match["date"]
    tz = match["tz"] or ""
    tz = "+00:00" if tz == "Z" else (f"{tz[:3]}:{tz[-2:]}" if tz else "")
    return f"{match['date']}T{match['time']}{tz}"


def _from_rfc822(value: str) -> str | None:
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    offset = moment.strftime("%z")
    tz = f"{offset[:3]}:{offset[3:]}" if offset and not value.rstrip().endswith("-0000") else ""
    return moment.strftime("%Y-%m-%dT%H:%M") + tz
