"""Read what the user points at into a stream of ``Record``s, and ``Failure``s for what cannot be read.

Streaming: sources are opened one at a time and multi-record formats (CSV, JSON Lines, WARC, feeds)
yield record by record, so memory stays flat however many articles come in. Bad input never raises:
it becomes a ``Failure`` with a one-line reason and the batch goes on. The size policy (``limits``) is
enforced on the bytes as they stream in; a FIFO, device or socket is refused before it can block.
"""
from __future__ import annotations

import gzip
import io
import os
import stat
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from importlib import import_module
from itertools import chain
from os import PathLike
from typing import BinaryIO, cast

from ..model import Failure, Record
from ..settings import Settings
from .detect import detect
from .limits import Bounded, Counted, InputTooLarge, article_failure, buffered
from .sources import STDIN, expand

Reader = Callable[[str, io.BufferedReader, Settings], Iterator[Record | Failure]]

_SNIFF_BYTES = 4096
_GZIP_MAGIC = b"\x1f\x8b"
# Format -> "module:function", imported on first use so that plain text never pays for trafilatura or feedparser.
_READERS = {
    "text": "plain:read_text",
    "html": "webpage:read_html",
    "jsonl": "jsonlines:read_jsonl",
    "json": "jsonlines:read_json",
    "csv": "table:read_csv",
    "feed": "feed:read_feed",
    "warc": "warc:read_warc",
}


# What a path that is not a regular file is; opening one could wait forever for a writer.
_SPECIAL = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a character device"),
            (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a directory"))


class NotRegularFile(ValueError):
    """A path naming a FIFO, device or socket: refused before any read."""


def read(paths: Iterable[str | PathLike[str]], *, settings: Settings) -> Iterator[Record | Failure]:
    for source in expand(paths):  # an unreadable directory comes as a Failure
        if isinstance(source, Failure):
            yield source
        else:
            yield from read_source(source, settings=settings)


def read_source(source: str, *, settings: Settings) -> Iterator[Record | Failure]:
    for item in _read_source(source, settings):
        yield (article_failure(item, settings) or item) if isinstance(item, Record) else item


def _read_source(source: str, settings: Settings) -> Iterator[Record | Failure]:
    try:
        with _open(source, settings) as stream:
            fmt = detect("" if source == STDIN else source, stream.peek(_SNIFF_BYTES)[:_SNIFF_BYTES])
            items = _reader(fmt)(source, stream, settings)
            first = next(items, None)  # an empty feed, JSON Lines or WARC file must still be reported
            yield from chain([first], items) if first is not None else [
                Failure(source, f"no articles in this {fmt} file")]
    except (InputTooLarge, NotRegularFile) as exc:
        yield Failure(source, str(exc))
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


@contextmanager
def _open(source: str, settings: Settings) -> Iterator[io.BufferedReader]:
    """The source's bytes, gunzipped on the fly when gzipped (``news.jsonl.gz``, ``crawl.warc.gz``), within
    ``max_input_bytes`` and the gzip bomb ratio."""
    with ExitStack() as stack:
        raw = cast(io.BufferedReader, sys.stdin.buffer) if source == STDIN else stack.enter_context(
            _open_regular(source))
        stream: BinaryIO | gzip.GzipFile = raw
        compressed = None
        if raw.peek(2)[:2] == _GZIP_MAGIC:
            compressed = Counted(raw)
            stream = stack.enter_context(gzip.GzipFile(fileobj=compressed))
        yield buffered(Bounded(stream, settings, compressed))


def _open_regular(source: str) -> io.BufferedReader:
    """The file opened without blocking (a FIFO with no writer would hold ``open`` forever), refused unless it
    is a regular file: checked on the open descriptor, so nothing can swap the file in between."""
    descriptor = os.open(source, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    mode = os.fstat(descriptor).st_mode
    kind = next((name for test, name in _SPECIAL if test(mode)), None)
    if kind is not None:
        os.close(descriptor)
        raise NotRegularFile(f"not a regular file but {kind}: refused, since reading it could block "
                             "(pipe its contents to - instead)")
    return open(descriptor, "rb")


def _one_line(exc: Exception) -> str:
    message = " ".join(str(exc).split())
    return message if isinstance(exc, ValueError) and message else f"{type(exc).__name__}: {message}"[:300]
