"""The queries behind the API and the web UI: both call these and only shape the answer (JSON or a page).

Each takes the store, the validated parameters and, for whole-collection aggregates, the memo that caches them
per database version. What does not exist raises ``NotFound`` (404 in both).
"""
from __future__ import annotations

from typing import Any, Literal, TypeVar

from ..model import Article
from ..store import Hit, Store
from . import names
from .disputes import dispute_page, related
from .memo import Memo
from .params import (
    DisputeParams,
    EntityParams,
    EventParams,
    Page,
    QuoteParams,
    SearchPageParams,
    SearchParams,
)
from .views import article_detail, article_summary, entity_detail, event_detail, event_summary, sentence_href

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


def entities(db: Store, cache: Memo, params: EntityParams) -> tuple[int, list[Any]]:
    """Entities by prominence, or those whose name or an alias holds ``q``: aggregates over every mention, so
    cached per database version (rows are ``EntityStat`` or, for a name search, ``names.Entity``)."""
    if params.q:
        found = names.names(db, cache).search(params.q, label=params.label)
        return len(found), found[params.offset:params.offset + params.limit]
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


def story(db: Store, cache: Memo, story_id: str) -> dict[str, Any]:
    """A story with its headline and briefing, articles, merged timeline entries and disputes."""
    ids = db.story_articles(story_id)
    if not ids:
        raise NotFound(f"no story {story_id}")
    head = db.story_heads([story_id]).get(story_id) or {}
    return {"id": story_id, "label": head.get("label"), "summary": head.get("summary"),
            "articles": [article_summary(a) for a in db.article_heads(ids)],
            "events": [event_summary(e) for e in db.story_events(story_id)],
            "disputes": related(db, cache, story_id=story_id)}


def events(db: Store, cache: Memo, params: EventParams) -> Rows:
    """Timeline entries, newest (or oldest) first, filtered; actors and outlets by any name people use."""
    wanted = names.resolved(db, cache, params)
    total, rows = db.events(date_from=wanted.since, date_to=wanted.until, entity=wanted.entity, type=wanted.type,
                            outlet=wanted.outlet, disputed=wanted.disputed, background=wanted.background,
                            newest=wanted.sort == "newest", limit=wanted.limit, offset=wanted.offset)
    return total, [event_summary(e) for e in rows]


def event(db: Store, cache: Memo, event_id: str) -> dict[str, Any]:
    """An entry with the evidence sentence from each source article, its story's headline, the disputes of its
    story and those it is a side of."""
    found = event_detail(db, _found(db.event(event_id), f"event {event_id}"))
    story_id = found["story_id"]
    head = db.story_heads([story_id]).get(story_id, {}) if story_id else {}
    return found | {"story": head.get("label"), "disputes": related(db, cache, story_id=story_id, entry_id=event_id)}


def quotes(db: Store, cache: Memo, params: QuoteParams) -> Rows:
    """Quotes, optionally by one speaker (any name people use), each with a link to its sentence."""
    total, rows = db.quotes(speaker=names.resolved(db, cache, params).speaker, limit=params.limit,
                            offset=params.offset)
    spans = db.sentence_spans(q["article_id"] for q in rows)
    return total, [q | {"href": sentence_href(q["article_id"], spans.get(q["article_id"], []), q["start"])}
                   for q in rows]


def disputes(db: Store, cache: Memo, params: DisputeParams) -> Rows:
    """Disputes stated in stories and between entries, latest first, filtered by party, story and period."""
    return dispute_page(db, cache, params)


def suggest(db: Store, cache: Memo, kind: Literal["entities", "outlets"], typed: str) -> list[dict[str, str]]:
    """Names, aliases or outlets starting with (outlets: holding) what was typed so far, the most used first."""
    return names.names(db, cache).suggest(typed) if kind == "entities" else names.outlet_suggestions(db, cache, typed)


def period(db: Store, cache: Memo) -> tuple[str | None, str | None]:
    """The first and last publication dates of the collection."""
    return cache.get(("published_span",), db.published_span)
