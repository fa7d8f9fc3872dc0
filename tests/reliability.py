"""Inputs and probes for the reliability tests and benchmarks: hostile batches, the CLI as a subprocess.

Shared by tests/test_reliability.py and benchmarks/bench_crash.py so both exercise the same things.
"""
from __future__ import annotations

import csv
import gzip
import io
import itertools
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from linimasa.ingest.table import restore_paragraphs
from linimasa.serialize import STORED_LAYERS

SAMPLE = Path(__file__).parent / "data" / "click-id-1000.csv.gz"
CLI = (sys.executable, "-c", "from linimasa.cli import main; main()")
MAX_BYTES = 50_000  # the batches run with this limit so that "gigantic" stays cheap to write


def sample_rows() -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(gzip.decompress(SAMPLE.read_bytes()).decode("utf-8"))))


def sample_texts(*, max_chars: int = 1200) -> Iterator[str]:
    """Distinct article bodies, cut at a paragraph end so the pipeline stays quick."""
    seen = set()
    for row in sample_rows():
        text = restore_paragraphs(row["content"]).strip(" -–,\n")
        cut = text[:max_chars].rsplit("\n", 1)[0] if len(text) > max_chars else text
        key = " ".join(cut.split())
        if len(cut) >= 300 and key not in seen:
            seen.add(key)
            yield cut


def write_csv(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


# Good inputs: each is a distinct article that must be stored once, whatever its encoding.
GOOD: dict[str, tuple[str, Callable[[str], bytes]]] = {
    "utf8": (".txt", lambda t: t.encode()),
    "bom": (".txt", lambda t: b"\xef\xbb\xbf" + t.encode()),
    "crlf": (".txt", lambda t: t.replace("\n", "\r\n").encode()),
    "cp1252": (".txt", lambda t: t.encode("cp1252", errors="replace")),
    "utf16": (".txt", lambda t: t.encode("utf-16")),
    "jsonl": (".jsonl", lambda t: json.dumps({"title": t.split("\n")[0][:80], "text": t}).encode() + b"\n"),
}
# Bad inputs: each must be reported with its path and a reason, and never stop the batch.
BAD: dict[str, tuple[str, Callable[[str], bytes]]] = {
    "empty": (".txt", lambda t: b""),
    "blank": (".txt", lambda t: b" \n\t\r\n"),
    "binary": (".txt", lambda t: b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8),
    "gigantic": (".txt", lambda t: ((t + "\n") * (MAX_BYTES // len(t) + 2)).encode()),
    "malformed-jsonl": (".jsonl", lambda t: b"{this is not json\n"),
    "truncated-jsonl": (".jsonl", lambda t: json.dumps({"text": t}).encode()[: len(t) // 2]),
    "jsonl-without-text": (".jsonl", lambda t: b'{"title": "Judul saja"}\n'),
    "csv-without-text": (".csv", lambda t: b"a,b,c\n1,2,3\n"),
}


def mixed_batch(directory: Path, *, files: int = 1000, copies: int = 50) -> tuple[dict[str, str], list[str]]:
    """``files`` inputs: good ones in every encoding, byte-for-byte copies of some, and bad ones.

    Returns good source -> the source of the file it copies (itself for originals), and the bad paths.
    """
    bad_count = files * 9 // 20
    texts = itertools.cycle(sample_texts())
    good: dict[str, str] = {}
    for i, kind in zip(range(files - bad_count - copies), itertools.cycle(GOOD)):
        suffix, encode = GOOD[kind]
        path = directory / f"good-{i:04d}-{kind}{suffix}"
        path.write_bytes(encode(next(texts)))
        good[f"{path}:1" if suffix == ".jsonl" else str(path)] = ""
    originals = [p for p in good if p.endswith("-utf8.txt")]
    for i, original in zip(range(copies), itertools.cycle(originals)):
        path = directory / f"copy-{i:04d}.txt"
        path.write_bytes(Path(original).read_bytes())
        good[str(path)] = original
    bad = []
    for i, kind in zip(range(bad_count), itertools.cycle(BAD)):
        suffix, make = BAD[kind]
        path = directory / f"bad-{i:04d}-{kind}{suffix}"
        path.write_bytes(make(next(texts)))
        bad.append(str(path))
    return {source: original or source for source, original in good.items()}, bad


def linimasa(*args: str, env: dict[str, str] | None = None, **popen: object) -> subprocess.Popen[bytes]:
    """The CLI in a child process (its own session, so a crash test can kill it with its workers)."""
    full_env = {**os.environ, "LINIMASA_MAX_BYTES": str(MAX_BYTES), **(env or {})}
    return subprocess.Popen([*CLI, *args], env=full_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True, **popen)


def sqlite_count(database: str) -> int:
    """Committed articles, read the way a second process would (WAL: never blocks the writer)."""
    if not Path(database).exists():
        return 0
    conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=30)
    try:
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:  # the schema is not there yet
        return 0
    finally:
        conn.close()


def integrity(database: str) -> dict[str, int]:
    """What a half-written batch would break: rows without their layers, index or source."""
    conn = sqlite3.connect(database)
    one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
    layers = ", ".join(f"'{name}'" for name in STORED_LAYERS)
    report = {
        "articles": one("SELECT count(*) FROM articles"),
        "indexed": one("SELECT count(*) FROM articles_fts"),
        "without_source": one("SELECT count(*) FROM articles a WHERE NOT EXISTS"
                              " (SELECT 1 FROM sources s WHERE s.article_id = a.id)"),
        "incomplete_layers": one(f"SELECT count(*) FROM articles a WHERE (SELECT count(*) FROM layers l"
                                 f" WHERE l.article_id = a.id AND l.layer IN ({layers})) != {len(STORED_LAYERS)}"),
        "sources": one("SELECT count(*) FROM sources"),
        "distinct_sources": one("SELECT count(DISTINCT source) FROM sources"),
        # the collection stages (copies, stories, timeline) that run after an ingest
        "without_story": one("SELECT count(*) FROM articles a WHERE NOT EXISTS"
                             " (SELECT 1 FROM story_articles s WHERE s.article_id = a.id)"),
        "stories": one("SELECT count(DISTINCT story_id) FROM story_articles"),
        "copies": one("SELECT count(*) FROM copies"),
        "events": one("SELECT count(*) FROM events"),
    }
    conn.close()
    return report
