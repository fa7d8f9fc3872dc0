"""Concurrent writers: 2-4 `linimasa ingest` processes of different files at once, into a new database (they race
in the migrations) and into one that holds articles already, end with what ingesting the files one after another
gives: the same articles, sources, copies, stories, timeline entries and evidence rows, on SQLite and PostgreSQL.

A few rounds here; benchmarks/bench_concurrency.py runs 20 of each.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from concurrency import contents, ingest, inputs
from pg import pg_url, server  # noqa: F401 - fixture

ROUNDS = 3
# (processes at once, whether a first file is ingested before them)
CASES = [(2, False), (4, False), (3, True)]


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    return inputs(tmp_path_factory.mktemp("inputs"), files=4)


@pytest.fixture(scope="module")
def sequential(files: list[str], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The four files ingested one after another (the order does not matter for them, see the last test)."""
    database = str(tmp_path_factory.mktemp("sequential") / "one-by-one.db")
    assert ingest(database, files, concurrently=False) == []
    return contents(database)


def _rounds(make_database: Callable[[], str], files: list[str], processes: int, existing: bool
            ) -> Iterator[dict[str, Any]]:
    for _ in range(ROUNDS):
        database = make_database()
        if existing:
            assert ingest(database, files[:1], concurrently=False) == []
        assert ingest(database, files[-processes:], concurrently=True) == []
        yield contents(database)


def _reference(tmp_path: Path, files: list[str], sequential: dict[str, Any], processes: int,
               existing: bool) -> dict[str, Any]:
    """What ingesting the files of the case one after another gives."""
    used = files[:1] + files[-processes:] if existing else files[-processes:]
    if set(used) == set(files):
        return sequential
    database = str(tmp_path / "sequential.db")
    assert ingest(database, used, concurrently=False) == []
    return contents(database)


@pytest.mark.parametrize(("processes", "existing"), CASES)
def test_store_concurrent_ingests_equal_a_sequential_run_sqlite(tmp_path: Path, files: list[str],
                                                                sequential: dict[str, Any], processes: int,
                                                                existing: bool) -> None:
    reference = _reference(tmp_path, files, sequential, processes, existing)
    names = (str(tmp_path / f"round-{i}.db") for i in range(ROUNDS))
    for found in _rounds(lambda: next(names), files, processes, existing):
        assert found == reference


@pytest.mark.parametrize(("processes", "existing"), CASES)
def test_store_concurrent_ingests_equal_a_sequential_run_postgres(pg_url: str, tmp_path: Path, files: list[str],
                                                                  sequential: dict[str, Any], processes: int,
                                                                  existing: bool) -> None:
    """Compared with the SQLite sequential run: both backends store the same."""
    reference = _reference(tmp_path, files, sequential, processes, existing)
    urls = iter([pg_url, *(server().database() for _ in range(ROUNDS - 1))])
    for found in _rounds(lambda: next(urls), files, processes, existing):
        assert found == reference


def test_store_concurrency_files_give_one_result_in_any_order(tmp_path: Path, files: list[str],
                                                              sequential: dict[str, Any]) -> None:
    """The premise of the comparison: these files end the same whichever is ingested first."""
    database = str(tmp_path / "reversed.db")
    assert ingest(database, files[::-1], concurrently=False) == []
    assert contents(database) == sequential
