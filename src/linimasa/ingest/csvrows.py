"""CSV rows in linear time and bounded memory, each checked against the header's shape.

The csv module alone reads a quoted field of any size whole, and after one stray quote reads every later row
into a single field. Here the lines are first grouped into records by quote parity (a newline ends a record
unless a quote is open), so a record over ``max_bytes`` is skipped to its end and the rows after it are read;
then each record is parsed, and a row whose field count differs from the header's, or whose non-text fields hold
line breaks or a URL field no URL, is broken quoting: it is reported, and when it swallowed several lines those
lines are parsed again one by one, so the good rows among them are kept.
"""
from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from io import BufferedReader
from typing import BinaryIO

from ..settings import Settings
from .limits import buffered, pieces, too_large

_URL = re.compile(r"\w[\w+.-]*://\S+|-?")
_WIDE_ENCODINGS = ("utf_16", "utf_32")  # a quote or newline is not one byte in these: read through a re-encoder
Line = tuple[int, bytes]


@dataclass(frozen=True, slots=True)
class Row:
    line: int  # where the row starts
    fields: list[str]
    reason: str = ""  # why the row is refused, when it is


def rows(stream: BufferedReader, encoding: str, settings: Settings, *, text_columns: frozenset[str]
         ) -> Iterator[Row]:
    """The header row first, then every row, refused ones with a reason."""
    if encoding.replace("-", "_").lower().startswith(_WIDE_ENCODINGS):
        stream, encoding = buffered(_Utf8(stream, encoding)), "utf-8"
    records = _records(pieces(stream, settings.max_bytes), settings)
    header: list[str] | None = None
    for lines, reason in records:
        if reason:
            yield Row(lines[0][0], [], reason)
        elif header is None:
            first, *rest = _parse(lines, encoding)
            header = [name.strip().lower() for name in first.fields]
            yield first
            yield from _checked(rest, lines, encoding, header, text_columns)
        else:
            yield from _checked(list(_parse(lines, encoding)), lines, encoding, header, text_columns)


def _records(lines: Iterator[tuple[int, bytes | None]], settings: Settings) -> Iterator[tuple[list[Line], str]]:
    """Lines grouped into records: a record goes on while a quote is open. A record over ``max_bytes`` is
    dropped as it streams, with its first line and a reason."""
    parts: list[Line] = []
    first, size, open_quote, over = 0, 0, False, False
    for number, line in lines:
        if not open_quote and (line is None or not line.isspace()):
            first, parts, size, over = number, [], 0, False
        elif not open_quote:
            continue  # blank lines between rows
        size += len(line) if line is not None else settings.max_bytes + 1
        open_quote ^= line is not None and line.count(b'"') % 2 == 1
        over = over or size > settings.max_bytes
        if over or line is None:  # a line is None only when the record is over the limit
            parts.clear()
        else:
            parts.append((number, line))
        if not open_quote:
            yield ([(first, b"")], too_large("row", settings.max_bytes, "max_bytes")) if over else (parts, "")
    if open_quote:  # the file ends inside a quoted field: parsed as it is, and judged by its shape
        yield ([(first, b"")], too_large("row", settings.max_bytes, "max_bytes")) if over else (parts, "")


def _parse(lines: list[Line], encoding: str) -> Iterator[Row]:
    """The csv module's rows of one record (a stray quote can make it several), each with its first line."""
    reader = csv.reader(line.decode(encoding, "replace") for _, line in lines)
    try:
        consumed = 0
        for fields in reader:
            yield Row(lines[consumed][0], fields)
            consumed = reader.line_num
    except csv.Error as exc:
        yield Row(lines[consumed][0], [], f"malformed CSV ({exc})")


def _checked(parsed: list[Row], lines: list[Line], encoding: str, header: list[str], text_columns: frozenset[str]
             ) -> list[Row]:
    """The record's rows with their shape judged. A record of several lines with a broken row is read again
    line by line: after a stray quote it swallowed the rows that follow, and the good ones among them are kept."""
    judged = [_judge(row, header, text_columns) for row in parsed]
    if len(lines) == 1 or not any(row.reason for row in judged):
        return judged
    return [_judge(row, header, text_columns)
            for line in lines if not line[1].isspace() for row in _parse([line], encoding)]


def _judge(row: Row, header: list[str], text_columns: frozenset[str]) -> Row:
    reason = row.reason or _shape(row.fields, header, text_columns)
    return Row(row.line, [], reason) if reason else row


def _shape(fields: list[str], header: list[str], text_columns: frozenset[str]) -> str:
    if len(fields) != len(header):
        return f"broken quoting: {len(fields)} fields where the header has {len(header)}"
    for name, value in zip(header, fields, strict=True):
        if name not in text_columns and ("\n" in value or "\r" in value):
            return f"broken quoting: a line break in the {name} field"
        if name == "url" and not _URL.fullmatch(value.strip()):
            return "the url field holds no URL (broken quoting?)"
    return ""


class _Utf8(io.RawIOBase):
    """A UTF-16 or UTF-32 stream as UTF-8, a chunk at a time."""

    def __init__(self, stream: BinaryIO, encoding: str) -> None:
        self.text = io.TextIOWrapper(stream, encoding=encoding, errors="replace", newline="")
        self.pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if not self.pending:
            self.pending = self.text.read(len(buffer) // 4 or 1).encode("utf-8", "replace")
        size = min(len(buffer), len(self.pending))
        buffer[:size], self.pending = self.pending[:size], self.pending[size:]
        return size
