"""Scaling: the pipeline over CLICK-ID in one process and on Dask with 1 and 2 workers; per-article and
whole-collection costs; ingest -> timeline end to end through the CLI.

    nice .venv/bin/python benchmarks/bench_scale.py throughput [--limit N] [--modes process,dask1,dask2]
    nice .venv/bin/python benchmarks/bench_scale.py stages [--limit 500]
    nice .venv/bin/python benchmarks/bench_scale.py end-to-end [--workers 2] [--db out/bench-scale.db]
    nice .venv/bin/python benchmarks/bench_scale.py collection --db out/bench-scale.db [--sizes 1000,2000,4000,8000]

Default input: ../shared/data/news/click-id/*.csv (17k articles). Prints one result line per measurement
and appends it as JSON to out/bench_scale.jsonl.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path

from peak import PeakMemory

from linimasa.clean import clean
from linimasa.distributed import processor
from linimasa.ingest import read
from linimasa.model import Article, Failure, Record
from linimasa.pipeline import ARTICLE_STAGES, stages
from linimasa.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
CLICK_ID = sorted(str(p) for p in (ROOT.parent / "shared" / "data" / "news" / "click-id").glob("*.csv"))
RESULTS = ROOT / "out" / "bench_scale.jsonl"
MODES = {"process": Settings(), "dask1": Settings(workers=1), "dask2": Settings(workers=2)}


def records(paths: list[str], limit: int | None) -> Iterator[Record | Failure]:
    return islice(read(paths, settings=Settings()), limit)


def emit(result: dict[str, object]) -> None:
    result |= {"commit": _commit(), "load": os.getloadavg()[0], "cpus": os.cpu_count()}
    print(json.dumps(result, ensure_ascii=False), flush=True)
    RESULTS.parent.mkdir(exist_ok=True)
    with RESULTS.open("a") as fh:
        fh.write(json.dumps(result, ensure_ascii=False) + "\n")


def _commit() -> str:
    return subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                          text=True).stdout.strip()


def throughput(paths: list[str], limit: int | None, modes: Iterable[str]) -> None:
    """Articles/s and peak memory (this process plus its workers) for each way of running."""
    for mode in modes:
        settings = MODES[mode]
        load_before = os.getloadavg()[0]
        with PeakMemory() as peak:
            started = time.perf_counter()
            done = failed = 0
            first = None  # when the first article came back: cluster start and model loading are behind us
            for item in processor(settings)(records(paths, limit), settings):
                failed += isinstance(item, Failure)
                done += isinstance(item, Article)
                first = first or (time.perf_counter(), done)
            seconds = time.perf_counter() - started
        steady = (done - first[1]) / (started + seconds - first[0])
        emit({"bench": "throughput", "mode": mode, "articles": done, "failed": failed, "seconds": round(seconds, 1),
              "articles_per_s": round(done / seconds, 2), "startup_s": round(first[0] - started, 1),
              "steady_articles_per_s": round(steady, 2), "peak_total_mb": round(peak.total_mb),
              "peak_main_mb": round(peak.main_mb), "load_before": load_before})


def stage_costs(paths: list[str], limit: int) -> None:
    """Mean milliseconds per article for clean, each NLP stage, and what the store adds (stemming for search)."""
    from linimasa.stemming import stemmed_text

    settings = Settings()
    pipeline = dict(zip(ARTICLE_STAGES, stages(), strict=True))
    spent: dict[str, float] = defaultdict(float)
    n = 0
    for record in records(paths, limit):
        if isinstance(record, Failure):
            continue
        article = _timed(spent, "clean", clean, record, settings)
        for name, stage in pipeline.items():
            article = _timed(spent, name, stage, article, settings)
        _timed(spent, "store_stemming", stemmed_text, article.text)
        n += 1
    emit({"bench": "stages", "articles": n, "ms_per_article": {k: round(v * 1000 / n, 2) for k, v in spent.items()},
          "total_ms_per_article": round(sum(spent.values()) * 1000 / n, 2)})


def _timed(spent: dict[str, float], name: str, fn, *args):
    started = time.perf_counter()
    result = fn(*args)
    spent[name] += time.perf_counter() - started
    return result


def end_to_end(paths: list[str], workers: int, database: str) -> None:
    """The user's path: `linimasa ingest` the corpus into a fresh database, then `linimasa timeline` from it,
    then `linimasa ingest` the same files again (every article already stored: cleaned, not annotated)."""
    for suffix in ("", "-wal", "-shm"):
        Path(database + suffix).unlink(missing_ok=True)
    cli = [sys.executable, "-c", "from linimasa.cli import main; main()", "--db", database, "--workers", str(workers)]
    timings = {}
    with PeakMemory() as peak:
        for step, args in (("ingest", ["ingest", "--quiet", *paths]), ("timeline", ["timeline"]),
                           ("reingest", ["ingest", "--quiet", *paths])):
            started = time.perf_counter()
            run = subprocess.run(cli + args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            timings[step] = round(time.perf_counter() - started, 1)
            timings[f"{step}_status"] = run.returncode
            timings[f"{step}_summary"] = run.stderr.strip().splitlines()[-1:] if "ingest" in step else ""
    emit({"bench": "end_to_end", "workers": workers, **timings, "total_s": timings["ingest"] + timings["timeline"],
          "peak_total_mb": round(peak.total_mb)})


def collection(database: str, sizes: list[int]) -> None:
    """How the whole-collection stage (timeline.build: copies, stories, merged events) grows with size."""
    from linimasa.store import open_store
    from linimasa.timeline import build

    settings = Settings(database=database)
    store = open_store(settings)
    articles = list(store.articles())
    store.close()
    for size in (s for s in sizes if s <= len(articles)):  # the full collection: see end-to-end
        with PeakMemory() as peak:
            started = time.perf_counter()
            build(articles[:size], settings=settings)
            seconds = time.perf_counter() - started
        emit({"bench": "collection", "articles": size, "seconds": round(seconds, 2),
              "ms_per_article": round(seconds * 1000 / size, 2), "peak_total_mb": round(peak.total_mb)})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bench", choices=("throughput", "stages", "end-to-end", "collection"))
    parser.add_argument("paths", nargs="*", default=CLICK_ID)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--modes", default="process,dask1,dask2")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--db", default=str(ROOT / "out" / "bench-scale.db"))
    parser.add_argument("--sizes", default="1000,2000,4000,8000")
    args = parser.parse_intermixed_args()
    Path(args.db).parent.mkdir(parents=True, exist_ok=True)  # the store creates no directory
    if args.bench == "throughput":
        throughput(args.paths, args.limit, args.modes.split(","))
    elif args.bench == "stages":
        stage_costs(args.paths, args.limit or 500)
    elif args.bench == "end-to-end":
        end_to_end(args.paths, args.workers, args.db)
    else:
        collection(args.db, [int(s) for s in args.sizes.split(",")])


if __name__ == "__main__":
    main()
