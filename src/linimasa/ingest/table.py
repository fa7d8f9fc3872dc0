"""CSV exports of scraped news, as in CLICK-ID: ``title,source,date,time,category,sub-category,content,url``.

Such scrapers join paragraphs with commas and cut links and the dateline city out of the text, leaving
``.,Next paragraph`` seams and orphan ``" - "`` / ``", , -"``; the seams become line breaks again here.
"""
from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from io import BufferedReader

from ..lang.id.outlets import canonical_outlet
from ..model import Failure, Record
from ..settings import Settings
from .csvrows import rows
from .decode import DecodeError, guess_encoding, repair
from .limits import article_too_large
from .published import normalise_published

_TEXT = ("content", "text", "body", "article")
_CSV_DEFAULT_LIMIT = 131_072
_EMPTY = {"", "-"}
# A paragraph seam: sentence-final punctuation, a quote or a colon (a "Baca juga:" whose link was cut),
# then commas glued to the next paragraph (a comma inside a sentence is followed by a space).
_SEAM = re.compile(r"(?<=[.!?:\"”’…])\s*,(?:\s*,)*(?=[^\s,])")
# Holes where links were cut: "( ,)", ", ,,", "- , ".
_HOLES = ((re.compile(r"\s*\(\s*[,\s]*\)"), ""), (re.compile(r"\s*,(?:\s*,)+"), ","),
          (re.compile(r"(?<=[-–—])\s*,\s*"), " "), (re.compile(r"\s+,"), ","))


def read_csv(source: str, stream: BufferedReader, settings: Settings) -> Iterator[Record | Failure]:
    csv.field_size_limit(max(settings.max_bytes, _CSV_DEFAULT_LIMIT))  # rows are bounded before csv sees them
    found = rows(stream, _encoding(stream.peek(65536)), settings, text_columns=frozenset((*_TEXT, "title")))
    header = next(found, None)
    names = header.fields if header else []
    text_column = next((name for name in _TEXT if name in [n.strip().lower() for n in names]), None)
    if header is None or header.reason or text_column is None:
        yield Failure(source, header.reason if header and header.reason
                      else f"CSV has no text column (one of {', '.join(_TEXT)})")
        return
    keys = [name.strip().lower() for name in names]
    for row in found:
        where = f"{source}:{row.line}"
        try:
            if row.reason:
                raise DecodeError(row.reason)
            yield _record(dict(zip(keys, row.fields, strict=True)), text_column, where, settings)
        except DecodeError as exc:
            yield Failure(where, str(exc))


def restore_paragraphs(content: str) -> str:
    text = _SEAM.sub("\n", content.strip(" ,"))
    for hole, filler in _HOLES:
        text = hole.sub(filler, text)
    return text


def _record(row: dict[str, str], text_column: str, where: str, settings: Settings) -> Record:
    content = row.get(text_column, "")
    if not content.strip():
        raise DecodeError("row has no text")
    if reason := article_too_large(content, settings):  # before the repair, which can cost seconds on megabytes
        raise DecodeError(reason)
    body = restore_paragraphs(repair(content))
    url = _value(row, "url")
    outlet = _value(row, "source") or _value(row, "outlet")
    stamp = " ".join(v for v in (_value(row, "date"), _value(row, "time")) if v)
    return Record(source=where, body=body, title=_value(row, "title"), url=url,
                  published=normalise_published(stamp) or normalise_published(_value(row, "date")),
                  outlet=outlet and (canonical_outlet(outlet) or outlet), fmt="csv")


def _value(row: dict[str, str], name: str) -> str | None:
    value = (row.get(name) or "").strip()
    return None if value in _EMPTY else value


def _encoding(head: bytes) -> str:
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # not just a character cut at the end of the sample
            return guess_encoding(head) or "utf-8"
    return "utf-8-sig"
