"""The lines above the body: an optional title, a header ``Kompas dunia | 13 September 2023, 21:10 WIB``
and a date line ``31 Juli 2023``. A header is often glued to the dateline that follows it (``WIBSEOUL``)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..lang.id.outlets import canonical_outlet
from .dateline import read_dateline
from .stamp import read_stamp, whole_stamp

_HEADER = re.compile(r"(?:(?P<outlet>[^|\n]{2,40}?)\s*\|\s*)?")
_TITLE_MAX_WORDS = 30


@dataclass(frozen=True, slots=True)
class Head:
    body: list[str]  # the remaining lines, the first possibly cut where a header was glued to it
    title: str | None = None
    outlet: str | None = None
    published: str | None = None


def read_head(lines: list[str]) -> Head:
    title = outlet = published = None
    at_top = True
    while lines:
        first, rest = lines[0], lines[1:]
        if (stamp := whole_stamp(first)) is not None:
            published = published or stamp
        elif header := _read_header(first):
            section, stamp, glued = header
            outlet, published = outlet or _outlet_of(section), published or stamp
            lines, at_top = ([glued] if glued else []) + rest, False
            continue
        elif at_top and _is_title(first, rest):
            title = first
        else:
            break
        lines, at_top = rest, False
    return Head(lines, title, outlet, published)


def _read_header(line: str) -> tuple[str, str, str] | None:
    """(section, ISO timestamp, text glued after it) for ``Outlet section | timestamp…``; without the section
    only when a dateline follows, as ``31 Juli 2023 lalu, …`` is prose."""
    match = _HEADER.match(line)
    stamp = read_stamp(line, match.end()) if match else None
    if match is None or stamp is None:
        return None
    glued = line[stamp.end:].strip()
    if match["outlet"] is None and read_dateline(glued) is None:
        return None
    return match["outlet"] or "", stamp.iso, glued


def _outlet_of(section: str) -> str | None:
    """``Kompas dunia`` -> ``Kompas``: the longest leading words that name an outlet."""
    words = section.split()
    return next((found for n in range(len(words), 0, -1) if (found := canonical_outlet(" ".join(words[:n])))), None)


def _is_title(line: str, rest: list[str]) -> bool:
    """A short unpunctuated first line counts as a title only when a header, date or dateline follows it,
    so that cleaning a clean body again never eats its first paragraph."""
    if not rest or len(line.split()) > _TITLE_MAX_WORDS or line.endswith((".", "!", "?", '"', "”")):
        return False
    nxt = rest[0]
    return whole_stamp(nxt) is not None or _read_header(nxt) is not None or read_dateline(nxt) is not None
