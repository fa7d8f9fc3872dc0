"""Story clustering over the 17k CLICK-ID articles: time, story sizes, and stories of random days to read by eye.
Not run in CI.

    nice .venv/bin/python benchmarks/bench_stories.py [--entities] [--days 4] [--seed 14] [--cache out/click.pkl]

``--entities`` annotates the articles first (segment, timex, entities, then collection-wide name links, as
``update_timeline`` sees them; ~15 min on an idle core, cached in ``--cache``); without it the story vectors
fall back to capitalised names. Only ``assign_stories`` is timed (CPU seconds: the machine is shared). Prints
the largest stories and, for ``--days`` random days, up to twelve of the stories with an article that day.
"""
from __future__ import annotations

import argparse
import pickle
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from clickid import articles

from linimasa.dedup import assign_stories, find_copies
from linimasa.model import Article


def annotated(cache: Path) -> list[Article]:
    if cache.is_file():
        return pickle.loads(cache.read_bytes())
    from linimasa.entities.links import link_names
    from linimasa.pipeline import annotate_article, stages
    from linimasa.settings import Settings

    settings, pipeline = Settings(), stages(("segment", "timex", "entities"))
    found = link_names([annotate_article(a, settings, pipeline) for a in articles()])[0]
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(pickle.dumps(found))
    return found


def show(pool: list[Article], story_of: dict[str, str], *, days: int, seed: int) -> None:
    by_id = {a.id: a for a in pool}
    groups: dict[str, list[str]] = defaultdict(list)
    for key, story in story_of.items():
        groups[story].append(key)
    for story in sorted(groups, key=lambda s: -len(groups[s]))[:10]:
        print(f"largest: {len(groups[story])} articles, e.g. {by_id[groups[story][0]].title}")
    per_day = Counter((a.published or "")[:10] for a in pool)
    rng = random.Random(seed)
    for day in sorted(rng.sample([d for d, n in per_day.items() if n > 300], days)):
        touched = sorted({story_of[a.id] for a in pool if (a.published or "").startswith(day)})
        multi = [s for s in touched if len(groups[s]) > 1]
        print(f"\n=== {day}: {per_day[day]} articles in {len(touched)} stories, {len(multi)} of them with others")
        for story in rng.sample(multi, min(12, len(multi))):
            members = sorted(groups[story], key=lambda k: by_id[k].published or "")
            print(f"--- {len(members)} articles")
            for key in members[:12]:
                a = by_id[key]
                print(f"    {(a.published or '?')[:10]} {a.outlet or '':10.10} {(a.title or a.text[:80])[:100]}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entities", action="store_true")
    parser.add_argument("--cache", type=Path, default=Path("out/click-entities.pkl"))
    parser.add_argument("--days", type=int, default=4)
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args()
    pool = annotated(args.cache) if args.entities else list(articles())
    copies = [(link.a, link.b) for link in find_copies(pool)]
    cpu = time.process_time()
    stories = assign_stories(pool, copies=copies)
    sizes = Counter(len(s) for s in stories.stories())
    print(f"{len(pool)} articles: {sum(sizes.values())} stories, {sizes[1]} singletons, {len(stories.merges)} merges, "
          f"assign_stories {time.process_time() - cpu:.1f} CPU s")
    show(pool, dict(stories.story_of), days=args.days, seed=args.seed)


if __name__ == "__main__":
    main()
