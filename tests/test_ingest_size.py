"""The size policy at every reader: an item over a limit is one Failure naming the limit, found while streaming,
and everything before and after it is read. The files are generated here (a few MB on disk at most);
benchmarks/bench_sizes.py runs the full-size probes (15 MB text, 50 MB CSV field, 2 GB newline run, gzip
bombs) as whole processes and reports their time and memory."""
from __future__ import annotations

import gzip
import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from fuzz_samples import html_sample, rss_sample, warc_record

from linimasa.ingest import read
from linimasa.model import Failure, Record
from linimasa.settings import Settings

GOOD = "SEOUL - Pemimpin Korea Utara Kim Jong-un bertemu Menteri Pertahanan Rusia Sergei Shoigu di Pyongyang."
PAGE = f"<html><body><article><p>{GOOD} {GOOD}</p></article></body></html>".encode()
NEWLINE = b"\n"
FIFO_REFUSED = ("not a regular file but a named pipe (FIFO): refused, since reading it could block "
                "(pipe its contents to - instead)")
ARTICLE_LIMIT = "article larger than 2 MB (limit: max_article_bytes)"


def bomb(prefix: bytes, filler: bytes, size: int) -> bytes:
    """``prefix`` then ``size`` bytes of ``filler`` as one gzip stream: members of 1 MB each, compressed once."""
    member = gzip.compress(filler * ((1 << 20) // len(filler)), mtime=0)
    return gzip.compress(prefix, mtime=0) + member * (size >> 20)


def _items(tmp_path: Path, name: str, data: bytes, settings: Settings | None = None) -> list[Record | Failure]:
    (tmp_path / name).write_bytes(data)
    (tmp_path / "zz-good.txt").write_text(GOOD, encoding="utf-8")
    *items, last = read([str(tmp_path / name), str(tmp_path / "zz-good.txt")], settings=settings or Settings())
    assert isinstance(last, Record) and last.body == GOOD, "the rest of the batch is read"
    return items


def _jsonl(text: str) -> bytes:
    return json.dumps({"text": text}).encode() + b"\n"


# name, file contents, the reasons expected in order (a Record expected where the reason is None)
OVER_THE_LIMIT: list[tuple[str, Callable[[], bytes], list[str | None]]] = [
    ("big.txt", lambda: (GOOD + "\n").encode() * 150_000, [ARTICLE_LIMIT]),
    ("big.jsonl", lambda: _jsonl(GOOD) + _jsonl(GOOD * 25_000) + _jsonl(GOOD), [None, ARTICLE_LIMIT, None]),
    ("big.csv", lambda: f'title,content\nA,"{GOOD}"\nB,"{GOOD * 25_000}"\nC,{GOOD}\n'.encode(),
     [None, ARTICLE_LIMIT, None]),
    ("field.csv", lambda: b'title,content\nA,"' + b"x" * 25_000_000 + f'"\nC,{GOOD}\n'.encode(),
     ["row larger than 20 MB (limit: max_bytes)", None]),
    ("line.jsonl", lambda: b'{"text": "' + b"x" * 25_000_000 + b'"}\n' + _jsonl(GOOD),
     ["line larger than 20 MB (limit: max_bytes)", None]),
    ("zeros.warc", lambda: bytes(25_000_000), ["malformed WARC record header; the rest of the archive cannot be read"]),
    ("huge.warc", lambda: warc_record("https://x.id/1", PAGE + b" " * 21_000_000) + warc_record("https://x.id/2", PAGE),
     ["WARC record larger than 20 MB (limit: max_bytes)", None]),
]


@pytest.mark.parametrize(("name", "make", "expected"), OVER_THE_LIMIT, ids=[case[0] for case in OVER_THE_LIMIT])
def test_ingest_size_item_over_a_limit_is_reported_and_the_rest_read(
        tmp_path: Path, name: str, make: Callable[[], bytes], expected: list[str | None]) -> None:
    items = _items(tmp_path, name, make())
    assert [item.reason if isinstance(item, Failure) else None for item in items] == expected


BOMB_REASON = "gzip data inflating more than 100 times (a decompression bomb)"
BOMBS = [  # a valid start, then a gigabyte of one byte: the bomb is found after a few MB, not a gigabyte
    ("bomb.txt.gz", GOOD.encode(), b"a"),
    ("bomb.html.gz", b"<html><body><p>", b"a"),
    ("bomb.json.gz", b'[{"text": "', b"a"),
    ("bomb.jsonl.gz", _jsonl(GOOD), b"\n"),  # the newline bomb: 2 GB of it took minutes
    ("bomb.csv.gz", f"title,content\nA,{GOOD}\n".encode(), b"B,x\n"),
    ("bomb.rss.gz", rss_sample()[:200], b"a"),
    ("bomb.warc.gz", warc_record("https://x.id/1", html_sample()), b"\r\n"),
]


@pytest.mark.parametrize(("name", "prefix", "filler"), BOMBS, ids=[case[0] for case in BOMBS])
def test_ingest_size_gzip_bomb_is_refused_in_every_format(tmp_path: Path, name: str, prefix: bytes,
                                                           filler: bytes) -> None:
    items = _items(tmp_path, name, bomb(prefix, filler, 1 << 30))
    assert isinstance(items[-1], Failure) and items[-1].reason == BOMB_REASON
    assert all(isinstance(item, Record) for item in items[:-1])


def test_ingest_size_max_input_bytes_bounds_a_plain_file(tmp_path: Path) -> None:
    items = _items(tmp_path, "a.jsonl", _jsonl(GOOD) * 3000, Settings(max_input_bytes=100_000))
    assert all(isinstance(item, Record) for item in items[:-1])
    assert items[-1] == Failure(str(tmp_path / "a.jsonl"), "input larger than 100,000 bytes (limit: max_input_bytes)")


@pytest.mark.parametrize(("name", "blank"), [("a.jsonl", b"\n"), ("b.jsonl", b" \r\n"), ("a.csv", b"\n")])
def test_ingest_size_blank_line_run_is_read_through(tmp_path: Path, name: str, blank: bytes) -> None:
    """64 MB of blank lines between two records: both read, the second with its own line number."""
    run = blank * ((64 << 20) // len(blank))
    data = (_jsonl(GOOD) + run + _jsonl(GOOD) if name.endswith("jsonl")
            else f"title,content\nA,{GOOD}\n".encode() + run + f"B,{GOOD}\n".encode())
    first, second = _items(tmp_path, name, data)
    assert isinstance(first, Record) and isinstance(second, Record)
    assert second.source == f"{tmp_path / name}:{data.count(NEWLINE)}"


def test_ingest_size_article_limit_is_a_setting(tmp_path: Path) -> None:
    (item,) = _items(tmp_path, "a.txt", GOOD.encode() * 3, Settings(max_article_bytes=200))
    assert item == Failure(str(tmp_path / "a.txt"), "article larger than 200 bytes (limit: max_article_bytes)")


def test_ingest_size_fifo_is_refused_at_once(tmp_path: Path) -> None:
    """No writer: opening the pipe the usual way would wait forever. In a directory too, never skipped."""
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "zz-good.txt").write_text(GOOD, encoding="utf-8")
    for paths in ([tmp_path / "pipe.txt", tmp_path / "zz-good.txt"], [tmp_path]):
        refused, good = read(paths, settings=Settings())
        assert refused == Failure(str(tmp_path / "pipe.txt"), FIFO_REFUSED)
        assert isinstance(good, Record)


def test_ingest_size_unreadable_directory_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As root nothing is unreadable, so the listing of one subdirectory is made to fail."""
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "zz-good.txt").write_text(GOOD, encoding="utf-8")
    scandir = os.scandir

    def refuse(path: str | Path = ".") -> object:
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refuse)
    refused, good = read([tmp_path], settings=Settings())
    assert refused == Failure(str(tmp_path / "locked"), "cannot read this directory (Permission denied)")
    assert isinstance(good, Record)
