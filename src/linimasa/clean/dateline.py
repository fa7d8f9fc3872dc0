"""Datelines: the ``CITY, OUTLET -`` prefix of a first paragraph.

Handled shapes: ``SEOUL -``, ``REPUBLIKA.CO.ID, PYONGYANG --``, ``SEOUL, KOMPAS.TV -``,
``JAKARTA, KOMPAS.com –``, ``Jakarta (ANTARA) -``, ``Liputan6.com, Jakarta -``, ``KOMPAS.com -``.
The prefix stays in the text (its city and outlet are mentions too); only its meaning is read here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..lang.id.outlets import canonical_outlet
from .wire import wire_of_outlet

# The prefix ends at a spaced dash (or the U+FFFD a bad re-encoding left of it; an en or em dash may touch the
# next word: "SEOUL—Korea"); it is short and holds no sentence punctuation.
_PREFIX = re.compile(r"(?P<prefix>[^\s\-–—\ufffd.,(][^\n\-–—\ufffd]{0,58}?)\s*(?:(?:--|[-\ufffd])\s|[–—]\s*)")
_PART = re.compile(r"\s*(?:,|\(|\))\s*")
_DOMAIN = re.compile(r"[A-Za-z0-9-]+(?:\.[A-Za-z]{2,4}){1,2}")
_CITY_WORD = re.compile(r"[A-Z][A-Za-z'’.-]*")


@dataclass(frozen=True, slots=True)
class Dateline:
    city: str | None
    outlet: str | None  # canonical outlet name
    end: int  # offset just after the dash


def read_dateline(line: str) -> Dateline | None:
    """The dateline at the start of ``line``, or None when the line starts with ordinary prose."""
    match = _PREFIX.match(line)
    if not match:
        return None
    parts = [p for p in _PART.split(match["prefix"].strip()) if p]
    if not 1 <= len(parts) <= 2:
        return None
    outlets = [canonical_outlet(p) or wire_of_outlet(p) or (p if _DOMAIN.fullmatch(p) else None) for p in parts]
    cities = [p if outlet is None and _is_city(p, alone=len(parts) == 1) else None
              for p, outlet in zip(parts, outlets, strict=True)]
    if not all(o or c for o, c in zip(outlets, cities, strict=True)) or sum(bool(c) for c in cities) > 1:
        return None
    return Dateline(next((c for c in cities if c), None), next((o for o in outlets if o), None), match.end())


def _is_city(part: str, *, alone: bool) -> bool:
    words = part.split()
    if not 1 <= len(words) <= 4 or not all(_CITY_WORD.fullmatch(w) for w in words):
        return False
    # Alone, three or four Title-case words are too often a sentence subject ("Presiden Joko Widodo - …"):
    # only capitals ("BANDAR SERI BEGAWAN -") pass then.
    return not alone or part.isupper() or len(words) <= 2
