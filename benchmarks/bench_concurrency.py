"""Concurrent writers at length: many rounds of 2-4 `linimasa ingest` processes at once, into a new database and into
one holding articles already, each round compared with ingesting the same files one after another, in some order.

    nice .venv/bin/python benchmarks/bench_concurrency.py [--rounds 20] [--backend sqlite --backend postgres]

tests/test_store_concurrency.py runs 3 rounds of the same cases. PostgreSQL comes from tests/pg.py (a throwaway
server). Prints and appends one JSON line per backend and case to out/bench_concurrency.jsonl: rounds, rounds that
ended as a sequential run in some order did, processes that failed, wall seconds (the machine may be shared:
see the load).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from concurrency import Orders, contents, ingest, inputs  # noqa: E402 - shared with the tests

RESULTS = ROOT / "out" / "bench_concurrency.jsonl"
CASES = [(2, False), (4, False), (3, True)]  # (processes at once, whether a first file is ingested before them)


def databases(backend: str, directory: Path) -> Callable[[], str]:
    if backend == "sqlite":
        names = (str(directory / f"db-{i}.db") for i in range(1_000_000))
        return lambda: next(names)
    from pg import server

    return server().database


def run_case(new_database: Callable[[], str], files: list[str], processes: int, existing: bool, rounds: int,
             orders: Orders) -> dict[str, object]:
    started, equal, failed = time.perf_counter(), 0, 0
    first = files[:1] if existing else []
    for _ in range(rounds):
        database = new_database()
        if existing:
            failed += len(ingest(database, files[:1], concurrently=False))
        failed += len(ingest(database, files[-processes:], concurrently=True))
        equal += orders.matches(contents(database), first=first, rest=files[-processes:])
    return {"processes": processes, "existing": existing, "rounds": rounds, "equal_to_sequential": equal,
            "failed_processes": failed, "sequential_orders_run": len(orders.found),
            "seconds": round(time.perf_counter() - started, 1), "load": os.getloadavg()[0]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--backend", action="append", choices=["sqlite", "postgres"])
    parser.add_argument("--existing-only", action="store_true", help="Only the case of a database holding a file.")
    args = parser.parse_args()
    directory = Path(tempfile.mkdtemp(prefix="bench-concurrency-"))
    files = inputs(directory, files=4)
    orders = Orders(directory)
    RESULTS.parent.mkdir(exist_ok=True)
    for backend in args.backend or ["sqlite"]:
        new_database = databases(backend, directory)
        for processes, existing in CASES:
            if args.existing_only and not existing:
                continue
            result = {"backend": backend, **run_case(new_database, files, processes, existing, args.rounds, orders)}
            print(json.dumps(result), flush=True)
            with RESULTS.open("a", encoding="utf-8") as fh:
                fh.write(json.dumps(result) + "\n")


if __name__ == "__main__":
    main()
