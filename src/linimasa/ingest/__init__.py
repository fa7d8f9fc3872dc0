"""Read what the user points at into a stream of ``Record``s, and ``Failure``s for what cannot be read.

Streaming: sources are opened one at a time and multi-record formats (CSV, JSON Lines, WARC, feeds)
yield record by record, so memory stays flat however many articles come in. Bad input never raises:
it becomes a ``Failure`` with a one-line reason and the batch goes on.
"""
from __future__ import annotations

import gzip
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from importlib import import_module
from io import BufferedReader
from os import PathLike
from typing import BinaryIO, cast

from ..model import Failure, Record
from ..settings import Settings
from .detect import detect
from .sources import STDIN, expand

Reader = Callable[[str, BinaryIO, Settings], Iterator[Record | Failure]]

_SNIFF_BYTES = 4096
_GZIP_MAGIC = b"\x1f\x8b"
# Format -> "module:function", imported on first use so that plain text never pays for trafilatura or warcio.
_READERS = {
    "text": "plain:read_text",
    "html": "webpage:read_html",
    "jsonl": "jsonlines:read_jsonl",
    "json": "jsonlines:read_json",
    "csv": "table:read_csv",
    "feed": "feed:read_feed",
    "warc": "warc:read_warc",
}


def read(paths: Iterable[str | PathLike[str]], *, settings: Settings) -> Iterator[Record | Failure]:
    for source in expand(paths):
        yield from read_source(source, settings=settings)


def read_source(source: str, *, settings: Settings) -> Iterator[Record | Failure]:
    try:
        with _open(source) as stream:
            fmt = detect("" if source == STDIN else source, _peek(stream, _SNIFF_BYTES))
            items = _reader(fmt)(source, stream, settings)
            first = next(items, None)  # an empty feed, JSON Lines or WARC file must still be reported
            yield first if first is not None else Failure(source, f"no articles in this {fmt} file")
            yield from items
    except FileNotFoundError:
        yield Failure(source, "no such file")
    except (gzip.BadGzipFile, zlib.error, EOFError):
        yield Failure(source, "damaged or truncated gzip data")
    except OSError as exc:
        yield Failure(source, exc.strerror or str(exc))
    # Parsers raise anything on hostile input; one bad file must not stop a batch.
    except Exception as exc:
        yield Failure(source, _one_line(exc))


def _reader(fmt: str) -> Reader:
    module, function = _READERS[fmt].split(":")
    reader: Reader = getattr(import_module(f".{module}", __name__), function)
    return reader


def _peek(stream: BinaryIO, size: int) -> bytes:
    """The next ``size`` bytes, left unread: files, stdin and gzip streams are buffered (they have ``peek``)."""
    return cast(BufferedReader, stream).peek(size)[:size]


@contextmanager
def _open(source: str) -> Iterator[BinaryIO]:
    """The source's bytes, gunzipped on the fly when gzipped (``news.jsonl.gz``, ``crawl.warc.gz``)."""
    with ExitStack() as stack:
        stream = sys.stdin.buffer if source == STDIN else stack.enter_context(open(source, "rb"))
        if _peek(stream, 2) == _GZIP_MAGIC:
            stream = stack.enter_context(gzip.GzipFile(fileobj=stream))
        yield stream


def _one_line(exc: Exception) -> str:
    message = " ".join(str(exc).split())
    return message if isinstance(exc, ValueError) and message else f"{type(exc).__name__}: {message}"[:300]
