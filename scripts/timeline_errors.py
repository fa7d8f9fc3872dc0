"""Classify the timeline's errors against a corpus gold (issue 14): why each gold event is unmatched and what
each unmatched system entry is, with counts by kind.

    .venv/bin/python scripts/timeline_errors.py ../shared/eval/dev-gold/clickid/_corpus.json \
        ../shared/eval/dev-gold/clickid/articles [--details] [--kind 'wrong date']

Matching is the scorer's (``tests/eval/score.py``: date, an actor and a source shared; each gold event takes the
unmatched entry with most shared sources, then actors). A gold event is then looked for among the article-level
mentions of its sources, to tell where it was lost:

- ``no mention``: no mention in its sources names a gold actor (the trigger or the actor was not found);
- ``mention wrong date``: mentions name an actor, none with the gold date;
- ``mention not selected``: a right mention exists, but no entry holds it (not eligible, not a founder, no fit);
- ``merged away``: the entry holding a right mention took another date or lost the actor when merged;
- ``taken``: the entry holding it matched another gold event (two events merged into one entry).

An unmatched entry is a ``repeat`` (it states an already matched event: a split), a ``wrong date`` (it shares a
source and an actor with a gold event, not its date), ``wrong actors`` (a source and the date, no actor), or
``not in gold``, by its type: a reaction, a happening outside PLOVER, or another PLOVER type.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
from collections import Counter
from pathlib import Path

from linimasa.model import Article
from linimasa.settings import Settings
from linimasa.timeline import Entry, build
from linimasa.timeline.select import REACTIONS

ROOT = Path(__file__).resolve().parent.parent
MENTIONS_SHOWN = 5  # mentions naming a gold actor, listed under a missed gold event


def _scorer():  # the scorer is a script, not a package
    spec = importlib.util.spec_from_file_location("score", ROOT / "tests" / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


score = _scorer()


def _articles(paths: list[str]) -> list[Article]:
    from linimasa.cli.collection import read_articles
    from linimasa.timex.collection import redate

    settings = Settings()
    articles, _ = read_articles(settings, tuple(paths))
    return redate(articles, settings)


def _base(source: str) -> str:
    return Path(source).name


class Gold:
    def __init__(self, corpus: dict) -> None:
        self.events = corpus["timeline"]
        self.aliases = corpus.get("aliases", {})

    def actor_keys(self, g: dict) -> set[str]:
        return {score.name_key(x) for a in g["actors"] for x in [a, *self.aliases.get(a, [])]}

    def overlap(self, g: dict, date: str | None, actors: list[str], sources: set[str]) -> tuple[int, int] | None:
        if not score.date_match(date, g):
            return None
        shared_actors = len(self.actor_keys(g) & {score.name_key(a) for a in actors})
        shared_sources = len(set(g["sources"]) & sources)
        return (shared_sources, shared_actors) if shared_actors and shared_sources else None


def _entry_sources(e: Entry) -> set[str]:
    return {_base(s) for s in e.sources}


def match(gold: Gold, entries: list[Entry]) -> dict[int, int]:
    """System entry index -> gold event index, as the scorer matches them."""
    matched: dict[int, int] = {}
    for gi, g in enumerate(gold.events):
        best = max(((o, i) for i, e in enumerate(entries) if i not in matched
                    and (o := gold.overlap(g, e.date, list(e.actor_names), _entry_sources(e)))), default=None)
        if best:
            matched[best[1]] = gi
    return matched


def _mentions(articles: list[Article], g: dict, gold: Gold) -> tuple[list, list]:
    """(mentions naming a gold actor, those of them also on the gold date) in the gold event's sources."""
    keys = gold.actor_keys(g)
    named, right = [], []
    for a in articles:
        if _base(a.source) not in g["sources"]:
            continue
        for ev in a.events:
            if keys & {score.name_key(n) for n in ev.actor_names}:
                named.append((a, ev))
                if score.date_match(ev.date, g):
                    right.append((a, ev))
    return named, right


def gold_kind(gold: Gold, gi: int, articles: list[Article], entries: list[Entry], matched: dict[int, int]) -> str:
    g = gold.events[gi]
    named, right = _mentions(articles, g, gold)
    if not named:
        return "no mention"
    if not right:
        return "mention wrong date"
    holding = [i for i, e in enumerate(entries)
               for a, ev in right if any(x.article_id == a.id and x.trigger_start == ev.trigger_start
                                         for x in e.evidence)]
    if not holding:
        return "mention not selected"
    if all(i in matched for i in holding):
        return "taken"
    return "merged away"


