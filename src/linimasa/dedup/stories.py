"""Incremental story clustering: a story is the thread a reader follows, not one event.

The hospital days before a death, the death and the funeral share a story though no two of their articles say
the same thing: each article links to the few earlier articles nearest to it (``neighbours``), and a story is
what those links connect. Three things keep a thread from wandering into its neighbours' topics:

- what it is about: a link needs a main term (a name, a bill, a place) the article shares with the story's
  articles, and the story as a whole must stay close (``centroid``);
- where it happens: a crash on another toll road shares every event word, not the place (``places``);
- bridging: one article about two threads (a president asked about two bills) fuses them only when it is
  close to both and the two stories are close as wholes (``merge``).

Story ids are ``s-`` plus the key of the story's first article, so adding articles never renumbers anything;
when one article links two stories they merge into the older one and the merge is recorded. Time keeps
recurring threads apart: articles link only within ``window_days`` of each other.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from operator import attrgetter

from ..model import Article
from ..settings import Settings
from .config import StoryConfig
from .neighbours import ArticleIndex, Indexed
from .places import article_places
from .vectors import Vector, article_vector, cosine, main_terms, publication_day


@dataclass(frozen=True, slots=True)
class StoryAssignment:
    story_of: Mapping[str, str]  # article key -> story id
    merges: tuple[tuple[str, str], ...] = ()  # (kept story, merged story), in order

    def stories(self) -> list[list[str]]:
        groups: dict[str, list[str]] = defaultdict(list)
        for key, story in self.story_of.items():
            groups[story].append(key)
        return sorted(groups.values(), key=lambda keys: keys[0])


@dataclass(slots=True)
class _Story:
    order: int
    members: list[str] = field(default_factory=list)
    terms: Counter[str] = field(default_factory=Counter)  # main terms of its articles, counted
    centroid: Vector = field(default_factory=dict)  # sum of member vectors
    squares: float = 0.0  # squared norm of the centroid, kept current so similarity needs no pass over it

    def absorb(self, vector: Vector) -> None:
        for term, weight in vector.items():
            old = self.centroid.get(term, 0.0)
            self.centroid[term] = old + weight
            self.squares += (old + weight) ** 2 - old * old

    def similarity(self, vector: Vector) -> float:
        return cosine(vector, self.centroid) / (self.squares ** 0.5 or 1.0)

    def closeness(self, other: _Story) -> float:
        return self.similarity(other.centroid) / (other.squares ** 0.5 or 1.0)

    def about(self, main: frozenset[str], share: float) -> bool:
        """Whether one of ``main`` is a main term of at least ``share`` of the story's articles: a thread is
        held together by what it is about, so an article reaching it through one drifted member stays out."""
        need = max(1, math.ceil(share * len(self.members)))
        return any(self.terms[term] >= need for term in main)


class StoryClusterer:
    def __init__(self, *, config: StoryConfig = StoryConfig()) -> None:
        self.config = config
        self._index = ArticleIndex(top_terms=config.top_terms, min_shared=config.min_shared_terms,
                                   max_candidates=config.max_candidates, window_days=config.window_days)
        self._stories: dict[str, _Story] = {}
        self._story_of: dict[str, str] = {}
        self._merges: list[tuple[str, str]] = []

    def add(self, article: Article, *, key: str, story: str | None = None, copies: Iterable[str] = ()) -> str:
        """Place one article (``story`` forces a known assignment; ``copies`` are keys of its known copies)."""
        if key in self._story_of:
            return self._story_of[key]
        cfg, vector = self.config, article_vector(article)
        item = Indexed(key, vector, publication_day(article), cfg.neighbours,
                       main_terms(vector, top=cfg.main_terms, min_idf=cfg.main_idf), article_places(article))
        if story is None:
            story = self._place(item, {self._story_of[c] for c in copies if c in self._story_of})
        else:
            self._join(story, item)
        self._index.add(item)
        return story

    def _join(self, story: str, item: Indexed) -> None:
        target = self._stories.setdefault(story, _Story(len(self._stories)))
        target.members.append(item.key)
        target.terms.update(item.main)
        target.absorb(item.vector)
        self._story_of[item.key] = story

    def assignment(self) -> StoryAssignment:
        return StoryAssignment(dict(self._story_of), tuple(self._merges))

    def _linked(self, item: Indexed) -> dict[str, float]:
        """The stories ``item`` links to, each with its closest link."""
        cfg = self.config
        close = [(sim, other) for sim, other in self._index.similar(item)
                 if sim >= (cfg.join if item.day is not None and other.day is not None else cfg.join_undated)]
        links: dict[str, float] = {}
        for rank, (sim, other) in enumerate(close):
            if rank < cfg.neighbours or other.would_keep(sim):  # its nearest, or it is among theirs
                sid = self._story_of[other.key]
                links[sid] = max(links.get(sid, 0.0), sim)
            other.offer(sim)
        item.nearest = [sim for sim, _ in close[:cfg.neighbours]]
        return {sid: sim for sid, sim in links.items() if self._stories[sid].about(item.main, cfg.core_share)
                and self._stories[sid].similarity(item.vector) >= cfg.centroid}

    def _place(self, item: Indexed, forced: set[str]) -> str:
        """The article joins the story it links closest (a new one when none); the stories of its copies, and
        any other it links that it bridges to that story, merge with it into the oldest of them."""
        links = self._linked(item)
        home = max(links, key=links.__getitem__) if links else min(forced, default=f"s-{item.key}", key=self._order)
        self._join(home, item)
        group = forced | {home} | {sid for sid, sim in links.items() if sid != home and self._bridged(home, sid, sim)}
        kept, *merged = sorted(group, key=self._order)
        for sid in merged:
            self._absorb_story(kept, sid)
        return kept

    def _order(self, story: str) -> int:
        return self._stories[story].order

    def _bridged(self, best: str, other: str, sim: float) -> bool:
        """Whether an article that joins ``best`` and links ``other`` this closely makes them one story: a lone
        article joins as it would have if it came now; two threads fuse only when close as wholes too."""
        cfg, story, lone = self.config, self._stories[best], self._stories[other]
        if len(lone.members) == 1:
            return story.about(frozenset(lone.terms), cfg.core_share) and story.closeness(lone) >= cfg.centroid
        return sim >= cfg.merge and story.closeness(lone) >= cfg.merge

    def _absorb_story(self, kept: str, merged: str) -> None:
        source = self._stories.pop(merged)
        for key in source.members:
            self._story_of[key] = kept
        self._stories[kept].members += source.members
        self._stories[kept].terms.update(source.terms)
        self._stories[kept].absorb(source.centroid)
        self._merges.append((kept, merged))


def assign_stories(articles: Sequence[Article], *, existing: Mapping[str, str] = {},  # read only
                   settings: Settings | None = None, copies: Iterable[tuple[str, str]] = (),
                   key: Callable[[Article], str] = attrgetter("id")) -> StoryAssignment:
    """Stories for a collection; articles in ``existing`` keep their story ids, copies share a story.

    Known assignments go first, then new articles in order of their day (undated last): a thread is read
    forwards, and the result does not depend on the order the articles were given in.
    """
    partners: dict[str, list[str]] = defaultdict(list)
    for a, b in copies:
        partners[a].append(b)
        partners[b].append(a)
    clusterer = StoryClusterer(config=(settings or Settings()).stories)
    days = {key(article): publication_day(article) for article in articles}

    def order(article: Article) -> tuple[bool, bool, int, str]:
        k = key(article)
        return k not in existing, days[k] is None, days[k] or 0, k

    for article in sorted(articles, key=order):
        k = key(article)
        clusterer.add(article, key=k, story=existing.get(k), copies=partners[k])
    found = clusterer.assignment()
    return StoryAssignment({key(a): found.story_of[key(a)] for a in articles}, found.merges)  # in input order
