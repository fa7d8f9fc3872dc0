"""The collection stages: what an update does with new articles, given what earlier updates stored.

    link names -> copies -> stories -> disputes -> entries -> briefings

A stage is a plain function ``(Update, Settings) -> Update``: it reads what the stages before it found and
returns the update with its own part filled in (``dataclasses.replace``); ``run`` only loops over ``STAGES``.
What is new is explicit in the input (``Update.new``), and what earlier updates stored is read through
``Update.stored`` (``Past``): nothing for a build, the store's indexes for an update (``collection.stored``),
which hand each stage only the stored articles the new ones reach. Both give the same copies and stories.

Every way of running the collection comes here: ``linimasa timeline PATH…`` and ``timeline.build`` (articles
read from files), the Dask reduce (the same, on a worker), ``Collection.update_timeline`` and the write API
(``collection.stored`` reads the input from a store and writes the update back, in one transaction).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from operator import attrgetter
from typing import Any, Protocol

from ..dedup import CopyLink, StoryAssignment, assign_stories, find_copies
from ..dedup.stories import reading_order
from ..entities.counts import counts
from ..entities.links import links_from, relink
from ..entities.resolve import Entity
from ..model import Article
from ..settings import Settings
from ..timeline import Dispute, Story, Timeline, claims, entries_of
from ..timeline.briefing import story_briefing


@dataclass(frozen=True, slots=True)
class StoryInfo:
    label: str  # the earliest title (or the opening words)
    summary: str  # an extractive briefing
    first_date: str | None
    last_date: str | None


@dataclass(frozen=True, slots=True)
class Found:
    """What a stage found in what earlier updates stored, and what the store keeps of it (``kept``)."""

    articles: tuple[Article, ...] = ()  # stored articles the stage reached, linked
    kept: Any = None


class Past(Protocol):
    """What earlier updates stored, as the stages read it."""

    def link(self, fresh: Sequence[Article]) -> tuple[dict[str, Entity], Found]:
        """Every link, given the new articles; the stored articles whose links changed."""
        ...

    def copies(self, fresh: Sequence[Article], settings: Settings,
               key: Callable[[Article], str]) -> tuple[list[CopyLink], Found]: ...

    def stories(self, update: Update, settings: Settings) -> tuple[StoryAssignment, frozenset[str], Found]:
        """The story of every article of the stories whose articles changed, those stories, and the stored
        articles in them."""
        ...

    def timeline(self, update: Update) -> tuple[Timeline | None, bool]:
        """The stored entries the update's articles may extend (None: the entries are built anew), and
        whether the stories were found with the articles of those entries in view."""
        ...


@dataclass(frozen=True, slots=True)
class Nothing:
    """A build: nothing stored before, every article is new and in ``Update.articles``; ``given`` stories
    (article key -> story id) instead of found ones, ``previous`` entries to extend."""

    given: Mapping[str, str] = field(default_factory=dict)
    previous: Timeline | None = None

    def link(self, fresh: Sequence[Article]) -> tuple[dict[str, Entity], Found]:
        return links_from(counts(fresh)), Found()

    def copies(self, fresh: Sequence[Article], settings: Settings,
               key: Callable[[Article], str]) -> tuple[list[CopyLink], Found]:
        return find_copies(fresh, key=key, settings=settings), Found()

    def stories(self, update: Update, settings: Settings) -> tuple[StoryAssignment, frozenset[str], Found]:
        rest = [a for a in update.articles if update.key(a) not in self.given]
        found = assign_stories(rest, settings=settings, copies=update.pairs, key=update.key)
        story_of = {update.key(a): self.given.get(update.key(a)) or found.story_of[update.key(a)]
                    for a in update.articles}
        return StoryAssignment(story_of, found.merges), frozenset(story_of.values()), Found()

    def timeline(self, update: Update) -> tuple[Timeline | None, bool]:
        """Stories found among the new articles alone say nothing about the previous entries'."""
        return self.previous, self.previous is None or not self.previous.entries or bool(self.given)


