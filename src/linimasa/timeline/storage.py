"""Timeline entries to and from the store's ``events`` tables (EventRow), and the whole stored timeline.

The full evidence (trigger, type, date, modality per mention) and the date conflict ride in
``EventRow.data``, so a stored timeline can be reloaded and extended with new articles
(``build(new, previous=load(store))``) without re-reading the stored ones.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict
from typing import Any

from ..store import EventRow, Store
from . import claims
from .merge import modality
from .model import DateConflict, Dispute, Entry, Evidence, Story, Timeline


def to_row(entry: Entry, story_id: str | None = None) -> EventRow:
    data = {"modality": entry.modality,
            "evidence": [asdict(e) for e in entry.evidence],
            "conflict": [list(v) for v in entry.conflict.values] if entry.conflict else None,
            "quotes": list(entry.quotes), "background": entry.background,
            "reacts_to": entry.reacts_to,
            # the store lists an entry's actors by name; who comes first (who accuses, who denies) is kept here
            "actor_order": list(entry.actors)}
    return EventRow(entry.id, entry.date, entry.type, entry.where, entry.summary, entry.disputed, story_id,
                    tuple(zip(entry.actors, entry.actor_names, strict=True)),
                    tuple(dict.fromkeys((e.article_id, e.start, e.end) for e in entry.evidence)), data)


def _evidence(raw: dict[str, Any]) -> Evidence:
    lists = {name: tuple(raw.get(name, ())) for name in ("actors", "actor_names", "people", "words")}
    return Evidence(**{**raw, **lists})


def from_row(row: EventRow) -> Entry:
    conflict = row.data.get("conflict")
    evidence = tuple(_evidence(e) for e in row.data.get("evidence", []))
    stated = row.data.get("modality")  # a list of the evidence's modalities in rows stored before entries had one
    order = {actor: n for n, actor in enumerate(row.data.get("actor_order", ()))}
    actors = sorted(row.actors, key=lambda a: order.get(a[0], len(order)))  # stable: by name without an order
    return Entry(row.id, row.date, row.type or "", tuple(a for a, _ in actors), tuple(n for _, n in actors),
                 row.place, evidence, row.summary, row.disputed,
                 DateConflict(tuple((v, tuple(s)) for v, s in conflict)) if conflict else None,
                 tuple(row.data.get("quotes", ())), stated if isinstance(stated, str) else modality(evidence),
                 bool(row.data.get("background")), row.data.get("reacts_to"))


def save(timeline: Timeline, store: Store, *, story_of: Mapping[str, str] | None = None) -> None:
    """Upsert the entries and record their merges; entries link to the story of their first article.

    ``story_of`` maps article ids to the collection's stored story ids; without it the timeline's own
    stories (keyed by source) are used.
    """
    if story_of is None:
        by_source = {source: story.id for story in timeline.stories for source in story.sources}
        story = {e.id: by_source.get(e.evidence[0].source) for e in timeline.entries}
    else:
        story = {e.id: story_of.get(e.evidence[0].article_id) for e in timeline.entries}
    store.put_events([to_row(e, story[e.id]) for e in timeline.entries], merges=timeline.merges)


def load(store: Store, *, page: int = 1000) -> Timeline:
    """The stored entries as a timeline to extend."""
    entries, offset = [], 0
    while True:
        total, rows = store.events(limit=page, offset=offset)
        entries += [from_row(r) for r in rows]
        offset += page
        if offset >= total:
            return Timeline(tuple(entries))


def load_collection(store: Store) -> Timeline:
    """What the collection stages stored: entries, stories and copies (named by source), disputes."""
    sources = store.all_sources()
    first = {article_id: found[0] for article_id, found in sources.items()}
    copies = [(first[a], first[b]) for a, b in store.copy_pairs() if a in first and b in first]
    copies += [(found[0], other) for found in sources.values() for other in found[1:]]  # exact reposts
    members: dict[str, list[str]] = {}
    for article_id, story_id in store.story_assignment().items():
        members.setdefault(story_id, []).extend(sources.get(article_id, ()))
    summaries = store.story_summaries()
    stories = tuple(Story(story_id, tuple(sorted(found)), summaries.get(story_id, ""))
                    for story_id, found in sorted(members.items()))
    stated = tuple(Dispute(d["claim"], *(tuple(d.get(k, ())) for k in ("claimants", "deniers", "accused", "sources",
                                                                       "denials")))
                   for d in store.disputes())
    entries = load(store).entries
    answered = tuple(d for d, _ in claims.answered(entries))  # between entries: derived from their reacts_to
    return Timeline(entries, stories, tuple(sorted(copies)), stated + answered, tuple(store.merges("event")))
