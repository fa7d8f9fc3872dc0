"""Crash safety at full size: kill -9 an ingest of the 17k CLICK-ID articles midway, rerun it, check the store.

    nice .venv/bin/python benchmarks/bench_crash.py [--workers 2] [--kill-at 4000] [--reference out/bench-scale.db]
    # in the collection stages: once all 17,158 are stored, 20 s into copies/stories/timeline
    nice .venv/bin/python benchmarks/bench_crash.py --workers 2 --kill-at 17158 --collection-after 20 --reference …

The whole process group dies (with its Dask workers, which run the annotation stages when --workers is
set). After the rerun the database must hold exactly the articles of a clean run (``--reference``, e.g. the
database bench_scale.py end-to-end built from the same files), with no duplicate sources, no article
without its layers, source or search index entry. Appends one JSON line to out/bench_crash.jsonl.
"""
from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from reliability import integrity, linimasa, sqlite_count  # noqa: E402 - shared with the tests

CLICK_ID = sorted(str(p) for p in (ROOT.parent / "shared" / "data" / "news" / "click-id").glob("*.csv"))
RESULTS = ROOT / "out" / "bench_crash.jsonl"
ENV = {"LINIMASA_MAX_BYTES": "20000000"}  # the default limit, as a user's run has it


def ingest_args(database: str, workers: int, paths: list[str]) -> list[str]:
    return ["--db", database, "--workers", str(workers), "ingest", "--quiet", *paths]


def crash(database: str, workers: int, paths: list[str], kill_at: int, *, collection_after: float | None
          ) -> dict[str, object]:
    """Kill once ``kill_at`` articles are committed; with ``collection_after``, that many seconds later
    instead, when every article is stored and the collection stages (copies, stories, timeline) run."""
    run = linimasa(*ingest_args(database, workers, paths), env=ENV)
    started = time.perf_counter()
    while sqlite_count(database) < kill_at and run.poll() is None:
        time.sleep(0.2)
    if collection_after is not None:
        time.sleep(collection_after)
    os.killpg(run.pid, signal.SIGKILL)
    run.wait()
    return {"killed_after_s": round(time.perf_counter() - started, 1), "finished_before_kill": run.returncode >= 0,
            **{f"at_kill_{k}": v for k, v in integrity(database).items()}}


def rerun(database: str, workers: int, paths: list[str]) -> dict[str, object]:
    started = time.perf_counter()
    run = linimasa(*ingest_args(database, workers, paths), env=ENV)
    _, stderr = run.communicate()
    return {"rerun_s": round(time.perf_counter() - started, 1), "rerun_status": run.returncode,
            "rerun_summary": stderr.decode().strip().splitlines()[-1:], **integrity(database)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=CLICK_ID)
    parser.add_argument("--workers", type=int, default=0)
    parser.add_argument("--kill-at", type=int, default=4000, help="kill once this many articles are committed")
    parser.add_argument("--db", default=str(ROOT / "out" / "bench-crash.db"))
    parser.add_argument("--reference", help="a database a clean run built from the same files")
    parser.add_argument("--collection-after", type=float,
                        help="kill this many seconds after --kill-at (set it to the corpus size):"
                             " in the collection stages")
    args = parser.parse_intermixed_args()
    Path(args.db).parent.mkdir(parents=True, exist_ok=True)  # the store creates no directory
    for suffix in ("", "-wal", "-shm"):
        Path(args.db + suffix).unlink(missing_ok=True)
    result = {"bench": "crash", "workers": args.workers, "kill_at": args.kill_at,
              "collection_after": args.collection_after,
              **crash(args.db, args.workers, args.paths, args.kill_at, collection_after=args.collection_after),
              **rerun(args.db, args.workers, args.paths)}
    if args.reference:
        result["reference"] = integrity(args.reference)
        result["exact"] = result["reference"] == integrity(args.db)
    result["consistent"] = (result["indexed"] == result["articles"] and result["sources"] == result["distinct_sources"]
                            and result["without_source"] == result["incomplete_layers"] == 0)
    result["load"] = round(os.getloadavg()[0], 1)
    print(json.dumps(result, ensure_ascii=False))
    RESULTS.parent.mkdir(exist_ok=True)
    with RESULTS.open("a") as fh:
        fh.write(json.dumps(result, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
