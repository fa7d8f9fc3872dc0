"""The collection stages over a store: their input read from it, and the update they find written back.

An article counts as seen by the stages once it has a story. The update is read and written in one exclusive
transaction (``Collection.update_timeline``), so a run killed midway leaves its articles unseen and the next run
redoes it whole (docs/decisions/010), and updates running at once queue.
"""
from __future__ import annotations

from collections.abc import Collection
from dataclasses import asdict
from functools import partial

from ..store import Store
from ..timeline import storage
from .stages import Stored, Update


def pending(store: Store, ids: Collection[str] | None = None) -> bool:
    """Whether a stored article (of ``ids``, when given) has not been seen by the stages."""
    known, stored_ids = store.story_assignment(), store.ids()
    return any(i not in known and (ids is None or i in ids) for i in stored_ids)


def read(store: Store, *, rebuild: bool = False, ids: Collection[str] | None = None) -> Update | None:
    """Every stored article (in the store's order), the new ones (all of them on a ``rebuild``, which builds the
    entries again but keeps story ids), and what earlier updates stored; None when nothing is new, decided
    without reading an article. ``ids``: only these of the new articles are read; the other new ones are left
    out altogether, for their own update (the stages see the collection as it was before they were stored)."""
    known = store.story_assignment()
    stored_ids = store.ids()
    if rebuild:
        return Update(tuple(store.articles(stored_ids)), frozenset(stored_ids), Stored(known)) if stored_ids else None
    new = frozenset(i for i in stored_ids if i not in known and (ids is None or i in ids))
    if not new:
        return None
    seen = [i for i in stored_ids if i in known or i in new]
    stored = Stored(known, tuple(store.copy_pairs()) if len(new) < len(seen) else (), partial(storage.load, store))
    return Update(tuple(store.articles(seen)), new, stored)


def write(store: Store, update: Update) -> None:
    """Store what the update found: name links, copies, stories with their briefings and merges, the disputes
    of the touched stories (a merged story's go to the story that absorbed it), and the entries, which replace
    the stored ones when they were built anew."""
    story_of = update.story_of()
    merges = update.stories.merges
    with store.transaction():
        store.put_entity_links({alias: target.id for alias, target in update.links.items()})
        store.put_copies(update.copies)
        store.put_stories(story_of, merges=merges,
                          meta={story: asdict(info) for story, info in update.briefings.items()})
        store.put_disputes({merged: [] for _, merged in merges}
                           | {story: [asdict(d) for d in found] for story, found in update.disputes.items()})
        if update.stored.timeline is None:
            store.clear_events()
        storage.save(update.timeline, store, story_of=story_of)