def entry_kind(gold: Gold, i: int, e: Entry, matched: dict[int, int]) -> str:
    sources, actors = _entry_sources(e), list(e.actor_names)
    if any(gold.overlap(gold.events[gi], e.date, actors, sources) for gi in set(matched.values())):
        return "repeat"
    near = [g for g in gold.events if set(g["sources"]) & sources]
    if any(gold.actor_keys(g) & {score.name_key(a) for a in actors} for g in near):
        return "wrong date"
    if any(score.date_match(e.date, g) for g in near):
        return "wrong actors"
    kind = "reaction" if e.type in REACTIONS else "happening" if not e.type else "other type"
    return f"not in gold: {kind}"


def _describe_entry(e: Entry, articles: dict[str, Article]) -> str:
    ev = e.evidence[0]
    text = articles[ev.article_id].text[ev.start:ev.end] if ev.article_id in articles else ""
    trigger = articles[ev.article_id].text[ev.trigger_start:ev.trigger_end] if ev.article_id in articles else ""
    return (f"{e.date} {e.type or '-'} [{e.modality}{', background' if e.background else ''}] "
            f"{list(e.actor_names)} {sorted(_entry_sources(e))}\n      «{trigger}» {' '.join(text.split())[:300]}")


def _show_gold(kind: str, g: dict, gold: Gold, articles: list[Article]) -> None:
    print(f"\nGOLD [{kind}] {g['date']} {g.get('type')} {g['actors']} {g['sources']}\n"
          f"      {g['summary'][:200]}\n      evidence: {g.get('evidence', '')[:200]}")
    for art, ev in _mentions(articles, g, gold)[0][:MENTIONS_SHOWN]:
        sentence = " ".join(art.text[ev.start:ev.end].split())[:160]
        print(f"      - {ev.date} {ev.type or '-'} [{ev.modality}] «{art.text[ev.trigger_start:ev.trigger_end]}» "
              f"{list(ev.actor_names)} {_base(art.source)}: {sentence}")


def _show_entry(kind: str, e: Entry, gold: Gold, articles: dict[str, Article]) -> None:
    print(f"\nENTRY [{kind}] {_describe_entry(e, articles)}")
    for g in gold.events:
        if kind.startswith("wrong") and set(g["sources"]) & _entry_sources(e):
            print(f"      gold: {g['date']} {g.get('type')} {g['actors']} {g['summary'][:90]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus")
    ap.add_argument("articles")
    ap.add_argument("--details", action="store_true", help="list every error under its kind")
    ap.add_argument("--kind", help="list only the errors of this kind")
    ap.add_argument("--json", help="write the errors to this file (to compare two runs)")
    a = ap.parse_args()
    corpus = json.loads(Path(a.corpus).read_text())
    gold = Gold(corpus)
    names = sorted({n for story in corpus["stories"] for n in story})
    articles = _articles([str(Path(a.articles) / n) for n in names])
    scope = set(corpus.get("timeline_scope") or names)
    entries = [e for e in build(articles, settings=Settings()).entries if _entry_sources(e) & scope]
    matched = match(gold, entries)
    by_id = {x.id: x for x in articles}
    missed = [(gold_kind(gold, gi, articles, entries, matched), gi) for gi in range(len(gold.events))
              if gi not in matched.values()]
    extra = [(entry_kind(gold, i, e, matched), i) for i, e in enumerate(entries) if i not in matched]
    print(f"{len(entries)} entries, {len(matched)} matched, {len(gold.events)} gold events")
    for title, found in (("unmatched gold events", missed), ("unmatched entries", extra)):
        print(f"{title}: {len(found)}")
        for kind, n in Counter(k for k, _ in found).most_common():
            print(f"  {n:3}  {kind}")
    shown = (lambda kind: a.kind == kind) if a.kind else (lambda kind: a.details)
    for kind, gi in sorted(missed):
        if shown(kind):
            _show_gold(kind, gold.events[gi], gold, articles)
    for kind, i in sorted(extra):
        if shown(kind):
            _show_entry(kind, entries[i], gold, by_id)
    if a.json:
        Path(a.json).write_text(json.dumps(
            {"missed": [[k, gold.events[gi]["summary"]] for k, gi in missed],
             "extra": [[k, entries[i].date, list(entries[i].actor_names), sorted(_entry_sources(entries[i]))]
                       for k, i in extra]}, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
