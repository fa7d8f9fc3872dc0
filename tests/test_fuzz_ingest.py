"""Fuzzing ingest and `linimasa annotate`: every file, however broken, gives Records or Failures with a clear
one-line reason.

The regression table holds the minimal inputs earlier fuzzing runs crashed on; the property tests mutate valid
samples of every format (benchmarks/fuzz_parsers.py runs the same properties at scale).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from fuzz_checks import REJECTED, assert_real_value, check_annotate, check_ingest
from fuzz_inputs import BAD_DATES, hostile_file
from fuzz_samples import SAMPLES, warc_record
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from linimasa.ingest import read
from linimasa.ingest.published import normalise_published
from linimasa.model import Record
from linimasa.settings import Settings

GOOD = json.dumps({"text": "SEOUL - Kim Jong-un bertemu Menteri Pertahanan Rusia Sergei Shoigu di Pyongyang."})
GOOD_PAGE = b"<html><body><article><p>" + b"Kim Jong-un bertemu Sergei Shoigu di Pyongyang. " * 5 + b"</p></article>"


@pytest.mark.parametrize(("suffix", "data"), [
    (".html", b"\xef\xbb\xbf"),  # lxml: "Document is empty"
    (".html", b"<!-- hanya komentar -->"),
    (".jsonl", b""),  # an empty multi-record file used to vanish without a failure
    (".warc", b""),
    (".jsonl", b'{"text": ' + b"[" * 100_000 + b"\n"),  # RecursionError
    (".csv", b'title,content\nA,"' + b"x" * 200_000),  # csv.Error: field larger than field limit
    (".csv", b"x" * 200_000 + b",content\nA,B\n"),  # the same in the header
    (".rss", b"<rss><channel><item><title>x</title><description></description></item></channel></rss>"),  # no text
    (".warc", warc_record("https://x.id/a", GOOD_PAGE).replace(b"WARC-Target-URI", b"X-Uri")),
    (".warc", b"WARC/1.\r\n"),
    (".warc", warc_record("https://x.id/a", GOOD_PAGE).replace(b"Content-Length: ", b"Content-Length: " + b"9" * 40)),
])
def test_fuzz_ingest_regressions_are_clear_failures(suffix: str, data: bytes) -> None:
    assert check_ingest(suffix, data) == REJECTED


@pytest.mark.parametrize("bad", [
    '{"text": "a \\ud800 b", "title": "\\udfff"}',  # lone surrogates: kept, replaced by "?"
    '{"text": ' + "[" * 100_000,
    '{"a":' * 100_000,
    "[1, 2]",
    "{not json",
])
def test_fuzz_ingest_bad_json_line_loses_only_itself(tmp_path: Path, bad: str) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(f"{GOOD}\n{bad}\n{GOOD}\n", encoding="utf-8")
    first, middle, last = read([str(path)], settings=Settings())
    assert isinstance(first, Record) and isinstance(last, Record) and last.source == f"{path}:3"
    assert isinstance(middle, Record) or middle.source == f"{path}:2"


@pytest.mark.parametrize("value", [*(d.decode("latin-1") for d in BAD_DATES), "2023-02-31 10:00", "31 Februari 2023",
                                   "2023-07-27T25:61:00+07:00", "Mon, 31 Feb 2023 10:00:00 +0700", "00/00/0000"])
def test_fuzz_ingest_published_is_never_an_impossible_date(value: str) -> None:
    published = normalise_published(value)
    assert published is None or assert_real_value(published) is None


def test_fuzz_ingest_feed_never_expands_external_entities(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("RAHASIA-12345", encoding="utf-8")
    path = tmp_path / "x.rss"
    path.write_text(f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY s SYSTEM "file://{secret}">]>'
                    "<rss><channel><item><title>t</title><description>Isi &s; berita panjang sekali di sini."
                    "</description></item></channel></rss>", encoding="utf-8")
    items = list(read([str(path)], settings=Settings()))
    assert not any("RAHASIA" in (item.body if isinstance(item, Record) else item.reason) for item in items)


@pytest.mark.slow  # hundreds of generated files
@pytest.mark.parametrize("fmt", sorted(SAMPLES))
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_fuzz_ingest_hostile_files_never_raise(fmt: str, data: st.DataObject) -> None:
    check_ingest(*data.draw(hostile_file(fmt)))


@pytest.mark.slow  # hundreds of generated files
@pytest.mark.parametrize("fmt", ["text", "html", "jsonl"])
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_fuzz_ingest_annotate_command_on_hostile_files(fmt: str, data: st.DataObject) -> None:
    check_annotate(*data.draw(hostile_file(fmt)))


@pytest.mark.parametrize("dct", ["kemarin", "99/99/9999", "2023-13-45", "0000-01-01", "10000-01-01"])
def test_fuzz_ingest_annotate_refuses_an_impossible_dct(tmp_path: Path, dct: str) -> None:
    from click.testing import CliRunner

    from linimasa.cli import commands

    (tmp_path / "a.txt").write_text("JAKARTA - Presiden bertemu Kim Jong-un di Jakarta.", encoding="utf-8")
    result = CliRunner().invoke(commands(), ["annotate", "--dct", dct, str(tmp_path / "a.txt")])
    assert result.exit_code == 2 and "ISO 8601" in result.stderr and not result.stdout
