"""The collection stages: what an update does with new articles, given what earlier updates stored.

    link names -> copies -> stories -> disputes -> entries -> briefings

A stage is a plain function ``(Update, Settings) -> Update``: it reads what the stages before it found and
returns the update with its own part filled in (``dataclasses.replace``); ``run`` only loops over ``STAGES``.
What is new and what is stored is explicit in the input (``Update.new``, ``Stored``), so a stage can be made to
cost only what the new articles need without the loop or its callers changing.

Every way of running the collection comes here: ``linimasa timeline PATH…`` and ``timeline.build`` (articles
read from files), the Dask reduce (the same, on a worker), ``Collection.update_timeline`` and the write API
(``collection.stored`` reads the input from a store and writes the update back, in one transaction).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from operator import attrgetter

from ..dedup import CopyLink, StoryAssignment, assign_stories, find_copies
from ..entities.links import link_names
from ..entities.resolve import Entity
from ..model import Article
from ..settings import Settings
from ..timeline import Dispute, Story, Timeline, claims, entries_of
from ..timeline.briefing import story_briefing


@dataclass(frozen=True, slots=True)
class Stored:
    """What earlier updates stored, as the stages read it."""

    stories: Mapping[str, str] = field(default_factory=dict)  # article key -> story id; these articles keep it
    copies: tuple[tuple[str, str], ...] = ()  # copy pairs found before (article keys)
    # reads the entries to extend when the entries stage needs them (a big timeline is not held while copies and
    # stories are found); None: the entries are built anew
    timeline: Callable[[], Timeline] | None = None


@dataclass(frozen=True, slots=True)
class StoryInfo:
    label: str  # the earliest title (or the opening words)
    summary: str  # an extractive briefing
    first_date: str | None
    last_date: str | None


@dataclass(frozen=True, slots=True)
class Update:
    """The stages' input (the first four fields) and what each of them finds, in stage order."""

    articles: tuple[Article, ...]  # new and stored, in the collection's order
    new: frozenset[str]  # keys of the articles no update has seen (every key: a rebuild)
    stored: Stored = Stored()
    key: Callable[[Article], str] = attrgetter("id")  # how copies and stories name an article
    links: Mapping[str, Entity] = field(default_factory=dict)  # entity id -> the entity it stands for
    copies: tuple[CopyLink, ...] = ()  # the new articles' copy links
    pairs: tuple[tuple[str, str], ...] = ()  # every copy pair, stored and new, sorted
    stories: StoryAssignment = field(default_factory=lambda: StoryAssignment({}))
    touched: frozenset[str] = frozenset()  # the stories new articles joined, and those that absorbed others
    disputes: Mapping[str, tuple[Dispute, ...]] = field(default_factory=dict)  # of each touched story
    timeline: Timeline = field(default_factory=lambda: Timeline(()))  # the entries (stored ones extended), merges
    briefings: Mapping[str, StoryInfo] = field(default_factory=dict)  # of each touched story

    def fresh(self) -> list[Article]:
        """The new articles."""
        return [a for a in self.articles if self.key(a) in self.new]

    def story_of(self) -> dict[str, str]:
        """Article id -> story id, for the stages that name articles by id (claims, the timeline)."""
        return {a.id: self.stories.story_of[self.key(a)] for a in self.articles}


Stage = Callable[[Update, Settings], Update]


def link(update: Update, settings: Settings) -> Update:
    """Names linked across the collection (``entities.links``): a short name, initials, an old spelling or a
    bare abbreviation to the entity other articles show it stands for. Later stages see the linked articles."""
    articles, links = link_names(list(update.articles))
    return replace(update, articles=tuple(articles), links=links)


def copies(update: Update, settings: Settings) -> Update:
    """Copies of the new articles (exact, near, same-wire rewrites); stored articles are indexed, not compared
    again: their links were found when they were new."""
    key = update.key
    stored = [a for a in update.articles if key(a) not in update.new]
    found = find_copies(update.fresh(), indexed=stored, key=key, settings=settings)
    pairs = sorted({*update.stored.copies, *((link.a, link.b) for link in found)})
    return replace(update, copies=tuple(found), pairs=tuple(pairs))


def stories(update: Update, settings: Settings) -> Update:
    """Stories over the whole collection: stored articles keep theirs, copies share one, a new article joins the
    most similar recent story or starts its own, and stories it bridges merge into the oldest."""
    found = assign_stories(update.articles, existing=update.stored.stories, settings=settings, copies=update.pairs,
                           key=update.key)
    joined = {found.story_of[key] for key in update.new}
    return replace(update, stories=found, touched=frozenset(joined | {kept for kept, _ in found.merges}))


def disputes(update: Update, settings: Settings) -> Update:
    """Accusations and their denials within each touched story (the others have nothing new to dispute)."""
    story_of = update.story_of()
    found = claims.by_story(_touched(update, story_of), story_of)
    return replace(update, disputes=found)


def entries(update: Update, settings: Settings) -> Update:
    """The new articles' event mentions merged into the stored entries (which keep their ids) or into new ones.

    Mentions join entries of their own story only when the stories were found with the stored articles in view:
    stories found among the new articles alone say nothing about the stored entries'."""
    previous = update.stored.timeline() if update.stored.timeline else None
    in_view = bool(update.stored.stories) or previous is None or not previous.entries
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
    return [a for a in update.articles if story_of[a.id] in update.touched]


def _story_info(group: Sequence[Article]) -> StoryInfo:
    """``group`` in publication order."""
    dates = [a.published for a in group if a.published]
    return StoryInfo(next((a.title for a in group if a.title), group[0].text[:80]), story_briefing(group),
                     dates[0] if dates else None, dates[-1] if dates else None)
