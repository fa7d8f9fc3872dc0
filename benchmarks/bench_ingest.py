"""Ingest throughput: read + clean every CLICK-ID article (17k, six outlets), no NLP stages, no store.

    nice .venv/bin/python benchmarks/bench_ingest.py [PATH ...]   (default: ../shared/data/news/click-id/*.csv)

Prints articles/s and peak RSS. Reading streams row by row, so peak memory should not grow with the corpus.
"""
from __future__ import annotations

import argparse
import resource
import time
from collections import Counter
from pathlib import Path

from linimasa.clean import clean
from linimasa.ingest import read
from linimasa.model import Failure
from linimasa.settings import Settings

WARM = 1000  # peak RSS after this many articles, to compare with the end: streaming keeps it flat
DEFAULT = str(Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "click-id" / "*.csv")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=[DEFAULT])
    args = parser.parse_args()
    settings = Settings()
    counts: Counter[str] = Counter()
    started, cpu_started, warm_mb = time.perf_counter(), time.process_time(), 0.0
    for item in read(args.paths, settings=settings):
        if isinstance(item, Failure):
            counts["failed"] += 1
            continue
        try:
            article = clean(item, settings)
        except ValueError:
            counts["empty"] += 1
            continue
        counts["articles"] += 1
        if counts["articles"] == WARM:
            warm_mb = _peak_mb()
        counts[f"language={article.language}"] += 1
        counts["with_published"] += article.published is not None
        counts["with_outlet"] += article.outlet is not None
        counts["with_dateline"] += article.dateline is not None
    seconds = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    print(f"{counts['articles']} articles in {seconds:.1f} s: {counts['articles'] / seconds:.0f} articles/s "
          f"({counts['articles'] / cpu:.0f} per CPU second), peak RSS {_peak_mb():.0f} MB "
          f"(after the first {WARM:,}: {warm_mb:.0f} MB)")
    print(", ".join(f"{key} {value}" for key, value in sorted(counts.items()) if key != "articles"))


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    main()
