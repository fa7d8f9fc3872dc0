"""Plain-text articles like the seeds: the whole file is one record."""
from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from ..model import Record
from ..settings import Settings
from .decode import decode, slurp


def read_text(source: str, stream: BinaryIO, settings: Settings) -> Iterator[Record]:
    # Without cleaning the text must come back exactly as written: no mojibake repair, no normalisation.
    yield Record(source=source, body=decode(slurp(stream, settings), repair_text=settings.clean), fmt="text")
