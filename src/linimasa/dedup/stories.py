"""Incremental story clustering: a story is the thread a reader follows, not one event.

The hospital days before a death, the death and the funeral share a story though no two of their articles say
the same thing: each article links to the few earlier articles nearest to it (``neighbours``), and a story is
what those links connect. Three things keep a thread from wandering into its neighbours' topics:

- what it is about: a link needs a main term (a name, a bill, a place) the article shares with the story's
  articles, and the story as a whole must stay close (``centroid``);
- where it happens: a crash on another toll road shares every event word, not the place (``places``);
- bridging: one article about two threads (a president asked about two bills) fuses them only when it is
  close to both and the two stories are close as wholes (``merge``).

Articles are read in one order, by day (``story_state.position``), and each is placed by what was read before
it. A story's id is ``s-`` plus the key of its first article in that order: when one article links two stories
they merge into the older one (the merge is recorded), and when an article older than a story's first arrives
late, the story is read again from there and takes that article's key. Time keeps recurring threads apart:
articles link only within ``window_days`` of each other.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from operator import attrgetter

from ..model import Article
from ..settings import Settings
from .config import StoryConfig
from .neighbours import ArticleIndex, Indexed
from .places import article_places
from .story_state import NOTHING, Aggregate, Past, Position, event, position
from .vectors import article_vector, main_terms, publication_day


@dataclass(frozen=True, slots=True)
class StoryAssignment:
    story_of: dict[str, str]  # article key -> story id
    merges: tuple[tuple[str, str], ...] = ()  # (kept story, merged story), in order

    def stories(self) -> list[list[str]]:
        groups: dict[str, list[str]] = defaultdict(list)
        for key, story in self.story_of.items():
            groups[story].append(key)
        return sorted(groups.values(), key=lambda keys: keys[0])


@dataclass(frozen=True, slots=True)
class Placement:
    """What placing one article did: what a later run needs to start from any position after it."""

    item: Indexed
    at: Position
    home: str  # the story it joined, before the merges it caused
    nearest: tuple[float, ...]  # its nearest similarities when placed
    offers: tuple[tuple[str, float], ...]  # (earlier article, similarity) it became one of the nearest of
    merges: tuple[tuple[str, str], ...]  # (kept, merged), in order


class StoryClusterer:
    def __init__(self, *, config: StoryConfig = StoryConfig(), past: Past = NOTHING) -> None:
        """``past``: the articles placed before this run's first (what earlier updates stored)."""
        self.config = config
        self._past = past
        self._index = ArticleIndex(top_terms=config.top_terms, min_shared=config.min_shared_terms,
                                   max_candidates=config.max_candidates, window_days=config.window_days, past=past)
        self._stories: dict[str, Aggregate] = {}  # placed in this run or looked up in the past
        self._story_of: dict[str, str] = {}  # article key -> its story when placed or looked up (then merges)
        self._merged: dict[str, str] = {}  # merged story -> the story that absorbed it
        self.placements: list[Placement] = []

    def item(self, article: Article, *, key: str) -> Indexed:
        """An article as the index holds it: its vector, day, main terms and places."""
        cfg, vector = self.config, article_vector(article)
        return Indexed(key, vector, publication_day(article), cfg.neighbours,
                       main_terms(vector, top=cfg.main_terms, min_idf=cfg.main_idf), article_places(article))

    def add(self, article: Article, *, key: str, copies: Iterable[str] = ()) -> str:
        """Place one article (``copies`` are keys of its known copies); its story."""
        return self.place(self.item(article, key=key), copies=copies)

    def place(self, item: Indexed, *, copies: Iterable[str] = ()) -> str:
        """Place an article after every article placed so far."""
        if item.key in self._story_of:
            return self.story(item.key)
        at = position(item.day, item.key)
        offers: list[tuple[str, float]] = []
        links = self._linked(item, offers)
        forced = set(self._placed(list(copies)).values())
        home = max(links, key=links.__getitem__) if links else min(forced, default=f"s-{item.key}", key=self._order)
        self._join(home, item, at)
        group = forced | {home} | {sid for sid, sim in links.items() if sid != home and self._bridged(home, sid, sim)}
        kept, *merged = sorted(group, key=self._order)
        for n, sid in enumerate(merged, start=1):
            self._absorb_story(kept, sid, event(at, n))
        self._index.add(item)
        self.placements.append(Placement(item, at, home, tuple(item.nearest), tuple(offers),
                                         tuple((kept, sid) for sid in merged)))
        return kept

    def story(self, key: str) -> str:
        """The story of a placed article now."""
        return self.current(self._story_of[key])

    def current(self, story: str) -> str:
        """What became of a story: the one that absorbed it, or itself."""
        while story in self._merged:
            story = self._merged[story]
        return story

    def stories(self) -> dict[str, Aggregate]:
        """The stories this run placed articles in or looked up, as they are now."""
        return dict(self._stories)

    def assignment(self) -> StoryAssignment:
        """The story of each article placed in this run, and the merges it made."""
        merges = tuple(pair for p in self.placements for pair in p.merges)
        return StoryAssignment({p.item.key: self.story(p.item.key) for p in self.placements}, merges)

    def _aggregate(self, story: str) -> Aggregate:
        if story not in self._stories:
            self._stories[story] = self._past.story(story)
        return self._stories[story]

    def _placed(self, keys: list[str]) -> dict[str, str]:
        """The stories of those of ``keys`` placed before, here or in the past."""
        self._story_of.update(self._past.stories_of([k for k in keys if k not in self._story_of]))
        return {k: self.story(k) for k in keys if k in self._story_of}

    def _join(self, story: str, item: Indexed, at: Position) -> None:
        target = self._stories.setdefault(story, Aggregate(at)) if story == f"s-{item.key}" else self._aggregate(story)
        target.join(item.vector, item.main, at=event(at, 0))
        self._story_of[item.key] = story

    def _linked(self, item: Indexed, offers: list[tuple[str, float]]) -> dict[str, float]:
        """The stories ``item`` links to, each with its closest link; ``offers`` gets the earlier articles it
        became one of the nearest of."""
        cfg = self.config
        close = [(sim, other) for sim, other in self._index.similar(item)
                 if sim >= (cfg.join if item.day is not None and other.day is not None else cfg.join_undated)]
        stories = self._placed([other.key for _, other in close])
        links: dict[str, float] = {}
        for rank, (sim, other) in enumerate(close):
            if rank < cfg.neighbours or other.would_keep(sim):  # its nearest, or it is among theirs
                sid = stories[other.key]
                links[sid] = max(links.get(sid, 0.0), sim)
            if other.offer(sim):
                offers.append((other.key, sim))
        item.nearest = [sim for sim, _ in close[:cfg.neighbours]]
        return {sid: sim for sid, sim in links.items() if self._aggregate(sid).about(item.main, cfg.core_share)
                and self._aggregate(sid).similarity(item.vector) >= cfg.centroid}

    def _order(self, story: str) -> Position:
        return self._aggregate(story).order

    def _bridged(self, best: str, other: str, sim: float) -> bool:
        """Whether an article that joins ``best`` and links ``other`` this closely makes them one story: a lone
        article joins as it would have if it came now; two threads fuse only when close as wholes too."""
        cfg, story, lone = self.config, self._aggregate(best), self._aggregate(other)
        if lone.size == 1:
            return story.about(frozenset(lone.terms), cfg.core_share) and story.closeness(lone) >= cfg.centroid
        return sim >= cfg.merge and story.closeness(lone) >= cfg.merge

    def _absorb_story(self, kept: str, merged: str, at: str) -> None:
        self._aggregate(kept).absorb(self._stories.pop(merged), at=at)
        self._merged[merged] = kept


def reading_order(articles: Sequence[Article], key: Callable[[Article], str]) -> list[Article]:
    """The articles in the order stories read them: by day, undated last, ties by key."""
    return sorted(articles, key=lambda a: position(publication_day(a), key(a)))


def assign_stories(articles: Sequence[Article], *, settings: Settings | None = None,
                   copies: Iterable[tuple[str, str]] = (),
                   key: Callable[[Article], str] = attrgetter("id")) -> StoryAssignment:
    """Stories for a collection; copies share a story. A thread is read forwards (``reading_order``), so the
    result does not depend on the order the articles were given in."""
    partners: dict[str, list[str]] = defaultdict(list)
    for a, b in copies:
        partners[a].append(b)
        partners[b].append(a)
    clusterer = StoryClusterer(config=(settings or Settings()).stories)
    for article in reading_order(articles, key):
        clusterer.add(article, key=key(article), copies=partners[key(article)])
    found = clusterer.assignment()
    return StoryAssignment({key(a): found.story_of[key(a)] for a in articles}, found.merges)  # in input order
