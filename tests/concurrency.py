"""Concurrent ingests and what a store holds after them, for tests/test_concurrency.py and
benchmarks/bench_concurrency.py.

The inputs are CLICK-ID articles on the threads September 2019 news kept returning to (the KPK law, the haze,
Habibie's death, the criminal code), dealt round-robin into files, so that every file's articles join stories,
copies and timeline entries that another file's articles started: the order in which ingests store their
collection update matters, and a lost or doubled update shows. Concurrent ingests must end as the files ingested
one after another in some order do (``Orders``).
"""
from __future__ import annotations

import re
import subprocess
from collections.abc import Sequence
from itertools import permutations
from pathlib import Path
from typing import Any

from reliability import linimasa, sample_rows, write_csv

from linimasa.settings import Settings
from linimasa.store import open_store

THREADS = re.compile(r"\b(KPK|Habibie|kabut asap|karhutla|RKUHP|RUU)\b", re.IGNORECASE)


def inputs(directory: Path, *, files: int, per_file: int = 6) -> list[str]:
    """``files`` CSV files of ``per_file`` articles each, on shared threads (see the module docstring)."""
    rows = [row for row in sample_rows() if THREADS.search(row["title"])][: files * per_file]
    return [str(write_csv(directory / f"part-{i}.csv", rows[i::files])) for i in range(files)]


def ingest(database: str, paths: Sequence[str], *, concurrently: bool, timeout: float = 600) -> list[str]:
    """Ingest each path in its own ``linimasa ingest`` process, all at once or one after another; the stderr
    of each process that did not exit 0."""
    runs: list[subprocess.Popen[bytes]] = []
    errors = []
    for path in paths:
        runs.append(linimasa("--db", database, "ingest", "--quiet", path))
        if not concurrently:
            errors += _finished(runs[-1], timeout)
    if concurrently:
        for run in runs:
            errors += _finished(run, timeout)
    return errors


def _finished(run: subprocess.Popen[bytes], timeout: float) -> list[str]:
    _, stderr = run.communicate(timeout=timeout)
    return [] if run.returncode == 0 else [f"exit {run.returncode}: {stderr.decode(errors='replace')[-2000:]}"]


def contents(database: str) -> dict[str, Any]:
    """What a sequential run and a concurrent one must agree on: articles, copies, stories (as sets of
    articles), timeline entries (date, type and evidence spans) and evidence rows."""
    store = open_store(Settings(database=database))
    try:
        members: dict[str, list[str]] = {}
        for article_id, story_id in store.story_assignment().items():
            members.setdefault(story_id, []).append(article_id)
        total, events = store.events(limit=1_000_000)
        return {
            "articles": sorted(store.ids()),
            "sources": sorted((a, sorted(s)) for a, s in store.all_sources().items()),
            "copies": store.copy_pairs(),
            "stories": sorted(sorted(group) for group in members.values()),
            "entries": sorted((e.date or "", e.type or "", sorted(e.sources)) for e in events),
            "evidence": sum(len(e.sources) for e in events),
            "events": total,
        }
    finally:
        store.close()


class Orders:
    """What ingesting files one after another gives, per order of the files, each order run when first needed."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.found: dict[tuple[str, ...], dict[str, Any]] = {}

    def matches(self, result: dict[str, Any], *, first: Sequence[str], rest: Sequence[str]) -> bool:
        """Whether ``result`` is what ``first`` then ``rest`` in some order give, one after another."""
        for order in (tuple(first) + p for p in permutations(rest)):
            if order not in self.found:
                database = str(self.directory / f"sequential-{len(self.found)}.db")
                assert ingest(database, order, concurrently=False) == []
                self.found[order] = contents(database)
            if self.found[order] == result:
                return True
        return False
