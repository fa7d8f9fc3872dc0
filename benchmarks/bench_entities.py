"""Speed of segment + tokenise + NER + resolution, model size and load time (not run in CI).

Usage: nice .venv/bin/python benchmarks/bench_entities.py [N_ARTICLES]
Reads N CLICK-ID articles from ../shared (default 300) and reports tokens per CPU second on one core
(CPU time, because the machine is shared) and per wall-clock second.
"""
from __future__ import annotations

import csv
import sys
import time
from pathlib import Path

from linimasa import entities, segment
from linimasa.entities import ner
from linimasa.model import Article
from linimasa.settings import Settings

NEWS = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "news" / "click-id" / "kompas.csv"


def texts(n: int) -> list[str]:
    csv.field_size_limit(sys.maxsize)
    with NEWS.open(encoding="utf-8", newline="") as fh:
        rows = [row["content"].replace(".,", ".\n") for row, _ in zip(csv.DictReader(fh), range(n), strict=False)]
    return [r for r in rows if r.strip()]


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    size = sum(p.stat().st_size for p in ner.RESOURCES.iterdir()) / 1e6
    t0 = time.perf_counter()
    ner.lexicons()
    ner.tagger()
    load = time.perf_counter() - t0
    settings, docs = Settings(), texts(n)
    t0, c0 = time.perf_counter(), time.process_time()
    tokens = 0
    for i, text in enumerate(docs):
        art = entities.run(segment.run(Article(id=str(i), source=str(i), text=text), settings), settings)
        tokens += len(art.tokens)
    secs, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(f"resources/ner: {size:.1f} MB; load {load:.2f} s")
    print(f"{len(docs)} articles, {tokens} tokens: {tokens / cpu:,.0f} tokens per CPU second (one core), "
          f"{tokens / secs:,.0f} per wall-clock second on this shared machine")


if __name__ == "__main__":
    main()
