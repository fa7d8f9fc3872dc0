"""Incremental story clustering: each new article joins the most similar recent story, or starts its own.

Story ids are ``s-`` plus the key of the story's first article, so adding articles never renumbers anything;
when one article bridges two stories they merge into the older one and the merge is recorded.
Time keeps recurring threads apart: the same leaders meeting a year later is another story.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from operator import attrgetter

from ..model import Article
from ..settings import Settings
from .config import StoryConfig
from .vectors import Vector, article_day, article_vector, cosine


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
    sid: str
    order: int
    members: list[str] = field(default_factory=list)
    centroid: Vector = field(default_factory=dict)  # sum of member vectors
    squares: float = 0.0  # squared norm of the centroid, kept current so similarity needs no pass over it
    days: list[int] = field(default_factory=list)
    terms: set[str] = field(default_factory=set)  # the posting terms that point at this story

    def absorb(self, vector: Vector, days: Iterable[int]) -> None:
        for term, weight in vector.items():
            old = self.centroid.get(term, 0.0)
            self.centroid[term] = old + weight
            self.squares += (old + weight) ** 2 - old * old
        self.days.extend(days)

    def similarity(self, vector: Vector) -> float:
        return cosine(vector, self.centroid) / (self.squares ** 0.5 or 1.0)


class StoryClusterer:
    def __init__(self, *, config: StoryConfig = StoryConfig()) -> None:
        self.config = config
        self._stories: dict[str, _Story] = {}
        self._story_of: dict[str, str] = {}
        self._postings: dict[str, set[str]] = defaultdict(set)
        self._merges: list[tuple[str, str]] = []

    def add(self, article: Article, *, key: str, story: str | None = None, copies: Iterable[str] = ()) -> str:
        """Place one article (``story`` forces a known assignment; ``copies`` are keys of its known copies)."""
        if key in self._story_of:
            return self._story_of[key]
        vector, day = article_vector(article), article_day(article)
        if story is None:
            linked = self._linked(vector, day, {self._story_of[c] for c in copies if c in self._story_of})
            story = self._merge(linked) if linked else f"s-{key}"
        target = self._stories.setdefault(story, _Story(story, len(self._stories)))
        target.members.append(key)
        target.absorb(vector, [] if day is None else [day])
        self._story_of[key] = story
        self._post(target, _top(vector, self.config.top_terms))
        return story

    def _post(self, story: _Story, terms: Iterable[str]) -> None:
        for term in terms:
            self._postings[term].add(story.sid)
            story.terms.add(term)

    def assignment(self) -> StoryAssignment:
        return StoryAssignment(dict(self._story_of), tuple(self._merges))

    def _linked(self, vector: Vector, day: int | None, forced: set[str]) -> list[tuple[float, str]]:
        """Stories this article belongs to, best first, as (similarity, story id)."""
        cfg = self.config
        shared = Counter(s for term in _top(vector, cfg.top_terms) for s in self._postings.get(term, ()))
        candidates = {sid for sid, n in shared.items() if n >= cfg.min_shared_terms}
        scored = [(self._stories[sid].similarity(vector), sid) for sid in candidates - forced]
        kept = [(sim, sid) for sim, sid in scored if sim >= self._needed(day, self._stories[sid])]
        return sorted(kept + [(1.0, sid) for sid in forced], reverse=True)  # a copy's story always takes it

    def _needed(self, day: int | None, story: _Story) -> float:
        if day is None or not story.days:
            return self.config.join_undated
        gap = min(abs(day - d) for d in story.days)
        return self.config.join if gap <= self.config.window_days else 2.0  # never across a long gap

    def _merge(self, linked: list[tuple[float, str]]) -> str:
        """Join the best story; stories this article is also very close to merge into the oldest of them."""
        group = [sid for sim, sid in linked if sim >= self.config.merge] or [linked[0][1]]
        if linked[0][1] not in group:
            group.append(linked[0][1])
        kept, *merged = sorted(group, key=lambda sid: self._stories[sid].order)
        for sid in merged:
            self._absorb_story(kept, sid)
        return kept

    def _absorb_story(self, kept: str, merged: str) -> None:
        source, target = self._stories.pop(merged), self._stories[kept]
        for key in source.members:
            self._story_of[key] = kept
        target.members += source.members
        target.absorb(source.centroid, source.days)
        for term in source.terms:
            self._postings[term].discard(merged)
        self._post(target, source.terms)
        self._merges.append((kept, merged))


def _top(vector: Vector, n: int) -> list[str]:
    return sorted(vector, key=vector.__getitem__, reverse=True)[:n]


def assign_stories(articles: Sequence[Article], *, existing: Mapping[str, str] = {},
                   settings: Settings | None = None, copies: Iterable[tuple[str, str]] = (),
                   key: Callable[[Article], str] = attrgetter("id")) -> StoryAssignment:
    """Stories for a collection; articles in ``existing`` keep their story ids, copies share a story."""
    partners: dict[str, list[str]] = defaultdict(list)
    for a, b in copies:
        partners[a].append(b)
        partners[b].append(a)
    clusterer = StoryClusterer(config=(settings or Settings()).stories)
    ordered = sorted(articles, key=lambda art: key(art) not in existing)  # known assignments first, stable
    for article in ordered:
        k = key(article)
        clusterer.add(article, key=k, story=existing.get(k), copies=partners[k])
    return clusterer.assignment()
