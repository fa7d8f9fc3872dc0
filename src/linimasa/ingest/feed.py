"""RSS and Atom feeds: one record per entry. The publication time keeps the feed's own UTC offset
(feedparser's parsed times are UTC and would lose it, so the raw string is read instead)."""
from __future__ import annotations

import re
from collections.abc import Iterator
from html import unescape
from typing import Any, BinaryIO

from ..lang.id.outlets import canonical_outlet
from ..model import Failure, Record
from ..settings import Settings
from .decode import DecodeError, repair
from .limits import slurp
from .published import normalise_published

_BLOCK_END = re.compile(r"<\s*(?:/p|br\s*/?|/div|/li|/h\d)\s*>", re.I)
_TAG = re.compile(r"<[^>]+>")


def read_feed(source: str, stream: BinaryIO, settings: Settings) -> Iterator[Record | Failure]:
    import feedparser

    parsed = feedparser.parse(slurp(stream, settings))
    if not parsed.entries:
        raise DecodeError("no entries in the feed" + (f" ({parsed.bozo_exception})" if parsed.bozo else ""))
    outlet = canonical_outlet(parsed.feed.get("title", ""))
    for number, entry in enumerate(parsed.entries, start=1):
        where = f"{source}:{number}"
        body = html_to_text(_content(entry))
        if not body.strip():
            yield Failure(where, "feed entry has no text")
            continue
        yield Record(source=where, body=body, title=entry.get("title") or None, url=entry.get("link") or None,
                     published=normalise_published(entry.get("published") or entry.get("updated")),
                     outlet=outlet, fmt="feed")


def html_to_text(fragment: str) -> str:
    """A feed's HTML fragment as paragraphs; block ends become line breaks."""
    return repair(unescape(_TAG.sub("", _BLOCK_END.sub("\n", fragment))))


def _content(entry: Any) -> str:
    contents = entry.get("content") or []
    # feedparser can give None, not "", for the summary or content of a damaged entry
    return max((c.get("value") or "" for c in contents), key=len, default="") or entry.get("summary") or ""
