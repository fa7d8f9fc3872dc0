"""Why the timeline misses on a corpus gold: sources an entry does not cite, repeats, entries matching nothing.

    nice .venv/bin/python benchmarks/timeline_merge_errors.py [--gold tests/eval/dev-gold/clickid] [--cache FILE] [-v]

Builds the timeline of the gold's articles as ``linimasa timeline`` does, matches it to the gold with the
scorer's own rules (``tests/eval/score.py``), then classifies

- each (matched gold event, gold source) pair the matching entry does not cite: the article's mention of the
  event went to another entry (and why it did not merge: story, people, kind, date, follower), was selected but
  joined nothing, was not eligible (no date, no actor, not real), or no mention of the article has the event's
  actor and date (per article: wrong date, no actor, nothing);
- each repeat (an unmatched entry that restates a matched gold event): why its first evidence did not join the
  matching entry;
- each other unmatched entry: a gold event of its sources with the wrong date, with no shared actor, or none.

``--cache`` keeps the annotated articles (pickled) so that collection-side changes are measured without
annotating again; delete it after changing the per-article side. Prints counts per kind; ``-v`` each case.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import pickle
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from linimasa.model import Article
from linimasa.settings import Settings
from linimasa.timeline import Entry, Timeline, build, dates, groups, merge, select
from linimasa.timeline.model import Evidence

ROOT = Path(__file__).resolve().parents[1]


def scorer() -> Any:
    spec = importlib.util.spec_from_file_location("score", ROOT / "tests" / "eval" / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def annotated(paths: Sequence[Path], cache: Path | None) -> list[Article]:
    if cache and cache.is_file():
        return pickle.loads(cache.read_bytes())
    from linimasa.cli.collection import read_articles
    from linimasa.timex.collection import redate

    settings = Settings()
    articles = redate(read_articles(settings, tuple(map(str, paths)))[0], settings)
    if cache:
        cache.write_bytes(pickle.dumps(articles))
    return articles


class Gold:
    def __init__(self, corpus: dict, score: Any) -> None:
        self.events = corpus["timeline"]
        self.aliases = corpus.get("aliases", {})
        self.score = score

    def actors(self, g: dict) -> set[str]:
        return {self.score.name_key(x) for a in g["actors"] for x in [a, *self.aliases.get(a, [])]}

    def shares_actor(self, g: dict, names: Sequence[str]) -> bool:
        return bool(self.actors(g) & {self.score.name_key(n) for n in names})

    def dated(self, g: dict, date: str | None) -> bool:
        return self.score.date_match(date, g)

    def overlap(self, g: dict, e: Entry) -> tuple[int, int] | None:
        if not self.dated(g, e.date):
            return None
        actors = len(self.actors(g) & {self.score.name_key(a) for a in e.actor_names})
        shared = len(set(g["sources"]) & {Path(s).name for s in e.sources})
        return (shared, actors) if actors and shared else None


def match(gold: Gold, entries: Sequence[Entry]) -> dict[int, int]:
    """Entry index -> gold index, as ``score_corpus`` assigns them."""
    matched: dict[int, int] = {}
    for gi, g in enumerate(gold.events):
        best = max(((o, i) for i, e in enumerate(entries) if i not in matched and (o := gold.overlap(g, e))),
                   default=None)
        if best:
            matched[best[1]] = gi
    return matched


def rebuilt(entry: Entry) -> groups.Group:
    found = groups.Groups()
    group = found.new(entry.id)
    for ev in entry.evidence:
        found.add(group, ev)
    return group


def why_apart(entry: Entry, ev: Evidence, *, founder: bool) -> str:
    """The first of ``merge._fits``'s checks that keeps ``ev`` out of ``entry``."""
    group = rebuilt(entry)
    if ev.story and group.stories and ev.story not in group.stories and not merge._across_stories(group, ev):
        return "story"
    people = set(ev.people)
    if people - group.people and group.people - people and not merge._one_happening(group, ev):
        return "people"
    if not merge._same_kind(group, ev):
        return f"kind {group.evidence[0].type or group.evidence[0].happening or '-'}/{ev.type or ev.happening or '-'}"
    if not set(ev.actors) & group.actors and groups.same_day(ev) not in group.days and not merge._told_alike(group, ev):
        return "no shared actor id"
    if founder:
        if ev.anchored and groups.same_day(ev) and group.anchored_days.get(ev.article_id, {ev.date}) - {ev.date}:
            return "same-article two days"
        if dates.compatible(group.date, ev.date) or merge._disputed_day(group, ev):
            return "fits (order)"
        return f"date {group.date}/{ev.date}"
    related = (people & group.people or len(group.words.intersection(ev.words)) >= merge.SHARED_WORDS
               or groups.same_day(ev) in group.days)
    if not related:
        return "follower unrelated"
    if not dates.near_publication(group.date, ev.date, planned=ev.modality == "planned"):
        return f"follower date {group.date}/{ev.date}"
    return "fits (order)"


