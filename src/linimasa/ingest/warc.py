"""WARC archives (plain or gzipped): every HTML response is one article, read record by record."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any, BinaryIO

from ..model import Failure, Record
from ..settings import Settings
from .decode import DecodeError, decode
from .webpage import record_from_html


def read_warc(source: str, stream: BinaryIO, settings: Settings) -> Iterator[Record | Failure]:
    for number, item in enumerate(_archive(stream), start=1):
        if item.rec_type != "response" or "html" not in ((item.http_headers and
                                                         item.http_headers.get_header("Content-Type")) or ""):
            continue
        where = f"{source}:{number}"
        try:
            yield record_from_html(decode(_payload(item, settings)), source=where,
                                   url=item.rec_headers.get_header("WARC-Target-URI"), fmt="warc")
        except DecodeError as exc:
            yield Failure(where, str(exc))


def _archive(stream: BinaryIO) -> Iterator[Any]:
    """warcio's records (its record type is not exported); a damaged record header ends the archive."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    records = iter(ArchiveIterator(stream))
    while True:
        try:
            yield next(records)
        except StopIteration:
            return
        # warcio also slips with AttributeError (a response without a target URI) and OverflowError (a huge length)
        except (ArchiveLoadFailed, AttributeError, OverflowError):
            raise DecodeError("malformed WARC record header") from None


def _payload(item: Any, settings: Settings) -> bytes:  # a warcio ArcWarcRecord
    data: bytes = item.content_stream().read(settings.max_bytes + 1)
    if len(data) > settings.max_bytes:
        raise DecodeError(f"response larger than the {settings.max_bytes:,} byte limit (max_bytes)")
    return data
