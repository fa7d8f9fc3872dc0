"""The collection stages over a store: their input read from it, and the update they find written back.

An article counts as seen by the stages once it has a story. Only the new articles are read, and of the
stored ones those the stages reach through the store's indexes (``keys``, ``story_index``): copy candidates,
articles whose name links changed, and the articles of the stories that changed. The update is read and written
in one exclusive transaction (``Collection.update_timeline``), so a run killed midway leaves its articles unseen
and the next run redoes it whole (docs/decisions/010), and updates running at once queue.
"""
from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import asdict, dataclass

from ..dedup import CopyLink, StoryAssignment, find_copies
from ..entities.links import relink
from ..entities.resolve import Entity
from ..model import Article
from ..settings import Settings
from ..store import Store
from ..timeline import Timeline, storage
from . import keys, story_index
from .stages import Found, Update


@dataclass(frozen=True, slots=True)
class InStore:
    """What earlier updates stored, read through the store's indexes (``stages.Past``); ``anew``: every
    article is new and nothing stored is read (a rebuild)."""

    store: Store
    anew: bool = False

    def link(self, fresh: Sequence[Article]) -> tuple[dict[str, Entity], Found]:
        linked = keys.linked_anew(fresh) if self.anew else keys.link(self.store, fresh)
        return linked.links, Found(linked.relinked, linked)

    def copies(self, fresh: Sequence[Article], settings: Settings,
               key: Callable[[Article], str]) -> tuple[list[CopyLink], Found]:
        if self.anew:
            return find_copies(fresh, settings=settings), Found((), keys.copy_keys(fresh, settings))
        found, copy_keys = keys.copies(self.store, fresh, settings)
        return found, Found((), copy_keys)

    def stories(self, update: Update, settings: Settings) -> tuple[StoryAssignment, frozenset[str], Found]:
        relinked = update.kept["link"].relinked
        run = story_index.place(self.store, [*update.fresh(), *relinked], config=settings.stories,
                                copies=update.pairs, anew=self.anew)
        changed = run.story_of if run else {}
        touched = {*changed.values(), *(run.before.values() if run else ()),
                   *self.store.story_assignment_of([a.id for a in relinked]).values()}
        now = {a: s for a, s in self.store.story_members(sorted(touched)) if a not in changed} | changed
        seen = {a.id for a in update.articles}
        reached = [relink(a, update.links) for a in self.store.articles(sorted(now.keys() - seen))]
        story_of = self.store.story_assignment_of(sorted(seen - now.keys())) | now
        merges = tuple(pair for p in run.clusterer.placements for pair in p.merges) if run else ()
        return StoryAssignment(story_of, merges), frozenset(touched), Found(tuple(reached), run)

    def timeline(self, update: Update) -> tuple[Timeline | None, bool]:
        """The entries of the stories new articles joined, and those of any story that lists an actor of the
        new articles' events or a person they name (entries listing them among their first four actors)."""
        if self.anew:
            return None, True
        fresh = update.fresh()
        story_of = update.story_of()
        actors = {i for a in fresh for e in a.events for i in e.actors if i}
        actors |= {m.entity_id for a in fresh for m in a.entities if m.entity_id and m.label == "PER"}
        stories = {story_of[a.id] for a in fresh}
        return storage.load_reached(self.store, stories=sorted(stories), actors=sorted(actors)), True


def pending(store: Store, ids: Collection[str] | None = None) -> bool:
    """Whether a stored article (of ``ids``, when given) has not been seen by the stages."""
    return any(ids is None or i in ids for i in store.unplaced())


def read(store: Store, *, rebuild: bool = False, ids: Collection[str] | None = None) -> Update | None:
    """The new articles (every article on a ``rebuild``, which finds everything again from the articles, or
    when the store's indexes are missing) and the stored indexes; None when nothing is new, decided without
    reading an article. ``ids``: only these of the new articles are read; the other new ones are left out
    altogether, for their own update (no index holds them yet, so the stages do not see them)."""
    rebuild = rebuild or store.story_index_missing()
    new = store.ids() if rebuild else [i for i in store.unplaced() if ids is None or i in ids]
    if not new:
        return None
    return Update(tuple(store.articles(new)), frozenset(new), InStore(store, anew=rebuild))


def write(store: Store, update: Update, settings: Settings) -> None:
    """Store what the update found: name links and counts, copies and copy keys, the story index, stories
    with their briefings and merges, the disputes of the touched stories (cleared for stories no more), and
    the entries, which replace the stored ones when they were built anew."""
    anew = isinstance(update.stored, InStore) and update.stored.anew
    linked, copy_keys, run = update.kept["link"], update.kept["copies"], update.kept["stories"]
    story_of = update.story_of()
    alive = set(story_of.values())
    gone = sorted(update.touched - alive)
    with store.transaction():
        if anew:
            store.clear_keys()
        _write_links(store, linked)
        store.put_copy_keys(copy_keys.bands, copy_keys.signals)
        store.put_copies(update.copies)
        if run is not None:
            store.put_story_index(run.start, **story_index.index_rows(run, settings.stories))
            store.put_stories(run.story_of, merges=(*update.stories.merges, *_renamed(run, gone)),
                              meta={story: asdict(info) for story, info in update.briefings.items()})
        store.forget_stories(gone)
        store.put_disputes({story: [asdict(d) for d in update.disputes.get(story, ())] for story in update.touched
                            if story in alive})
        if anew:
            store.clear_events()
        storage.save(update.timeline, store, story_of=story_of)


def _renamed(run: story_index.StoryRun, gone: Sequence[str]) -> list[tuple[str, str]]:
    """(new, old) for each story no more whose articles all went to one story (read again from a late article,
    it took that article's id): links to the old id lead there, as a merge's do."""
    went: dict[str, set[str]] = {story: set() for story in gone}
    for article, story in run.before.items():
        if story in went:
            went[story].add(run.story_of[article])
    return [(next(iter(now)), old) for old, now in went.items() if len(now) == 1]


def _write_links(store: Store, linked: keys.Linked) -> None:
    for rule, (aliases, found) in linked.found.items():
        store.put_name_links(rule, sorted(aliases), [(a, t.id, t.label, t.name) for a, t in found.items()])
    targets = {alias: (target.id, target.name) for alias, target in linked.links.items()}
    stored = store.entity_link_targets()
    store.relink_entities(targets, sorted(a for a in stored.keys() | targets.keys() if stored.get(a) != targets.get(a)))
    store.add_entity_counts(keys.count_rows(linked.counts), sorted(linked.keys))