def missing_source(gold: Gold, g: dict, entry: Entry, source: str, timeline: Timeline,
                   article: Article, founders: set[tuple[str, int, int]]) -> str:
    """Why ``entry`` (matching ``g``) does not cite ``source``."""
    stating = [(e, ev) for e in timeline.entries for ev in e.evidence if ev.article_id == article.id
               and gold.dated(g, ev.date) and gold.shares_actor(g, ev.actor_names)]
    if stating:
        _, ev = stating[0]
        founder = (ev.article_id, ev.start, ev.trigger_start) in founders
        return f"other entry: {why_apart(entry, ev, founder=founder)}"
    events = [e for e in article.events if gold.shares_actor(g, e.actor_names)]
    right = [e for e in events if gold.dated(g, e.date)]
    if right:
        real = [e for e in right if select._eligible(article, e)]
        if not real:
            return f"not eligible ({right[0].modality})"
        return "follower joined nothing"
    if events:
        return "article: wrong date"
    if any(gold.dated(g, e.date) for e in article.events):
        return "article: no actor"
    return "article: no mention"


def unmatched(gold: Gold, entry: Entry, matched_gold: set[int]) -> str:
    sources = {Path(s).name for s in entry.sources}
    near = [(gi, g) for gi, g in enumerate(gold.events) if set(g["sources"]) & sources]
    if any(gold.shares_actor(g, entry.actor_names) and gold.dated(g, entry.date) for _, g in near):
        return "actors/sources taken (matched elsewhere)"
    if any(gold.shares_actor(g, entry.actor_names) for _, g in near):
        return "wrong date"
    if any(gold.dated(g, entry.date) for _, g in near):
        return "no shared actor"
    return "not a gold event"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=ROOT / "tests" / "eval" / "dev-gold" / "clickid")
    parser.add_argument("--cache", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    score = scorer()
    corpus = json.loads((args.gold / "_corpus.json").read_text())
    names = sorted({n for story in corpus["stories"] for n in story})
    articles = annotated([args.gold / "articles" / n for n in names], args.cache)
    timeline = build(articles, settings=Settings())
    gold = Gold(corpus, score)
    entries = list(timeline.entries)
    matched = match(gold, entries)
    by_name = {Path(a.source).name: a for a in articles}
    story_of = {a.id: s.id for s in timeline.stories for a in articles if a.source in s.sources}
    founders = {(ev.article_id, ev.start, ev.trigger_start) for ev in select.mentions(articles, story_of)[0]}
    kinds: dict[str, Counter[str]] = {"missing source": Counter(), "repeat": Counter(), "unmatched": Counter()}
    lines = []
    for ei, gi in sorted(matched.items(), key=lambda p: p[1]):
        g, entry = gold.events[gi], entries[ei]
        cited = {Path(s).name for s in entry.sources}
        for source in sorted(set(g["sources"]) - cited):
            kind = missing_source(gold, g, entry, source, timeline, by_name[source], founders)
            head, _, rest = kind.partition(":")
            kinds["missing source"][f"{head}:{rest.split()[0]}" if rest else head] += 1
            lines.append(f"MISS  {g['date']} {g['type']} {g['actors'][:2]} {source}: {kind}")
    matched_gold = set(matched.values())
    for ei, entry in enumerate(entries):
        if ei in matched:
            continue
        restated = [gi for gi in matched_gold if gold.overlap(gold.events[gi], entry)]
        if restated:
            ei_match = next(i for i, gi in matched.items() if gi == restated[0])
            kind = why_apart(entries[ei_match], entry.evidence[0], founder=True)
            kinds["repeat"][kind.split()[0]] += 1
            about = gold.events[restated[0]]["summary"][:60]
            lines.append(f"REP   {entry.date} {entry.type} {entry.actor_names[:2]} "
                         f"{[Path(s).name for s in entry.sources]} of {about!r}: {kind}")
        else:
            kind = unmatched(gold, entry, matched_gold)
            kinds["unmatched"][kind] += 1
            lines.append(f"NOSYS {entry.date} {entry.type} {entry.actor_names[:2]} "
                         f"{[Path(s).name for s in entry.sources]}: {kind}: {entry.summary[:80]!r}")
    if args.verbose:
        print("\n".join(lines))
    cited = sum(gold.overlap(gold.events[gi], entries[ei])[0] for ei, gi in matched.items())
    wanted = sum(len(gold.events[gi]["sources"]) for gi in matched.values())
    repeats = sum(kinds["repeat"].values())
    p, r = len(matched) / max(len(entries), 1), len(matched) / len(gold.events)
    print(f"entries {len(entries)}, matched {len(matched)} of {len(gold.events)} gold events: P {p:.3f} R {r:.3f} "
          f"F1 {2 * p * r / (p + r) if p + r else 0:.3f}, source recall {cited / max(wanted, 1):.3f} "
          f"({cited}/{wanted}), repeats {repeats / max(len(entries), 1):.3f}")
    if args.verbose:
        print("matched:", " ".join(str(gi) for gi in sorted(matched.values())))
    for name, counts in kinds.items():
        print(f"{name} ({sum(counts.values())}): " + ", ".join(f"{k} {n}" for k, n in counts.most_common()))


if __name__ == "__main__":
    sys.exit(main())
