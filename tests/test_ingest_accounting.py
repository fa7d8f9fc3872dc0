"""Every input accounted for: a truncated archive keeps its intact records and reports the cut, a CSV row with
broken quoting is reported (not stored as garbage) and the rows it swallowed are read, and no file name can
forge a line of the failure report."""
from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from click.testing import CliRunner
from fuzz_samples import paragraphs, warc_record

from linimasa.cli import commands
from linimasa.ingest import read
from linimasa.model import Failure, Record
from linimasa.settings import Settings

TEXTS = paragraphs()[:3]
PAGES = [f"<html><body><article><p>{text}</p></article></body></html>".encode() for text in TEXTS]
RECORDS = [warc_record(f"https://x.id/{n}", page) for n, page in enumerate(PAGES, start=1)]
TRUNCATED = "truncated: the archive ends inside this record"


def _read(path: Path) -> list[tuple[str, str]]:
    return [(item.source.removeprefix(str(path)), item.reason if isinstance(item, Failure) else item.url or "")
            for item in read([str(path)], settings=Settings())]


@pytest.mark.parametrize(("name", "pack"), [
    ("plain.warc", lambda records: b"".join(records)),
    ("members.warc.gz", lambda records: b"".join(gzip.compress(r, mtime=0) for r in records)),  # warcio's layout
    ("whole.warc.gz", lambda records: gzip.compress(b"".join(records), mtime=0)),
])
def test_ingest_accounting_truncated_warc_keeps_the_intact_records(tmp_path: Path, name: str, pack) -> None:
    data = pack(RECORDS)
    (tmp_path / name).write_bytes(data[:len(data) - 60])  # cut inside the third record
    assert _read(tmp_path / name) == [(":1", "https://x.id/1"), (":2", "https://x.id/2"), (":3", TRUNCATED)]


HEADER = "title,content,url\n"
ROW_1, ROW_2 = f'A,"{TEXTS[0]}",http://a/1\n', f'B,"{TEXTS[1]}",http://a/2\n'
BROKEN_QUOTING = [
    # an unclosed quote swallows the next row into its field
    (f'A,"{TEXTS[0]},http://a/1\n{ROW_2}', [(":2", "broken quoting: 2 fields where the header has 3"),
                                           (":3", "http://a/2")]),
    # a quote closed too early leaves the rest of the field as an extra column
    (f'A,"{TEXTS[0][:30]}" {TEXTS[0][30:]}",http://a/1\n{ROW_2}',
     [(":2", "broken quoting: 4 fields where the header has 3"),
                                                                   (":3", "http://a/2")]),
    (f'{ROW_1}B,{TEXTS[1]},http://a/2,extra\n', [(":2", "http://a/1"),
                                                  (":3", "broken quoting: 5 fields where the header has 3")]),
    (f'{ROW_1}B,"{TEXTS[1]}",lihat http://a/2\n', [(":2", "http://a/1"),
                                                    (":3", "the url field holds no URL (broken quoting?)")]),
    # a stray quote opening a field that the next lines never close: each later line is read on its own
    (f'{ROW_1}C,"tiga,http://a/3\n{ROW_2}', [(":2", "http://a/1"),
                                          (":3", "broken quoting: 2 fields where the header has 3"),
                                          (":4", "http://a/2")]),
]


@pytest.mark.parametrize(("rows", "expected"), BROKEN_QUOTING)
def test_ingest_accounting_csv_broken_quoting_is_reported_per_row(tmp_path: Path, rows: str,
                                                                  expected: list[tuple[str, str]]) -> None:
    (tmp_path / "a.csv").write_text(HEADER + rows, encoding="utf-8")
    assert _read(tmp_path / "a.csv") == expected


def test_ingest_accounting_csv_quoted_line_breaks_are_kept(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text(f'{HEADER}A,"{TEXTS[0]}\n\n{TEXTS[1]}",http://a/1\n{ROW_2}', encoding="utf-8")
    first, second = read([str(tmp_path / "a.csv")], settings=Settings())
    assert isinstance(first, Record) and first.body == f"{TEXTS[0]}\n\n{TEXTS[1]}" and second.source.endswith(":5")


@pytest.mark.parametrize("name", ["a\nforged.txt: looks like another failure", "b\r\x1b[2Kreset.txt", "c\u2028d.txt"])
def test_ingest_accounting_file_name_cannot_forge_a_report_line(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_bytes(b"")
    result = CliRunner().invoke(commands(), ["annotate", str(tmp_path / name)], catch_exceptions=False)
    (line,) = result.stderr.splitlines()
    assert result.exit_code == 1 and line.endswith(": empty file") and line.isprintable()
