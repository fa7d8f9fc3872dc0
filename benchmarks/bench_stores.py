"""SQLite vs PostgreSQL side by side in one run: ingest rate, re-ingest (idempotent upsert) rate, query latency.

    nice .venv/bin/python benchmarks/bench_stores.py [--limit 2000] [--workers 2] [CSV ...]

The same annotated CLICK-ID articles (annotated once, on Dask) go into a fresh SQLite file and a fresh
PostgreSQL server (initdb in a temporary directory, fsync on, as tests/pg.py starts it). Prints one JSON
line per backend and appends them to out/bench_stores.jsonl.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from itertools import islice
from pathlib import Path

from linimasa.distributed import processor
from linimasa.ingest import read
from linimasa.model import Article
from linimasa.settings import Settings
from linimasa.stemming import stemmed_text
from linimasa.store import open_store

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from pg import start  # noqa: E402 - the throwaway server the tests use

CLICK_ID = sorted(str(p) for p in (ROOT.parent / "shared" / "data" / "news" / "click-id").glob("*.csv"))
RESULTS = ROOT / "out" / "bench_stores.jsonl"
QUERIES = ("jakarta", "presiden", "polisi", "korupsi", "banjir OR gempa", '"bank indonesia"', "pemilu -jakarta",
           "mempertahankan", "sepak bola", "harga minyak", "kpk", "demo mahasiswa", "papua", "rupiah", "ditangkap")


def annotated(paths: list[str], limit: int, workers: int) -> list[Article]:
    settings = Settings(workers=workers)
    records = islice(read(paths, settings=settings), limit)
    return [a for a in processor(settings)(records, settings) if isinstance(a, Article)]


def warm_stem_cache(articles: list[Article]) -> None:
    """Both stores stem new articles for search through one per-word cache: fill it first, so that the
    backend measured first does not pay for the other's stemming."""
    started = time.perf_counter()
    for article in articles:
        stemmed_text(f"{article.title or ''} {article.text}")
    print(f"stemming (cold cache) {len(articles) / (time.perf_counter() - started):.0f} articles/s", file=sys.stderr)


def latency_ms(call: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return times


def summary(times: list[float]) -> dict[str, float]:
    ordered = sorted(times)
    return {"p50_ms": round(statistics.median(ordered), 2), "p95_ms": round(ordered[int(len(ordered) * 0.95)], 2)}


def measure(backend: str, url: str, articles: list[Article]) -> dict[str, object]:
    store = open_store(Settings(database=url, batch_size=200))
    started = time.perf_counter()
    store.add(articles)
    first = time.perf_counter() - started
    started = time.perf_counter()
    again = store.add(articles)
    second = time.perf_counter() - started
    ids = random.Random(0).sample(store.ids(), min(200, len(articles)))
    result = {
        "bench": "stores", "backend": backend, "articles": store.count(), "existing_on_readd": again.existing,
        "ingest_per_s": round(len(articles) / first, 1), "readd_per_s": round(len(articles) / second, 1),
        "search": summary([t for q in QUERIES for t in latency_ms(lambda q=q: store.search(q), 5)]),
        "search_hits": {q: store.search(q)[0] for q in QUERIES[:5]},
        "get": summary([t for i in ids for t in latency_ms(lambda i=i: store.get(i), 1)]),
        "entities": summary(latency_ms(lambda: store.entities(limit=50), 20)),
        "count": summary(latency_ms(store.count, 20)),
    }
    store.close()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=CLICK_ID)
    parser.add_argument("--limit", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_intermixed_args()
    started = time.perf_counter()
    articles = annotated(args.paths, args.limit, args.workers)
    print(f"annotated {len(articles)} articles in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    warm_stem_cache(articles)
    server = start(durable=True)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            rows = [measure("sqlite", str(Path(tmp) / "bench.db"), articles),
                    measure("postgresql", server.database(), articles)]
    finally:
        server.stop()
    RESULTS.parent.mkdir(exist_ok=True)
    with RESULTS.open("a") as fh:
        for row in rows:
            row |= {"load": round(os.getloadavg()[0], 1)}
            print(json.dumps(row, ensure_ascii=False))
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
