"""Stories over a store, in time proportional to what is new: story clustering resumed from the stored index.

Stories read articles in one order (``dedup.story_state.position``). An update starts at the first position
that needs placing (its earliest new article, or the earliest stored one whose features changed), from the
index as it was there (``StoredPast``: the placements before it, their nearest similarities from the offers
made before it, their stories through the merges made before it, each story's aggregate folded from its
changes before it), and places again only the stored articles read after that position. News arrives in
order, so that is the new articles alone; a late article costs a re-read of what came after it. The result is
what one build over every article gives (``tests/test_story_index.py``).
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..dedup.config import StoryConfig
from ..dedup.neighbours import Indexed, top_terms
from ..dedup.places import Places
from ..dedup.stories import Placement, StoryClusterer
from ..dedup.story_state import Aggregate, Position, event, position
from ..model import Article
from ..store import Store
from ..store.records import Row


class StoredPast:
    """The stored index as it was before ``start`` (``dedup.story_state.Past``)."""

    def __init__(self, store: Store, start: Position, config: StoryConfig) -> None:
        self.store, self.start, self.config = store, start, config
        self._kept: dict[str, str | None] = {}  # merged story -> the story that absorbed it before ``start``

    def postings(self, terms: Sequence[str], day: int | None, window: int) -> Mapping[str, Sequence[str]]:
        found: dict[str, list[str]] = defaultdict(list)
        days = None if day is None else (day - window, day + window)
        for row in self.store.story_postings(terms, days=days, before=self.start):
            found[row["term"]].append(row["article_id"])
        return found

    def items(self, keys: Sequence[str]) -> Mapping[str, Indexed]:
        if not keys:
            return {}
        offered: dict[str, list[float]] = defaultdict(list)
        for row in self.store.story_offers(keys, before=self.start):
            offered[row["target"]].append(row["sim"])
        found = {}
        for row in self.store.story_items(keys):
            item = indexed(row, self.config)
            item.nearest = sorted([*item.nearest, *offered[item.key]], reverse=True)[:item.capacity]
            found[item.key] = item
        return found

    def stories_of(self, keys: Sequence[str]) -> Mapping[str, str]:
        return {key: self.follow(home) for key, home in self.store.story_homes(keys, before=self.start).items()}

    def follow(self, story: str) -> str:
        """Where ``story`` was just before ``start``: through the merges made before it."""
        while True:
            if story not in self._kept:
                rows = self.store.story_merges(merged=[story], before=self.start)
                self._kept[story] = rows[0]["kept"] if rows else None
            kept = self._kept[story]
            if kept is None:
                return story
            story = kept

    def story(self, story_id: str) -> Aggregate:
        row = self.store.story_aggregate(story_id)
        if row is not None and row["last"] < self.start:
            return aggregate(row)
        return self._fold(story_id, self.start)

    def _fold(self, story_id: str, before: str) -> Aggregate:
        """A story's aggregate before a change: its changes replayed in their order, bit for bit."""
        first = self.store.story_items([story_id.removeprefix("s-")])
        found = Aggregate(first[0]["at"] if first else before)
        joins = self.store.story_joins(story_id, before=before)
        changes: list[tuple[str, Any]] = [(event(r["at"], 0), r) for r in joins]
        changes += [(r["at"], r["merged"]) for r in self.store.story_merges(kept=story_id, before=before)]
        for at, change in sorted(changes, key=lambda c: c[0]):
            if isinstance(change, str):
                found.absorb(self._fold(change, at), at=at)
            else:
                found.join(json.loads(change["vector"]), frozenset(json.loads(change["main"])), at=at)
        return found


def indexed(row: Row, config: StoryConfig) -> Indexed:
    places = json.loads(row["places"])
    return Indexed(row["article_id"], json.loads(row["vector"]), row["day"], config.neighbours,
                   frozenset(json.loads(row["main"])), Places(frozenset(places[0]), frozenset(places[1])),
                   json.loads(row["nearest"]))


def aggregate(row: Row) -> Aggregate:
    return Aggregate(row["first"], row["size"], Counter(json.loads(row["terms"])), json.loads(row["centroid"]),
                     row["squares"], row["last"])


@dataclass(frozen=True, slots=True)
class StoryRun:
    """Stories placed from ``start`` on, and what the store's assignment becomes."""

    start: Position
    clusterer: StoryClusterer
    past: StoredPast
    undone: frozenset[str]  # stories merged at ``start`` or later before this run: it may merge them again
    story_of: dict[str, str]  # the new story of every article placed, or whose story a merge changed
    before: dict[str, str]  # the stories those of them stored before had


