"""Per-stage cost against article length: the same seed text annotated at 1x, 16x and 256x its length.

    nice .venv/bin/python benchmarks/bench_linear.py [--times 1 16 256] [--seed examples/seeds/000_….txt]

Prints each stage's CPU seconds and its cost per KB of text at each length. Linear stages keep the same cost
per KB at every length; a stage whose cost per KB grows with the length is superlinear (the issue-16 goal is
256x in at most 24x the time of 16x; exactly linear is 16x). CPU time of this process: the machine is shared.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from linimasa.clean import clean
from linimasa.model import Article, Record
from linimasa.pipeline import ARTICLE_STAGES, stages
from linimasa.settings import Settings

SEED = Path(__file__).resolve().parents[1] / "examples" / "seeds" / "000_d4cb343e0a788d8c.txt"


def stage_times(text: str, settings: Settings) -> dict[str, float]:
    started = time.process_time()
    article: Article = clean(Record("bench", text), settings)
    times = {"clean": time.process_time() - started}
    for name, stage in zip(ARTICLE_STAGES, stages(), strict=True):
        started = time.process_time()
        article = stage(article, settings)
        times[name] = time.process_time() - started
    return times


def repeated(seed: str, times: int) -> str:
    """The seed ``times`` times, one paragraph after another (as the issue-16 probe built it)."""
    return "\n".join([seed.strip()] * times) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--times", type=int, nargs="+", default=[1, 16, 256])
    parser.add_argument("--seed", type=Path, default=SEED)
    args = parser.parse_args()
    settings = Settings(item_seconds=0)
    seed = args.seed.read_text(encoding="utf-8")
    stage_times(seed, settings)  # models load once, outside the figures
    rows = {}
    for times in args.times:
        text = repeated(seed, times)
        rows[times] = (len(text.encode()) / 1000, stage_times(text, settings))
    names = list(next(iter(rows.values()))[1])
    print(f"{'stage':10}" + "".join(f"{f'{t}x s':>12}{'ms/KB':>8}" for t in rows))
    for name in [*names, "total"]:
        cells = []
        for kb, found in rows.values():
            seconds = sum(found.values()) if name == "total" else found[name]
            cells.append(f"{seconds:12.2f}{1000 * seconds / kb:8.2f}")
        print(f"{name:10}" + "".join(cells))
    print("KB        " + "".join(f"{kb:12.0f}{'':8}" for kb, _ in rows.values()))


if __name__ == "__main__":
    main()
