"""JSON Lines: one article object per line (``text`` or ``html``, with ``title``/``url``/``published``);
and ``.json`` files, which hold an array of such objects, one object, or, despite the name, JSON Lines."""
from __future__ import annotations

import io
import json
from collections.abc import Iterator, Mapping
from io import BufferedReader
from typing import Any, BinaryIO

from ..lang.id.outlets import canonical_outlet
from ..model import Failure, Record
from ..settings import Settings
from .decode import DecodeError, decode, repair
from .limits import article_too_large, buffered, pieces, slurp, too_large
from .published import normalise_published
from .webpage import record_from_html

# Field names seen in scraper exports, in order of preference.
_TEXT = ("text", "body", "content", "article")
_TITLE = ("title", "headline")
_URL = ("url", "link")
_PUBLISHED = ("published", "date_published", "published_at", "datePublished", "date", "datetime")
_OUTLET = ("outlet", "source", "publisher", "site", "sitename")


def read_jsonl(source: str, stream: BufferedReader, settings: Settings) -> Iterator[Record | Failure]:
    for number, raw in pieces(stream, settings.max_bytes):
        where = f"{source}:{number}"
        if raw is None:
            yield Failure(where, too_large("line", settings.max_bytes, "max_bytes"))
        elif not raw.isspace():
            try:
                yield _record(_object(raw), where, settings)
            except DecodeError as exc:
                yield Failure(where, str(exc))


def read_json(source: str, stream: BinaryIO, settings: Settings) -> Iterator[Record | Failure]:
    data = slurp(stream, settings)
    try:
        document = json.loads(decode(data, repair_text=False))
    except json.JSONDecodeError:
        yield from read_jsonl(source, buffered(io.BytesIO(data)), settings)
        return
    except RecursionError:
        raise DecodeError("JSON nested too deeply") from None
    for number, item in enumerate(document if isinstance(document, list) else [document], start=1):
        where = f"{source}:{number}"
        try:
            if not isinstance(item, dict):
                raise DecodeError("a JSON article must be an object with a text field")
            yield _record(item, where, settings)
        except DecodeError as exc:
            yield Failure(where, str(exc))


def _object(raw: bytes) -> Mapping[str, Any]:
    try:
        item = json.loads(decode(raw, repair_text=False))
    except json.JSONDecodeError as exc:
        raise DecodeError(f"malformed JSON ({exc.msg} at column {exc.colno})") from None
    except RecursionError:
        raise DecodeError("JSON nested too deeply") from None
    if not isinstance(item, dict):
        raise DecodeError("a JSON line must be an object with a text field")
    return item


def _record(item: Mapping[str, Any], where: str, settings: Settings) -> Record:
    url = _field(item, _URL)
    text = _field(item, _TEXT)
    if text is None and (html := _field(item, ("html", "raw_html"))):
        return record_from_html(html, source=where, url=url, fmt="jsonl")
    if text is None:
        raise DecodeError(f"no text field (one of {', '.join(_TEXT)})")
    if reason := article_too_large(text, settings):  # before the repair, which can cost seconds on megabytes
        raise DecodeError(reason)
    outlet = _field(item, _OUTLET)
    return Record(source=where, body=repair(text), title=_field(item, _TITLE), url=url,
                  published=normalise_published(_field(item, _PUBLISHED)),
                  outlet=outlet and (canonical_outlet(outlet) or outlet), fmt="jsonl")


def _field(item: Mapping[str, Any], names: tuple[str, ...]) -> str | None:
    value = next((v for n in names if isinstance(v := item.get(n), str) and v.strip()), None)
    # A "\ud800" escape decodes to a lone surrogate, which no UTF-8 output can hold.
    return value and value.encode(errors="replace").decode()
