"""The properties every parser keeps on hostile input, shared by tests/test_fuzz_*.py and benchmarks/fuzz_parsers.py.

A check returns ``OK`` or ``REJECTED`` (a clear, one-line refusal) and raises AssertionError when a property
breaks; any other exception escaping a check is an unhandled crash in the code under test.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import tempfile
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from fuzz_inputs import LIMIT

from linimasa.model import Article, Failure, Record
from linimasa.settings import Settings

OK, REJECTED = "ok", "rejected"
# A reason that is a caught exception's class and message ("IndexError: list index out of range").
_LEAKED_EXCEPTION = re.compile(r"^[A-Z]\w*: ")
_ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T|$)")
_ISO_WEEK = re.compile(r"^\d{4}-W(\d{2})")
_CLOCK = re.compile(r"T(\d{2}):(\d{2})")
TIMEX_TYPES = frozenset({"DATE", "TIME", "DURATION", "SET"})


def assert_clear(reason: str) -> None:
    assert reason.strip(), "empty reason"
    assert "\n" not in reason and "Traceback" not in reason, f"multi-line reason: {reason!r}"
    assert not _LEAKED_EXCEPTION.match(reason), f"reason is a leaked exception: {reason!r}"


def check_ingest(suffix: str, data: bytes) -> str:
    from linimasa.ingest import read

    with tempfile.TemporaryDirectory() as directory:
        path = str(Path(directory) / f"input{suffix}")
        Path(path).write_bytes(data)
        items = list(read([path], settings=Settings(max_bytes=LIMIT, max_article_bytes=LIMIT)))
    assert items, "an input vanished: neither a record nor a failure"
    for item in items:
        assert item.source.startswith(path), item.source
        if isinstance(item, Failure):
            assert_clear(item.reason)
        else:
            assert isinstance(item, Record) and isinstance(item.body, str)
            assert item.published is None or assert_real_value(item.published) is None
    return REJECTED if any(isinstance(item, Failure) for item in items) else OK


def check_clean(body: str) -> str:
    """Cleaning is idempotent, and without cleaning the text comes back but for the controls no store takes."""
    from linimasa.clean import clean
    from linimasa.clean.controls import storable

    assert clean(Record("fuzz", body), Settings(clean=False)).text == storable(body)  # only controls go
    try:
        article = clean(Record("fuzz", body), Settings())
    except ValueError as exc:
        assert_clear(str(exc))
        return REJECTED
    assert article.text and article.text == article.text.strip(), repr(article.text)
    again = clean(Record("fuzz", article.text), Settings())
    assert (again.text, again.id) == (article.text, article.id), "cleaning a clean text changed it"
    return OK


def check_timex(text: str, dct: str | None = None) -> str:
    from linimasa.timex import analyse

    found = analyse(text, dct=dct)
    assert_spans(text, [(t.start, t.end) for t in (*found.timexes, *found.warnings)])
    for timex in found.timexes:
        assert timex.start < timex.end and timex.type in TIMEX_TYPES, timex
        assert_real_value(timex.value)
    if found.inferred:  # becomes the article's publication date
        assert_real_value(found.inferred)
    return OK


def assert_real_value(value: str) -> None:
    """No invented dates: year 1..9999, month 1..12, days that exist, weeks 1..53, clock times that exist."""
    if match := _ISO_WEEK.match(value):
        assert 1 <= int(match[1]) <= 53, value
    elif match := _ISO_DATE.match(value):
        year, month, day = (int(g) if g else None for g in match.groups())
        assert 1 <= year <= 9999, value
        dt.date(year, month or 1, day or 1)  # raises ValueError for 2023-02-31 or month 13
    if clock := _CLOCK.search(value):
        dt.time(int(clock[1]), int(clock[2]))  # raises ValueError for 25:61


def check_stages(text: str, upto: str) -> str:
    """Run the article stages up to and including ``upto`` on raw text; every span must slice the text."""
    from linimasa.pipeline import ARTICLE_STAGES, annotate_article, stages

    names = ARTICLE_STAGES[:ARTICLE_STAGES.index(upto) + 1]
    article = annotate_article(Article(id="fuzz", source="fuzz", text=text), Settings(), stages(names))
    assert article.text == text
    assert_spans(text, list(spans(article)))
    return OK


def spans(article: Article) -> Iterator[tuple[int, int]]:
    from linimasa.serialize import LAYERS

    for layer in LAYERS:
        for span in getattr(article, layer):
            yield span.start, span.end
    yield from ((q.speaker_start, q.speaker_end) for q in article.quotes if q.speaker_start is not None)
    yield from ((e.trigger_start, e.trigger_end) for e in article.events)


def assert_spans(text: str, pairs: list[tuple[int, int]]) -> None:
    for start, end in pairs:
        assert 0 <= start <= end <= len(text), (start, end, len(text))


@cache
def _store():
    from fuzz_samples import paragraphs

    from linimasa.store.sqlite import SQLiteStore

    store = SQLiteStore(":memory:")
    store.add(Article(id=f"a{n}", source=f"a{n}.txt", text=p, title=f"Judul {n}") for n, p in enumerate(paragraphs()))
    return store


def check_query(text: str) -> str:
    """Search strings give results or a QueryError with a message, never an SQLite error."""
    from linimasa.store import QueryError
    from linimasa.store.query import parse

    try:
        parse(text)
        total, hits = _store().search(text, limit=5)
    except QueryError as exc:
        assert_clear(str(exc))
        return REJECTED
    assert total >= len(hits)
    return OK


def check_annotate(suffix: str, data: bytes) -> str:
    """The whole `linimasa annotate` path: JSON lines whose spans slice their text, failures as clear lines."""
    from click.testing import CliRunner

    from linimasa.cli import commands

    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / f"input{suffix}"
        path.write_bytes(data)
        result = CliRunner().invoke(commands(), ["annotate", str(path)], env={"LINIMASA_MAX_BYTES": str(LIMIT)})
    assert isinstance(result.exception, SystemExit | None), repr(result.exception)
    assert result.exit_code in (0, 1, 3), result.exit_code
    for line in result.stdout.splitlines():
        item = json.loads(line)
        for layer in ("timexes", "entities", "quotes", "events", "warnings"):
            assert all(item["text"][x["start"]:x["end"]] == x["text"] for x in item[layer]), layer
    for line in result.stderr.splitlines():
        assert_clear(line.partition(": ")[2])
    return OK if result.exit_code == 0 else REJECTED
