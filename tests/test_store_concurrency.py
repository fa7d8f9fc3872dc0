"""Concurrent writers: 2-4 `linimasa ingest` processes of different files at once, into a new database (they race
in the migrations) and into one that holds articles already, end with what ingesting the files one after another
gives in some order: the same articles, sources, copies, stories, timeline entries and evidence rows, on SQLite
and PostgreSQL.

A few rounds here; benchmarks/bench_concurrency.py runs 20 of each.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from concurrency import Orders, contents, ingest, inputs
from pg import pg_url, server  # noqa: F401 - fixture

ROUNDS = 3
# (processes at once, whether a first file is ingested before them)
CASES = [(2, False), (4, False), (3, True)]


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    return inputs(tmp_path_factory.mktemp("inputs"), files=4)


@pytest.fixture(scope="module")
def orders(tmp_path_factory: pytest.TempPathFactory) -> Orders:
    return Orders(tmp_path_factory.mktemp("sequential"))


def _rounds(make_database: Callable[[], str], files: list[str], processes: int, existing: bool
            ) -> Iterator[dict[str, Any]]:
    for _ in range(ROUNDS):
        database = make_database()
        if existing:
            assert ingest(database, files[:1], concurrently=False) == []
        assert ingest(database, files[-processes:], concurrently=True) == []
        yield contents(database)


def _sequential(orders: Orders, files: list[str], found: dict[str, Any], processes: int, existing: bool) -> bool:
    """Whether ``found`` is what ingesting the case's files one after another gives, in some order."""
    return orders.matches(found, first=files[:1] if existing else [], rest=files[-processes:])


@pytest.mark.parametrize(("processes", "existing"), CASES)
def test_store_concurrent_ingests_equal_a_sequential_run_sqlite(tmp_path: Path, files: list[str], orders: Orders,
                                                                processes: int, existing: bool) -> None:
    names = (str(tmp_path / f"round-{i}.db") for i in range(ROUNDS))
    for found in _rounds(lambda: next(names), files, processes, existing):
        assert _sequential(orders, files, found, processes, existing)


@pytest.mark.parametrize(("processes", "existing"), CASES)
def test_store_concurrent_ingests_equal_a_sequential_run_postgres(pg_url: str, files: list[str], orders: Orders,
                                                                  processes: int, existing: bool) -> None:
    """Compared with the SQLite sequential runs: both backends store the same."""
    urls = iter([pg_url, *(server().database() for _ in range(ROUNDS - 1))])
    for found in _rounds(lambda: next(urls), files, processes, existing):
        assert _sequential(orders, files, found, processes, existing)
