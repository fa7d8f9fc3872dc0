"""Timex speed: our stage vs ``dateparser.search_dates(languages=['id'])`` on the same CLICK-ID texts.

    nice .venv/bin/python benchmarks/bench_timex.py [--articles 3000] [--compare 100]

dateparser is a benchmark-only dependency (pinned in constraints.txt, not in the product).
Prints the side-by-side ratio on ``--compare`` articles and our single-core throughput on ``--articles``.
"""
from __future__ import annotations

import argparse
import itertools
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from clickid import articles

from linimasa.model import Article
from linimasa.settings import Settings
from linimasa.timex import run


def timed(job: Callable[[str], object], texts: list[str]) -> tuple[float, int]:
    """CPU seconds of this process (one core; the machine is shared, so wall time is noisy) and items found."""
    started = time.process_time()
    found = sum(len(job(text) or ()) for text in texts)
    return time.process_time() - started, found


def ours(settings: Settings) -> Callable[[str], object]:
    return lambda text: run(Article(id="b", source="b", text=text), settings).timexes


def theirs() -> Callable[[str], object]:
    from dateparser.search import search_dates

    warnings.filterwarnings("ignore")
    return lambda text: search_dates(text, languages=["id"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--compare", type=int, default=100)
    args = parser.parse_args()
    texts = [a.text for a in itertools.islice(articles(), args.articles)]
    chars = sum(map(len, texts)) / len(texts)
    stage = ours(Settings())
    stage(texts[0])  # compile the grammar outside the clock
    ours_all, found = timed(stage, texts)
    print(f"timex stage: {len(texts)} articles ({chars:.0f} chars avg) in {ours_all:.2f} CPU s = "
          f"{len(texts) / ours_all:,.0f} articles/s on one core, {found} timexes")
    sample = texts[:args.compare]
    ours_s, ours_n = timed(stage, sample)
    parser_s, parser_n = timed(theirs(), sample)
    print(f"same {len(sample)} texts: timex stage {ours_s:.3f}s ({ours_n} found), "
          f"dateparser.search_dates {parser_s:.2f}s ({parser_n} found) -> {parser_s / ours_s:,.0f}x faster")


if __name__ == "__main__":
    main()
