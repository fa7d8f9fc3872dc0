"""From a raw ``Record`` to a clean ``Article``: body text only, with what was around it kept as metadata.

The dateline stays in the text (its city and outlet are entity mentions); title, header and date lines
and boilerplate leave the text and become ``title``/``outlet``/``published``/``authors``/``wire``/``boilerplate``.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from typing import Any
from urllib.parse import urlsplit

from ..lang.id.outlets import outlet_from_host
from ..model import Article, Record
from ..settings import Settings
from .boilerplate import Stripped, strip_boilerplate
from .controls import storable_record
from .dateline import Dateline, read_dateline
from .head import read_head
from .language import detect_language
from .wire import canonical_wire, wire_in_signoffs, wire_in_text, wire_of_outlet

# Leftovers of a dateline a scraper cut away: " - Satresnarkoba…", ", , - Badan…".
_ORPHAN_DASH = re.compile(r"^(?:[\s,()]*(?:--|[-–—]))+[\s,]*")


def clean(record: Record, settings: Settings) -> Article:
    record = storable_record(record)  # the one place text is made storable: spans index the text stored
    if not settings.clean:
        return _article(record, record.body, published=settings.dct or record.published)
    # Boilerplate first, so that the head is judged by the lines that stay (a title above "Comments").
    stripped = strip_boilerplate(_lines(record.body))
    head = read_head(list(stripped.lines))
    # On the joined text, so that a leftover line of dashes cannot hide another leftover below it.
    text = _ORPHAN_DASH.sub("", "\n".join(line for line in head.body if line))
    if not text:
        raise ValueError("no article text after cleaning")
    dateline = read_dateline(text)
    outlet = record.outlet or (dateline and dateline.outlet) or head.outlet or _outlet_of_url(record.url)
    return _article(
        record, text,
        title=record.title or head.title,
        outlet=outlet,
        dateline=dateline and dateline.city,
        authors=tuple(dict.fromkeys(head.authors + stripped.authors)),
        wire=_wire(stripped, text, dateline, outlet),
        published=settings.dct or record.published or head.published,
        language=detect_language(text),
        boilerplate=stripped.removed + head.captions,
    )


def _wire(stripped: Stripped, text: str, dateline: Dateline | None, outlet: str | None) -> str | None:
    """The agency credited by a "Sumber :" line, the prose, a sign-off, or another outlet's dateline, in that order."""
    return ((stripped.wire and canonical_wire(stripped.wire)) or wire_in_text(text)
            or wire_in_signoffs(stripped.removed)
            or (dateline and dateline.outlet != outlet and wire_of_outlet(dateline.outlet)) or None)


def article_id(text: str) -> str:
    """Stable across re-ingests and trivial re-encodings: case, spacing and Unicode form are ignored."""
    key = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def _article(record: Record, text: str, **meta: Any) -> Article:
    return Article(id=article_id(text), source=record.source, text=text, url=record.url, fmt=record.fmt,
                   **{"title": record.title, "outlet": record.outlet, **meta})


def _outlet_of_url(url: str | None) -> str | None:
    return outlet_from_host(urlsplit(url).hostname or "") if url else None


def _lines(body: str) -> list[str]:
    """Paragraphs with normalised spacing; blank lines go (paragraph breaks are single newlines)."""
    body = unicodedata.normalize("NFC", body).replace("\r\n", "\n").replace("\r", "\n")
    return [" ".join(line.split()) for line in body.split("\n") if line.strip()]
