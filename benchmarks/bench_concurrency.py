"""Concurrent writers at length: many rounds of 2-4 `linimasa ingest` processes at once, into a new database and into
one holding articles already, each round compared with ingesting the same files one after another.

    nice .venv/bin/python benchmarks/bench_concurrency.py [--rounds 20] [--backend sqlite --backend postgres]

tests/test_store_concurrency.py runs 3 rounds of the same cases. PostgreSQL comes from tests/pg.py (a throwaway
server). Prints and appends one JSON line per backend and case to out/bench_concurrency.jsonl: rounds, rounds that
ended as the sequential run did, processes that failed, wall seconds (the machine may be shared: see the load).
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
from concurrency import contents, ingest, inputs  # noqa: E402 - shared with the tests

RESULTS = ROOT / "out" / "bench_concurrency.jsonl"
CASES = [(2, False), (4, False), (3, True)]  # (processes at once, whether a first file is ingested before them)


def databases(backend: str, directory: Path) -> Callable[[], str]:
    if backend == "sqlite":
        names = (str(directory / f"db-{i}.db") for i in range(1_000_000))
        return lambda: next(names)
    from pg import server

    return server().database


def run_case(new_database: Callable[[], str], files: list[str], processes: int, existing: bool, rounds: int,
             reference: dict[str, object]) -> dict[str, object]:
    started, equal, failed, differences = time.perf_counter(), 0, 0, []
    for _ in range(rounds):
        database = new_database()
        if existing:
            failed += len(ingest(database, files[:1], concurrently=False))
        failed += len(ingest(database, files[-processes:], concurrently=True))
        found = contents(database)
        equal += found == reference
        differences += [key for key in reference if found[key] != reference[key]]
    return {"processes": processes, "existing": existing, "rounds": rounds, "equal_to_sequential": equal,
            "failed_processes": failed, "differing": sorted(set(differences)),
            "seconds": round(time.perf_counter() - started, 1), "load": os.getloadavg()[0]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--backend", action="append", choices=["sqlite", "postgres"])
    parser.add_argument("--existing-only", action="store_true", help="Only the case of a database holding a file.")
    args = parser.parse_args()
    directory = Path(tempfile.mkdtemp(prefix="bench-concurrency-"))
    files = inputs(directory, files=4)
    references = {}
    for used in {tuple(files[:1] + files[-p:] if existing else files[-p:]) for p, existing in CASES}:
        database = str(directory / f"sequential-{len(references)}.db")
        assert ingest(database, used, concurrently=False) == []
        references[frozenset(used)] = contents(database)
    RESULTS.parent.mkdir(exist_ok=True)
    for backend in args.backend or ["sqlite"]:
        new_database = databases(backend, directory)
        for processes, existing in CASES:
            if args.existing_only and not existing:
                continue
            used = files[:1] + files[-processes:] if existing else files[-processes:]
            result = {"backend": backend, **run_case(new_database, files, processes, existing, args.rounds,
                                                     references[frozenset(used)])}
            print(json.dumps(result), flush=True)
            with RESULTS.open("a", encoding="utf-8") as fh:
                fh.write(json.dumps(result) + "\n")


if __name__ == "__main__":
    main()
