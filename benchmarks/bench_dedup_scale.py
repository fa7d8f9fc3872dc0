"""Dedup at scale. Not run in CI.

    nice .venv/bin/python benchmarks/bench_dedup_scale.py corpus            # 17k CLICK-ID: copies + stories
    nice .venv/bin/python benchmarks/bench_dedup_scale.py synthetic --n 100000  # near copies, streaming

``corpus`` times find_copies and assign_stories over every CLICK-ID article and writes the copy pairs found
(with titles, for checking by eye) to ``--pairs``. ``synthetic`` streams ``n`` articles made from CLICK-ID
(sentence mixes, one in ``--copy-every`` a truncated or edited copy of a recent one)
through ``CopyIndex(rewrites=False)`` and reports time and peak memory (ru_maxrss).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import time
from collections import Counter
from collections.abc import Iterator
from operator import attrgetter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from clickid import articles

from linimasa.dedup import CopyIndex, DedupConfig, assign_stories, find_copies
from linimasa.model import Article


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def corpus(pairs_path: Path) -> dict:
    pool = list(articles())
    wall, cpu = time.perf_counter(), time.process_time()
    links = find_copies(pool, key=attrgetter("source"))
    copies_cpu = time.process_time() - cpu
    stories = assign_stories(pool, key=attrgetter("source"), copies=[(x.a, x.b) for x in links])
    by_source = {a.source: a for a in pool}
    cross = [x for x in links if by_source[x.a].outlet != by_source[x.b].outlet]
    with pairs_path.open("w", encoding="utf-8") as fh:
        for x in links:
            a, b = by_source[x.a], by_source[x.b]
            fh.write(json.dumps({"kind": x.kind, "confidence": x.confidence, "a": x.a, "b": x.b, "a_title": a.title,
                                 "b_title": b.title, "aligned": len(x.evidence)}, ensure_ascii=False) + "\n")
    groups = stories.stories()
    sizes = Counter(len(s) for s in groups)
    return {"articles": len(pool), "links": dict(Counter(x.kind for x in links)),
            "cross_outlet": dict(Counter(x.kind for x in cross)),
            "stories": len(groups), "largest_story": max(sizes), "singletons": sizes[1],
            "copies_cpu_s": round(copies_cpu, 1), "total_cpu_s": round(time.process_time() - cpu, 1),
            "total_wall_s": round(time.perf_counter() - wall, 1), "peak_mb": round(_peak_mb())}


def _variant(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    if rng.random() < 0.5:  # truncated copies
        words = words[: int(len(words) * rng.uniform(0.6, 1.0))]
    return " ".join(w for w in words if rng.random() > 0.03)  # and a few deleted words


def stream(n: int, copy_every: int, rng: random.Random) -> Iterator[tuple[Article, str | None]]:
    """``n`` articles of 12 random CLICK-ID sentences each; every ``copy_every``-th is a variant of a recent one.

    Yields (article, key of the article it copies or None).
    """
    sentences = [s for a in articles() for s in a.text.split("\n") if len(s) > 40]
    recent: list[Article] = []
    for i in range(n):
        if recent and i % copy_every == 0:
            original = rng.choice(recent)
            yield Article(id=f"c{i}", source=f"c{i}", text=_variant(original.text, rng)), original.id
            continue
        article = Article(id=f"a{i}", source=f"a{i}", text="\n".join(rng.sample(sentences, 12)))
        recent = [*recent[-999:], article]
        yield article, None


def synthetic(n: int, copy_every: int, num_perm: int) -> dict:
    rng = random.Random(11)
    index = CopyIndex(rewrites=False, config=DedupConfig(num_perm=num_perm))
    wall, cpu = time.perf_counter(), time.process_time()
    found, hits, planted = Counter(), 0, 0
    for done, (article, original) in enumerate(stream(n, copy_every, rng), start=1):
        links = index.add(article)
        found.update(link.kind for link in links)
        planted += original is not None
        hits += any(original in (link.a, link.b) for link in links)
        if done % 100_000 == 0:  # progress, and the cost as the index grows
            print(f"{done} articles, {time.process_time() - cpu:.0f} CPU s, {_peak_mb():.0f} MB", file=sys.stderr)
    return {"articles": n, "num_perm": num_perm, "links": dict(found), "planted_copies": planted,
            "recall": round(hits / max(planted, 1), 4),
            "cpu_s": round(time.process_time() - cpu, 1), "wall_s": round(time.perf_counter() - wall, 1),
            "peak_mb": round(_peak_mb()), "cpu_ms_per_article": round(1000 * (time.process_time() - cpu) / n, 3)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["corpus", "synthetic"])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--copy-every", type=int, default=10)
    parser.add_argument("--num-perm", type=int, default=DedupConfig().num_perm)
    parser.add_argument("--pairs", type=Path, default=Path("dedup_pairs.jsonl"))
    args = parser.parse_args()
    load_before = os.getloadavg()[0]
    result = corpus(args.pairs) if args.mode == "corpus" else synthetic(args.n, args.copy_every, args.num_perm)
    result["load_average"] = [round(load_before, 1), round(os.getloadavg()[0], 1)]  # 1-minute, before and after
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
