"""Store a built timeline (entries, stories, disputes) in the tables the API and web UI read.

``linimasa serve`` publishes the stored collection's timeline when none is stored yet, so that
`make run` then `make serve` shows events; ``--rebuild`` publishes it again after more ingests.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..model import Article
from ..settings import Settings
from ..store import EventRow


def _story_of(timeline: Any, by_source: dict[str, Article]) -> dict[str, str]:
    """article id -> story id."""
    return {by_source[s].id: story.id for story in timeline.stories for s in story.sources if s in by_source}


def event_rows(timeline: Any, story_of: dict[str, str]) -> list[EventRow]:
    rows = []
    for entry in timeline.entries:
        first = entry.evidence[0].article_id if entry.evidence else None
        conflict = [list(v) for v in entry.conflict.values] if entry.conflict else None
        rows.append(EventRow(
            id=entry.id, date=entry.date, type=entry.type, place=entry.where, summary=entry.summary,
            disputed=entry.disputed, story_id=story_of.get(first or ""),
            actors=tuple(zip(entry.actors, entry.actor_names, strict=False)),
            sources=tuple(dict.fromkeys((e.article_id, e.start, e.end) for e in entry.evidence)),
            data={"modalities": sorted({e.modality for e in entry.evidence}), "quotes": list(entry.quotes),
                  "date_conflict": conflict}))
    return rows


def story_meta(timeline: Any, by_source: dict[str, Article]) -> dict[str, dict[str, Any]]:
    meta = {}
    for story in timeline.stories:
        dates = sorted(d for s in story.sources if s in by_source and (d := by_source[s].published))
        first_title = next((by_source[s].title for s in story.sources if s in by_source and by_source[s].title), None)
        meta[story.id] = {"label": first_title, "summary": story.briefing,
                          "first_date": dates[0] if dates else None, "last_date": dates[-1] if dates else None}
    return meta


def publish(store: Any, articles: Sequence[Article], settings: Settings) -> int:
    """Build the timeline of ``articles`` and store it; returns the number of timeline entries."""
    from ..timeline import build

    timeline = build(articles, settings=settings)
    by_source = {a.source: a for a in articles}
    story_of = _story_of(timeline, by_source)
    store.put_stories(story_of, meta=story_meta(timeline, by_source))
    store.put_events(event_rows(timeline, story_of), merges=timeline.merges)
    return len(timeline.entries)