def place(store: Store, articles: Sequence[Article], *, config: StoryConfig, copies: Iterable[tuple[str, str]],
          anew: bool = False) -> StoryRun | None:
    """Place ``articles`` (new, or stored ones whose features changed) and every stored article read after the
    first of them; ``copies`` are copy pairs found in this update (the stored ones are read). ``anew``: every
    article is in ``articles`` and the stored index is replaced."""
    if not articles:
        return None
    placer = StoryClusterer(config=config)
    fresh = {a.id: placer.item(a, key=a.id) for a in articles}
    start = "" if anew else min(position(item.day, item.key) for item in fresh.values())
    again = [indexed(row, config) for row in store.story_items(since=start) if row["article_id"] not in fresh]
    for item in again:
        item.nearest = []  # as it will be when placed again
    past = StoredPast(store, start, config)
    clusterer = StoryClusterer(config=config, past=past)
    items = sorted([*fresh.values(), *again], key=lambda i: position(i.day, i.key))
    partners = _partners([i.key for i in items], store, copies)
    for item in items:
        clusterer.place(item, copies=partners[item.key])
    undone = {r["merged"]: r["kept"] for r in store.story_merges(since=start)}
    story_of, before = _assignment(store, clusterer, past, undone)
    return StoryRun(start, clusterer, past, frozenset(undone), story_of, before)


def _partners(keys: list[str], store: Store, copies: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    partners: dict[str, list[str]] = defaultdict(list)
    for a, b in {*store.copy_pairs_of(keys), *copies}:
        partners[a].append(b)
        partners[b].append(a)
    return partners


def _assignment(store: Store, clusterer: StoryClusterer, past: StoredPast,
                undone: Mapping[str, str]) -> tuple[dict[str, str], dict[str, str]]:
    """The articles whose story changed, with their new and their stored story: those placed, and those
    placed before ``start`` in a story that a merge since then joined to another, then or now."""
    placed = {p.item.key: clusterer.story(p.item.key) for p in clusterer.placements}
    merged = {*undone, *(m for p in clusterer.placements for _, m in p.merges)}
    before = dict(store.story_members(sorted({_follow(story, undone) for story in merged})))
    before |= store.story_assignment_of(list(placed))
    earlier = store.story_homes([k for k in before if k not in placed], before=past.start)
    story_of = {k: clusterer.current(past.follow(home)) for k, home in earlier.items()} | placed
    return ({k: s for k, s in story_of.items() if before.get(k) != s},
            {k: s for k, s in before.items() if story_of.get(k, s) != s})


def _follow(story: str, kept: Mapping[str, str]) -> str:
    while story in kept:
        story = kept[story]
    return story


def index_rows(run: StoryRun, config: StoryConfig) -> dict[str, Any]:
    """What ``Store.put_story_index`` stores for a run."""
    placements = run.clusterer.placements
    changed = set(run.past.store.story_changed_since(run.start))
    stories = run.clusterer.stories()
    gone = {m for p in placements for _, m in p.merges}
    stale = changed | run.undone  # their stored aggregate holds changes this run undid
    kept = {s: a for s, a in stories.items() if s not in gone and (a.last >= run.start or s in stale)}
    for story in stale - stories.keys() - gone:
        found = run.past.story(story)
        if found.order < run.start and found.size:
            kept[story] = found
    return {"items": [_item_row(p) for p in placements],
            "postings": [(term, p.item.day, p.at, p.item.key) for p in placements
                         for term in top_terms(p.item.vector, config.top_terms)],
            "offers": [(target, p.at, sim) for p in placements for target, sim in p.offers],
            "merges": [(m, k, event(p.at, n)) for p in placements for n, (k, m) in enumerate(p.merges, start=1)],
            "aggregates": [_aggregate_row(story, a) for story, a in kept.items()],
            "dropped": sorted((stale | gone) - kept.keys())}


def _item_row(p: Placement) -> dict[str, Any]:
    item = p.item
    return {"article_id": item.key, "at": p.at, "day": item.day, "home": p.home, "vector": json.dumps(item.vector),
            "main": json.dumps(sorted(item.main)), "nearest": json.dumps(list(p.nearest)),
            "places": json.dumps([sorted(item.places.focus), sorted(item.places.named)], ensure_ascii=False)}


def _aggregate_row(story: str, a: Aggregate) -> dict[str, Any]:
    return {"id": story, "first": a.order, "size": a.size, "terms": json.dumps(dict(a.terms), ensure_ascii=False),
            "centroid": json.dumps(a.centroid, ensure_ascii=False), "squares": a.squares, "last": a.last}
