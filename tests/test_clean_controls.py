"""Text made storable once, before anything reads it: the same text on SQLite and PostgreSQL, never a batch lost to
one control character; a text file with a stray NUL is text."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from pg import pg_url  # noqa: F401 - fixture

from linimasa.clean.controls import storable
from linimasa.collection import Collection
from linimasa.ingest.decode import DecodeError, decode
from linimasa.settings import Settings

LEAD = "Jakarta - Presiden Joko Widodo meresmikan jalan tol Trans-Jawa di Semarang pada Senin (26/7/2023)."


@pytest.mark.parametrize(("raw", "stored"), [
    ("Joko\x00 Widodo", "Joko Widodo"),  # NUL: PostgreSQL refuses it
    ("Joko\x07\x1b Widodo", "Joko Widodo"),  # bell, escape: invisible
    ("Joko\x0cWidodo", "Joko Widodo"),  # form feed: whitespace, so the words stay apart
    ("Joko\x1fWidodo", "Joko Widodo"),  # unit separator: whitespace too
    ("Joko \ud800Widodo", "Joko \ufffdWidodo"),  # a lone surrogate (JSON "\ud800"): no backend can encode it
    ("Joko\tWidodo\r\nberkata", "Joko\tWidodo\r\nberkata"),  # tab, CR, LF stay
    ("Rp\u00a0100 \u201cjuta\u201d \x7f", "Rp\u00a0100 \u201cjuta\u201d \x7f"),  # not C0: untouched
])
def test_clean_controls_make_text_storable(raw: str, stored: str) -> None:
    assert storable(raw) == stored


def _five_lines(path: Path) -> Path:
    """Five JSON lines, the third with an escaped NUL in its text and title."""
    lines = [{"title": f"Berita {i}", "text": f"{LEAD} Ini berita nomor {i} tentang peresmian jalan tol itu."}
             for i in range(5)]
    lines[2] = {"title": "Berita\u0000 2", "text": lines[2]["text"].replace("tol", "tol\u0000", 1)}
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return path


@pytest.fixture(params=["sqlite", "postgres"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    return str(tmp_path / "nul.db") if request.param == "sqlite" else request.getfixturevalue("pg_url")


def test_clean_controls_a_nul_loses_nothing_on_either_backend(database: str, tmp_path: Path) -> None:
    with Collection(Settings(database=database)) as collection:
        report = collection.ingest([str(_five_lines(tmp_path / "five.jsonl"))])
        stored = list(collection.articles())
    assert (report.new, report.failures, len(stored)) == (5, [], 5)
    assert not any("\x00" in (a.text + (a.title or "")) for a in stored)
    assert {a.title for a in stored} == {f"Berita {i}" for i in range(5)}


@pytest.mark.parametrize(("data", "kind"), [
    (f"{LEAD}\n\nPeresmian\x00 dihadiri gubernur.\n".encode(), "text"),  # one stray NUL: text
    (LEAD.encode("utf-16-le"), "binary"),  # UTF-16 without a byte order mark: half the bytes NUL
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary"),
    (LEAD.encode() + bytes(range(32)) * 4, "binary"),  # control bytes well beyond a stray one
])
def test_clean_controls_binary_is_judged_by_the_share_of_control_bytes(data: bytes, kind: str) -> None:
    try:
        text = decode(data)
    except DecodeError:
        text = None
    assert (text is not None) == (kind == "text")
