"""Quotes + events + timeline cost against timex + entities, on the same CLICK-ID articles (target: at most +50%).

    nice .venv/bin/python benchmarks/bench_quotes_events.py [--articles 500]

Articles are segmented first (outside the clock); each pair of stages is then timed in CPU
seconds of this process (the machine is shared, so wall time is noisy), then the timeline: its entries stage
alone (``entries_of``: mentions selected and merged) and all the collection stages (``build``: names, copies,
stories, disputes, entries, briefings), for the cost of the copies and stories beside it.
"""
from __future__ import annotations

import argparse
import itertools
import sys
import time
from importlib import import_module
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from clickid import articles

from linimasa.model import Article
from linimasa.pipeline import Stage
from linimasa.settings import Settings
from linimasa.timeline import build, entries_of


def stages(names: tuple[str, ...]) -> list[Stage]:
    """The named stages alone: the stages before them ran on the batch already (``pipeline.stages`` checks a
    whole pipeline's order)."""
    return [import_module(f"linimasa.{name}").run for name in names]


def timed(names: tuple[str, ...], batch: list[Article], settings: Settings) -> tuple[float, list[Article]]:
    pipeline = stages(names)
    started = time.process_time()
    done = []
    for article in batch:
        for stage in pipeline:
            article = stage(article, settings)
        done.append(article)
    return time.process_time() - started, done


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    args = parser.parse_args()
    settings = Settings()
    _, batch = timed(("segment",), list(itertools.islice(articles(), args.articles)), settings)
    timed(("timex", "entities", "quotes", "events"), batch[:5], settings)  # load models outside the clock
    base_s, annotated = timed(("timex", "entities"), batch, settings)
    ours_s, done = timed(("quotes", "events"), annotated, settings)
    started = time.process_time()
    entries = len(entries_of(done, previous=None, claimed=(), story_of={}).entries)
    entries_s = time.process_time() - started
    started = time.process_time()
    build(done, settings=settings)
    collection_s = time.process_time() - started
    quotes = sum(len(a.quotes) for a in done)
    events = sum(len(a.events) for a in done)
    print(f"{len(batch)} articles: timex+entities {base_s:.2f} CPU s, quotes+events {ours_s:.2f} CPU s, "
          f"timeline entries {entries_s:.2f} CPU s: +{100 * (ours_s + entries_s) / base_s:.0f}% "
          f"(all collection stages {collection_s:.2f} CPU s); {quotes} quotes, {events} events, {entries} entries")


if __name__ == "__main__":
    main()
