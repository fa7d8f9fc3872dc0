"""The queries behind the API and the web UI: both call these and only shape the answer (JSON or a page).

Each takes the store, the validated parameters and, for whole-collection aggregates, the memo that caches them
per database version. What does not exist raises ``NotFound`` (404 in both).
"""
from __future__ import annotations

from typing import Any, TypeVar

from ..model import Article
from ..store import EntityStat, Hit, Store
from .memo import Memo
from .params import EntityParams, EventParams, Page, QuoteParams, SearchPageParams, SearchParams
from .views import article_detail, article_summary, entity_detail, event_detail, event_summary

Rows = tuple[int, list[dict[str, Any]]]  # (total, one page of rows)
T = TypeVar("T")


class NotFound(LookupError):
    """No such article, entity, event or story; the message is meant for the user."""


def _found(value: T | None, what: str) -> T:
    if value is None:
        raise NotFound(f"no {what}")
    return value


def articles(db: Store, params: Page) -> Rows:
    """Articles, newest first."""
    total, ids = db.article_page(limit=params.limit, offset=params.offset)
    return total, [article_summary(a) for a in db.article_heads(ids)]


def article(db: Store, key: str) -> Article:
    """One article by id or unique id prefix, with every layer."""
    found = db.resolve(key)
    return _found(db.get(found) if found else None, f"article {key}")


def article_view(db: Store, key: str) -> tuple[Article, dict[str, Any]]:
    """The article and its contract JSON with sources and copies."""
    found = article(db, key)
    return found, article_detail(db, found)


def search(db: Store, params: SearchParams | SearchPageParams) -> tuple[int, list[Hit]]:
    """Full-text search; ``QueryError`` (a ValueError: 400) for a query the store cannot run."""
    return db.search(params.q, limit=params.limit, offset=params.offset)


def entities(db: Store, cache: Memo, params: EntityParams) -> tuple[int, list[EntityStat]]:
    """Entities by prominence: an aggregate over every mention, so cached per database version."""
    return cache.get(("entities", params), lambda: (
        db.entity_count(label=params.label),
        db.entities(limit=params.limit, offset=params.offset, label=params.label)))


def entity(db: Store, cache: Memo, entity_id: str) -> dict[str, Any]:
    """An entity with aliases, roles, co-occurrence and events; several aggregates, so cached too."""
    return cache.get(("entity", entity_id),
                     lambda: entity_detail(db, _found(db.entity(entity_id), f"entity {entity_id}")))


def stories(db: Store, cache: Memo, params: Page) -> Rows:
    """Stories, latest first: an aggregate over every article, so cached per database version."""
    return cache.get(("stories", params), lambda: db.stories(limit=params.limit, offset=params.offset))


def story(db: Store, story_id: str) -> dict[str, Any]:
    """A story with its articles and merged timeline entries."""
    ids = db.story_articles(story_id)
    if not ids:
        raise NotFound(f"no story {story_id}")
    return {"id": story_id, "articles": [article_summary(a) for a in db.article_heads(ids)],
            "events": [event_summary(e) for e in db.story_events(story_id)]}


def events(db: Store, params: EventParams) -> Rows:
    """Timeline entries in date order, filtered."""
    total, rows = db.events(date_from=params.since, date_to=params.until, entity=params.entity, type=params.type,
                            outlet=params.outlet, disputed=params.disputed, limit=params.limit, offset=params.offset)
    return total, [event_summary(e) for e in rows]


def event(db: Store, event_id: str) -> dict[str, Any]:
    """An entry with the evidence sentence from each source article."""
    return event_detail(db, _found(db.event(event_id), f"event {event_id}"))


def quotes(db: Store, params: QuoteParams) -> Rows:
    """Quotes, optionally by one speaker."""
    return db.quotes(speaker=params.speaker, limit=params.limit, offset=params.offset)

