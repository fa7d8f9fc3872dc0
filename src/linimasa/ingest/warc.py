"""WARC archives (plain or gzipped): every HTML response is one article, read record by record.

A small parser of our own rather than warcio's: warcio reads a header line whole however long it is (50 MB of
zeros took 45 s and 650 MB) and, on a truncated archive, drops the last record silently or, gzipped, the intact
ones too. Here every read is bounded by the size policy, records over ``max_bytes`` are skipped as they stream,
and a truncated record is reported after the intact ones before it.
"""
from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from io import BufferedReader

from ..model import Failure, Record
from ..settings import Settings
from .decode import DecodeError, decode
from .limits import CHUNK, drain, leading_space, too_large
from .webpage import record_from_html

_VERSION = re.compile(rb"WARC/\d+\.\d+\r?\n")
_HEADER_BYTES = 65_536  # a record's WARC headers; real ones are under 2 KB
_GZIP_WBITS = {"gzip": 47, "x-gzip": 47, "deflate": 15}  # 47: gzip or zlib header, told apart by zlib


class _Cut(Exception):
    """The archive ends inside a record."""


def read_warc(source: str, stream: BufferedReader, settings: Settings) -> Iterator[Record | Failure]:
    number = 1
    try:
        while _next_record(stream):
            yield from _record_items(stream, f"{source}:{number}", settings)
            number += 1
    except (_Cut, EOFError):  # EOFError: gzip data that ends inside the record
        yield Failure(f"{source}:{number}", "truncated: the archive ends inside this record")
    except DecodeError as exc:  # a damaged header: without its length the next record cannot be found
        yield Failure(f"{source}:{number}" if number > 1 else source, f"{exc}; the rest of the archive cannot be read")


def _record_items(stream: BufferedReader, where: str, settings: Settings) -> Iterator[Record | Failure]:
    headers, length = _headers(stream)
    wanted = headers.get("warc-type") == "response" and "application/http" in headers.get("content-type", "")
    if not wanted or length > settings.max_bytes:
        if drain(stream, length) < length:
            raise _Cut
        if wanted:
            yield Failure(where, too_large("WARC record", settings.max_bytes, "max_bytes"))
        return
    block = stream.read(length)
    if len(block) < length:
        raise _Cut
    try:
        if (html := _html(block, settings)) is not None:
            yield _record(html, headers, where)
    except DecodeError as exc:
        yield Failure(where, str(exc))


def _next_record(stream: BufferedReader) -> bool:
    """Skip the blank lines between records (of any length, a chunk at a time); False at the end."""
    while head := stream.peek(CHUNK):
        blank = leading_space(head)
        if blank < len(head):
            stream.read(blank)
            return True
        stream.read(blank)
    return False


def _headers(stream: BufferedReader) -> tuple[dict[str, str], int]:
    if not _VERSION.fullmatch(stream.readline(64)):
        raise DecodeError("malformed WARC record header")
    headers: dict[str, str] = {}
    size = 0
    while (line := stream.readline(_HEADER_BYTES)).strip():
        size += len(line)
        name, colon, value = line.decode("utf-8", "replace").partition(":")
        if not colon or size > _HEADER_BYTES:
            raise DecodeError("malformed WARC record header")
        headers[name.strip().lower()] = value.strip()
    length = headers.get("content-length", "")
    if not length.isdigit():
        raise DecodeError("malformed WARC record header (Content-Length)")
    return headers, int(length)


def _record(html: bytes, headers: dict[str, str], where: str) -> Record:
    url = headers.get("warc-target-uri")
    if not url:
        raise DecodeError("WARC response without a WARC-Target-URI")
    return record_from_html(decode(html), source=where, url=url.strip("<>"), fmt="warc")


def _html(block: bytes, settings: Settings) -> bytes | None:
    """The HTML body of an HTTP response, de-chunked and decompressed within ``max_bytes``; None if not HTML."""
    head, separator, body = block.partition(b"\r\n\r\n")
    if not separator:
        head, separator, body = block.partition(b"\n\n")
    fields = dict(_http_field(line) for line in head.decode("latin-1").splitlines()[1:])
    if "html" not in fields.get("content-type", ""):
        return None
    if "chunked" in fields.get("transfer-encoding", ""):
        body = _dechunk(body)
    encoding = fields.get("content-encoding", "identity").strip().lower()
    if encoding in ("", "identity"):
        return body
    if encoding not in _GZIP_WBITS:
        raise DecodeError(f"HTTP content encoding {encoding[:20]!r} is not supported")
    inflater = zlib.decompressobj(_GZIP_WBITS[encoding])
    try:
        html = inflater.decompress(body, settings.max_bytes + 1)
    except zlib.error:
        raise DecodeError("damaged compressed HTTP body") from None
    if len(html) > settings.max_bytes:
        raise DecodeError(too_large("decompressed HTTP body", settings.max_bytes, "max_bytes"))
    return html


def _http_field(line: str) -> tuple[str, str]:
    name, _, value = line.partition(":")
    return name.strip().lower(), value.strip().lower()


def _dechunk(body: bytes) -> bytes:
    parts, at = [], 0
    while (end := body.find(b"\r\n", at)) >= 0:
        try:
            size = int(body[at:end].split(b";")[0].strip() or b"0", 16)
        except ValueError:
            raise DecodeError("malformed chunked HTTP body") from None
        if size <= 0:
            break
        parts.append(body[end + 2:end + 2 + size])
        at = end + 2 + size + 2
    return b"".join(parts)
