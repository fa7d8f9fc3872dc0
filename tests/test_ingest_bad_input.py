"""Bad input never raises out of ``read``: each bad source is one Failure with a one-line reason, and the
rest of the batch is still read."""
from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from linimasa.ingest import read
from linimasa.model import Failure, Record
from linimasa.settings import Settings

GOOD = "SEOUL - Pemimpin Korea Utara Kim Jong-un bertemu Menteri Pertahanan Rusia Sergei Shoigu di Pyongyang."


def _fifty_megabytes(path: Path) -> None:
    with path.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024 - 1)
        fh.seek(0)
        fh.write(GOOD.encode())


BAD: list[tuple[str, Callable[[Path], object], str]] = [
    ("image.png", lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200)), "binary"),
    ("empty.txt", lambda p: p.write_bytes(b""), "empty"),
    ("blank.txt", lambda p: p.write_bytes(b" \n\n\t"), "empty"),
    ("big.txt", _fifty_megabytes, "file larger than 20 MB (limit: max_bytes)"),
    ("broken.txt", lambda p: p.write_bytes(b"Presiden \x81\x8d\x8f\x90\x9d berkata"), "UTF-8"),
    ("menu.html", lambda p: p.write_text("<html><body><nav>Beranda | Berita</nav></body></html>"), "no article"),
    ("rows.csv", lambda p: p.write_text("title,url\nJudul,https://x.id\n"), "no text column"),
    ("feed.rss", lambda p: p.write_text("<?xml version='1.0'?><rss version='2.0'><channel></channel></rss>"),
     "no entries"),
    ("missing.txt", lambda p: None, "no such file"),
    ("broken.txt.gz", lambda p: p.write_bytes(b"\x1f\x8b\x08\x00garbage, not deflate data"), "gzip"),
]


@pytest.mark.parametrize(("name", "make", "reason"), BAD)
def test_ingest_bad_input_is_one_failure_and_the_batch_goes_on(tmp_path: Path, name: str,
                                                               make: Callable[[Path], object], reason: str) -> None:
    make(tmp_path / name)
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    bad, good = read([str(tmp_path / name), str(tmp_path / "good.txt")], settings=Settings())
    assert isinstance(bad, Failure) and bad.source == str(tmp_path / name)
    assert reason in bad.reason and "\n" not in bad.reason
    assert isinstance(good, Record) and good.body == GOOD


def test_ingest_malformed_jsonl_line_names_its_line(tmp_path: Path) -> None:
    good = json.dumps({"text": GOOD})
    (tmp_path / "a.jsonl").write_text(f"{good}\n{{not json\n[1, 2]\n{good}\n", encoding="utf-8")
    items = list(read([str(tmp_path / "a.jsonl")], settings=Settings()))
    assert [type(i).__name__ for i in items] == ["Record", "Failure", "Failure", "Record"]
    assert [i.source for i in items if isinstance(i, Failure)] == [f"{tmp_path / 'a.jsonl'}:{n}" for n in (2, 3)]
    assert "malformed JSON" in items[1].reason


def test_ingest_jsonl_overlong_line_is_refused_and_the_next_read(tmp_path: Path) -> None:
    good = json.dumps({"text": GOOD})
    (tmp_path / "a.jsonl").write_text(f'{{"text": "{"x" * 5000}"}}\n{good}\n', encoding="utf-8")
    bad, record = read([str(tmp_path / "a.jsonl")], settings=Settings(max_bytes=1000))
    assert isinstance(bad, Failure) and bad.reason == "line larger than 1,000 bytes (limit: max_bytes)"
    assert isinstance(record, Record) and record.body == GOOD and record.source.endswith(":2")


def test_ingest_json_array_item_that_is_no_article(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(json.dumps([{"text": GOOD}, 5, {"title": "tanpa isi"}]), encoding="utf-8")
    items = list(read([str(tmp_path / "a.json")], settings=Settings()))
    assert [type(i).__name__ for i in items] == ["Record", "Failure", "Failure"]
    assert items[1].source == f"{tmp_path / 'a.json'}:2"


def test_ingest_max_bytes_is_a_setting(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (item,) = read([str(tmp_path / "a.txt")], settings=Settings(max_bytes=10))
    assert isinstance(item, Failure) and item.reason == "file larger than 10 bytes (limit: max_bytes)"