@dataclass(frozen=True, slots=True)
class Update:
    """The stages' input (the first four fields) and what each of them finds, in stage order."""

    articles: tuple[Article, ...]  # the new articles, then the stored ones the stages reached
    new: frozenset[str]  # keys of the articles no update has seen (every key: a rebuild)
    stored: Past = Nothing()
    key: Callable[[Article], str] = attrgetter("id")  # how copies and stories name an article
    links: Mapping[str, Entity] = field(default_factory=dict)  # entity id -> the entity it stands for
    copies: tuple[CopyLink, ...] = ()  # the new articles' copy links
    pairs: tuple[tuple[str, str], ...] = ()  # their pairs, sorted (a build: every pair)
    stories: StoryAssignment = field(default_factory=lambda: StoryAssignment({}))  # of every article
    touched: frozenset[str] = frozenset()  # the stories whose articles changed
    disputes: Mapping[str, tuple[Dispute, ...]] = field(default_factory=dict)  # of each touched story
    timeline: Timeline = field(default_factory=lambda: Timeline(()))  # the entries (stored ones extended), merges
    briefings: Mapping[str, StoryInfo] = field(default_factory=dict)  # of each touched story
    kept: Mapping[str, Any] = field(default_factory=dict)  # stage -> what the store keeps of it

    def fresh(self) -> list[Article]:
        """The new articles."""
        return [a for a in self.articles if self.key(a) in self.new]

    def story_of(self) -> dict[str, str]:
        """Article id -> story id, for the stages that name articles by id (claims, the timeline)."""
        return {a.id: self.stories.story_of[self.key(a)] for a in self.articles}

    def reached(self, stage: str, found: Found, **fields: Any) -> Update:
        """The update with a stage's fields, the stored articles it reached and what the store keeps of it."""
        seen = {self.key(a) for a in self.articles}
        more = tuple(a for a in found.articles if self.key(a) not in seen)
        return replace(self, articles=(*self.articles, *more), kept={**self.kept, stage: found.kept}, **fields)


Stage = Callable[[Update, Settings], Update]


def link(update: Update, settings: Settings) -> Update:
    """Names linked across the collection (``entities.links``): a short name, initials, an old spelling or a
    bare abbreviation to the entity other articles show it stands for. Later stages see the linked articles;
    stored articles whose links changed are read again, since their stories may change with them."""
    links, found = update.stored.link(update.fresh())
    articles = tuple(relink(a, links) if update.key(a) in update.new else a for a in update.articles)
    return replace(update, articles=articles).reached("link", found, links=links)


def copies(update: Update, settings: Settings) -> Update:
    """Copies of the new articles (exact, near, same-wire rewrites) among all articles: stored ones are not
    compared again, their links were found when they were new."""
    found, stored = update.stored.copies(update.fresh(), settings, update.key)
    pairs = sorted({(link.a, link.b) for link in found})
    return update.reached("copies", stored, copies=tuple(found), pairs=tuple(pairs))


def stories(update: Update, settings: Settings) -> Update:
    """Stories over the whole collection, read in time order (``dedup.stories``); an update places the new
    articles and what was read after them again, from the stored index."""
    found, touched, stored = update.stored.stories(update, settings)
    return update.reached("stories", stored, stories=found, touched=touched)


def disputes(update: Update, settings: Settings) -> Update:
    """Accusations and their denials within each touched story (the others have nothing new to dispute)."""
    story_of = update.story_of()
    found = claims.by_story(_touched(update, story_of), story_of)
    return replace(update, disputes=found)


def entries(update: Update, settings: Settings) -> Update:
    """The new articles' event mentions merged into the stored entries (which keep their ids) or into new ones.

    Mentions join entries of their own story only when the stories were found with the stored articles in view:
    stories found among the new articles alone say nothing about the stored entries'."""
    previous, in_view = update.stored.timeline(update)
    claimed = {sentence for found in update.disputes.values() for d in found for sentence in (d.claim, *d.denials)}
    timeline = entries_of(update.fresh(), previous=previous, claimed=claimed,
                          story_of=update.story_of() if in_view else {})
    return replace(update, timeline=timeline)


def briefings(update: Update, settings: Settings) -> Update:
    """A label, an extractive briefing and the date range of each touched story."""
    story_of = update.story_of()
    members: dict[str, list[Article]] = defaultdict(list)
    for article in sorted(_touched(update, story_of), key=lambda a: a.published or ""):
        members[story_of[article.id]].append(article)
    return replace(update, briefings={story: _story_info(group) for story, group in members.items()})


STAGES: tuple[Stage, ...] = (link, copies, stories, disputes, entries, briefings)


def run(update: Update, settings: Settings, stages: Iterable[Stage] = STAGES) -> Update:
    for stage in stages:
        update = stage(update, settings)
    return update


def as_timeline(update: Update) -> Timeline:
    """The whole timeline an update found: its entries with its stories, copies and disputes."""
    groups = [(update.stories.story_of[keys[0]], keys) for keys in update.stories.stories()]
    summaries = {story: info.summary for story, info in update.briefings.items()}
    return replace(update.timeline, duplicates=update.pairs,
                   stories=tuple(Story(story, tuple(keys), summaries.get(story, "")) for story, keys in groups),
                   disputes=(*(d for found in update.disputes.values() for d in found), *update.timeline.disputes))


def _touched(update: Update, story_of: Mapping[str, str]) -> list[Article]:
    """The articles of the touched stories in reading order: what a story says does not depend on the order
    its articles were stored in."""
    return reading_order([a for a in update.articles if story_of[a.id] in update.touched], attrgetter("id"))


def _story_info(group: Sequence[Article]) -> StoryInfo:
    """``group`` in publication order."""
    dates = [a.published for a in group if a.published]
    return StoryInfo(next((a.title for a in group if a.title), group[0].text[:80]), story_briefing(group),
                     dates[0] if dates else None, dates[-1] if dates else None)
