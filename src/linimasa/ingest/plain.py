"""Plain-text articles like the seeds: the whole file is one record."""
from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from ..model import Record
from ..settings import Settings
from .decode import DecodeError, decode, repair
from .limits import article_too_large, slurp, too_large

_MAX_CHAR_BYTES = 4  # UTF-32: no encoding needs more bytes for a character


def read_text(source: str, stream: BinaryIO, settings: Settings) -> Iterator[Record]:
    data = slurp(stream, settings)
    if len(data) > _MAX_CHAR_BYTES * settings.max_article_bytes:  # too long in any encoding: not worth decoding
        raise DecodeError(too_large("article", settings.max_article_bytes, "max_article_bytes"))
    # Without cleaning the text must come back exactly as written: no mojibake repair, no normalisation.
    text = decode(data, repair_text=False)
    if reason := article_too_large(text, settings):  # before the repair, which can cost seconds on megabytes
        raise DecodeError(reason)
    yield Record(source=source, body=repair(text) if settings.clean else text, fmt="text")
