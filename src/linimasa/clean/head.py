"""The lines above the body: an optional title, a header ``Kompas dunia | 13 September 2023, 21:10 WIB``
and a date line ``31 Juli 2023``. A header is often glued to the dateline that follows it (``WIBSEOUL``)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..lang.id.boilerplate import HEADER_BYLINE
from ..lang.id.outlets import canonical_outlet
from .boilerplate import split_names
from .dateline import read_dateline
from .stamp import read_stamp, whole_stamp

# "Kompas dunia | 13 September 2023, 21:10 WIB", "Kompas.com - 27/07/2023, 10:15 WIB".
_HEADER = re.compile(r"(?:(?P<outlet>[^|\n]{2,40}?)\s*(?P<sep>\||--|[-–—•·])\s*)?")
_BYLINE = re.compile(HEADER_BYLINE, re.I)
_TITLE_MAX_WORDS = 30
_END_PUNCTUATION = (".", "!", "?", '"', "”", ":", ";", ",")
_CAPTION_LINES = 2  # photo captions or a byline that may sit between the head and the dateline


@dataclass(frozen=True, slots=True)
class Head:
    body: list[str]  # the remaining lines, the first possibly cut where a header was glued to it
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    captions: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()


def read_head(lines: list[str]) -> Head:
    title = outlet = published = None
    authors: tuple[str, ...] = ()
    at_top = True
    while lines:
        first, rest = lines[0], lines[1:]
        if (stamp := whole_stamp(first)) is not None:
            published = published or stamp
        elif header := _read_header(first):
            section, stamp, glued = header
            outlet, published = outlet or _outlet_of(section), published or stamp
            authors += tuple(split_names(byline["authors"])) if (byline := _BYLINE.fullmatch(section)) else ()
            lines, at_top = ([glued] if glued else []) + rest, False
            continue
        elif at_top and _is_title(first, rest):
            title = first
        else:
            break
        lines, at_top = rest, False
    body, captions = _from_dateline(lines)
    while len(body) > 1 and (stamp := whole_stamp(body[-1])) is not None:  # date lines printed below the article
        body, published = body[:-1], published or stamp
    return Head(body, title, outlet, published, captions, authors)


def _from_dateline(lines: list[str]) -> tuple[list[str], tuple[str, ...]]:
    """Start the body at a clear dateline (``PURWOREJO, KOMPAS.com -``) a line or two down: what sits above it
    is a photo caption or byline, as the article itself always opens with its dateline."""
    if not lines or read_dateline(lines[0]) is not None:
        return lines, ()
    for k in range(1, min(len(lines), _CAPTION_LINES + 1)):
        found = read_dateline(lines[k])
        if found and (found.outlet or (found.city or "").isupper()):
            if all(len(line.split()) <= 2 * _TITLE_MAX_WORDS for line in lines[:k]):
                return lines[k:], tuple(lines[:k])
    return lines, ()


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
    if (match["outlet"] is not None and match["sep"] != "|" and _outlet_of(match["outlet"]) is None
            and not _BYLINE.fullmatch(match["outlet"])):
        return None  # "JAKARTA - 31 Juli 2023 lalu …" is a dateline and prose, not a header
    return match["outlet"] or "", stamp.iso, glued


def _outlet_of(section: str) -> str | None:
    """``Kompas dunia`` -> ``Kompas``: the longest leading words that name an outlet."""
    words = section.split()
    return next((found for n in range(len(words), 0, -1) if (found := canonical_outlet(" ".join(words[:n])))), None)


def _is_title(line: str, rest: list[str]) -> bool:
    """A short unpunctuated first line is a title when a header, date or dateline follows it, or when it is
    in headline case above a much longer finished paragraph. A clean body's first line is never one of
    these, so cleaning it again never eats a paragraph."""
    words = line.split()
    # A line that opens with a dateline starts the body, even above another dateline line.
    if not rest or len(words) > _TITLE_MAX_WORDS or line.endswith((".", ",")) or read_dateline(line) is not None:
        return False
    nxt = rest[0]
    if whole_stamp(nxt) is not None or _read_header(nxt) is not None or read_dateline(nxt) is not None:
        return True  # "Pertamina: Pasang RFID Gratis!" above "JAKARTA, KOMPAS.com -" is still a headline
    if line.endswith(_END_PUNCTUATION):
        return False
    capitalised = sum(w[:1].isupper() or not w[:1].isalpha() for w in words)
    return (len(words) >= 3 and capitalised >= 0.6 * len(words) and len(nxt.split()) >= 2 * len(words)
            and nxt.endswith(_END_PUNCTUATION))
