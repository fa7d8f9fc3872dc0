"""The size policy, enforced while reading: every limit is checked on bytes as they stream in, so a reader
never holds, or spends time on, more than a limit's worth of one item (README, "Size limits").

- ``max_article_bytes``: one article's text (checked on every record, whatever its format);
- ``max_bytes``: one document or record as read (an HTML page, a feed, a JSON document, a CSV row, a JSON
  line, a WARC record);
- ``max_input_bytes``: one input file after decompression; gzip data that inflates to more than
  ``BOMB_RATIO`` times its compressed size (past its first ``BOMB_FLOOR`` bytes) is a decompression bomb and
  is refused there.
"""
from __future__ import annotations

import gzip
import io
from collections.abc import Iterator
from typing import BinaryIO

from ..model import Failure, Record
from ..settings import Settings
from .decode import DecodeError

BOMB_RATIO = 100  # news text deflates 3-10 times; a run of one byte over 1,000 times
BOMB_FLOOR = 1_000_000  # decompressed bytes before the ratio is judged: a small file's header can deflate well
CHUNK = 1 << 20
_COMPRESSED_READ = 16_384  # small reads of the compressed side, so that the ratio is known early


class InputTooLarge(Exception):
    """The input as a whole crossed a limit: nothing after this point is read."""


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:g} MB" if size >= 1_000_000 else f"{size:,} bytes"


def too_large(what: str, limit: int, setting: str) -> str:
    return f"{what} larger than {megabytes(limit)} (limit: {setting})"


def article_too_large(text: str, settings: Settings) -> str | None:
    """The reason when ``text`` is over ``max_article_bytes`` of UTF-8 (cheap: a character is 1-4 bytes)."""
    limit = settings.max_article_bytes
    if len(text) * 4 <= limit or (len(text) <= limit and len(text.encode("utf-8", "replace")) <= limit):
        return None
    return too_large("article", limit, "max_article_bytes")


def article_failure(record: Record, settings: Settings) -> Failure | None:
    reason = article_too_large(record.body, settings)
    return Failure(record.source, reason) if reason else None


def check_size(data: bytes | str, settings: Settings, what: str) -> None:
    """Refuse one document or record (``what``) over ``max_bytes``."""
    if len(data) > settings.max_bytes:
        raise DecodeError(too_large(what, settings.max_bytes, "max_bytes"))


def slurp(stream: BinaryIO, settings: Settings) -> bytes:
    """The whole of a one-document input, refused (not truncated) beyond ``max_bytes``."""
    data = stream.read(settings.max_bytes + 1)
    check_size(data, settings, "file")
    return data


class Counted(io.RawIOBase):
    """A raw stream that counts the bytes read through it (the compressed side of a gzip input)."""

    def __init__(self, raw: BinaryIO) -> None:
        self.raw, self.count = raw, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        data = self.raw.read(min(len(buffer), _COMPRESSED_READ))
        self.count += len(data)
        buffer[:len(data)] = data
        return len(data)


class Bounded(io.RawIOBase):
    """The decompressed input, refused mid-stream once over ``max_input_bytes`` or once a gzip bomb."""

    def __init__(self, stream: BinaryIO | gzip.GzipFile, settings: Settings, compressed: Counted | None = None
                 ) -> None:
        self.stream, self.settings, self.compressed, self.count = stream, settings, compressed, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        # read1: what one read gives; a read that waits to fill the buffer would lose the data before a
        # truncation along with it (a gzipped archive's intact records)
        data = self.stream.read1(len(buffer))  # type: ignore[union-attr]  # every stream ingest opens has read1
        self.count += len(data)
        self._check()
        buffer[:len(data)] = data
        return len(data)

    def _check(self) -> None:
        settings = self.settings
        if self.count > settings.max_input_bytes:
            raise InputTooLarge(too_large("input", settings.max_input_bytes, "max_input_bytes"))
        if self.compressed and self.count > max(BOMB_FLOOR, BOMB_RATIO * self.compressed.count):
            raise InputTooLarge(f"gzip data inflating more than {BOMB_RATIO} times (a decompression bomb)")


def buffered(stream: io.RawIOBase | io.BytesIO) -> io.BufferedReader:
    return io.BufferedReader(stream, buffer_size=CHUNK)  # any raw stream will do


def leading_space(data: bytes) -> int:
    """How many bytes of whitespace ``data`` starts with. A short look first: lstrip copies what follows the
    whitespace, which must not cost a chunk per line; a long run then pays one copy (a regex scan is slower)."""
    for size in (256, len(data)):
        head = data[:size]
        rest = head.lstrip()
        if rest or size >= len(data):
            return len(head) - len(rest)
    return len(data)


def drain(stream: BinaryIO, size: int) -> int:
    """Read and drop ``size`` bytes in chunks; returns how many there were."""
    left = size
    while left > 0 and (data := stream.read(min(left, CHUNK))):
        left -= len(data)
    return size - left


def pieces(stream: io.BufferedReader, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """The stream as lines, each with the number of its line: a line over ``limit`` comes as None and is never
    held whole; a run of blank lines comes as whitespace pieces of at most a chunk, so its cost is that of
    reading it (a line at a time, a 2 GB run of newlines would take minutes)."""
    number = 1
    while head := stream.peek(CHUNK):
        blank = head.rfind(b"\n", 0, leading_space(head)) + 1
        piece = stream.read(blank) if blank else _line(stream, limit)
        yield number, piece
        number += piece.count(b"\n") if piece is not None else 1


def _line(stream: io.BufferedReader, limit: int) -> bytes | None:
    line = stream.readline(limit + 1)
    if len(line) <= limit or line.endswith(b"\n"):
        return line
    while (more := stream.readline(CHUNK)) and not more.endswith(b"\n"):
        pass
    return None
