"""Saved searches and alerts: a query, an entity, an event type or a story, evaluated against what each update adds.

An article counts as new to the alerts until they were evaluated against it (``alert_checked``), and that
happens only once the collection stages have seen it (it has a story, its timeline entries are stored). The
matches and the mark are written in one transaction, so an update killed at any point is evaluated again whole
on the next run, and each match is stored once per alert (``alert_matches`` is keyed by alert and item).
Delivery: the Atom feed of each alert (``alerts.atom``), JSON lines from ``linimasa watch --alerts``, and a
webhook POST from a thread (``alerts.webhook``).
"""
from __future__ import annotations

from typing import Any, get_args

from ..model import Plover
from ..store import Store
from ..store.query import parse
from ..store.watch_tables import Alert, AlertKind, AlertMatch

KINDS: tuple[str, ...] = get_args(AlertKind)
_PAGE = 500  # articles per evaluation query (SQL parameter limits)


def checked_alert(name: str, kind: str, value: str, *, webhook: str | None = None) -> Alert:
    """An alert as given, or ValueError saying what is wrong with it."""
    if not name or len(name) > 64 or not all(c.isalnum() or c in "-_." for c in name):
        raise ValueError(f"alert name {name!r}: use 1-64 letters, digits, '-', '_' or '.' (it is part of a URL)")
    if kind not in KINDS:
        raise ValueError(f"alert kind {kind!r}: one of {', '.join(KINDS)}")
    if not value.strip():
        raise ValueError(f"the {kind} of an alert cannot be empty")
    if kind == "query":
        parse(value)  # raises QueryError (a ValueError) with the reason
    if kind == "type" and value not in get_args(Plover):
        raise ValueError(f"event type {value!r}: one of {', '.join(get_args(Plover))}")
    if webhook is not None and not webhook.startswith(("http://", "https://")):
        raise ValueError(f"webhook {webhook!r}: an http:// or https:// URL")
    return Alert(name, kind, value.strip(), webhook)  # type: ignore[arg-type]  # kind checked above


def evaluate(store: Store) -> list[AlertMatch]:
    """Every alert against the articles no evaluation has seen; the matches stored now (none stored before)."""
    among = store.unchecked_articles()
    alerts = store.alerts()
    found: list[AlertMatch] = []
    for start in range(0, len(among), _PAGE):
        page = among[start:start + _PAGE]
        found += store.put_matches([m for alert in alerts for m in store.matching_articles(alert, page)],
                                   checked=page)
    return found


def link(match: AlertMatch, base: str) -> str:
    """The absolute URL of the matched article's or timeline entry's page."""
    return base.rstrip("/") + match.path


def as_json(match: AlertMatch, base: str) -> dict[str, Any]:
    """A match as JSON lines and webhooks send it."""
    return {"alert": match.alert, "kind": match.kind, "id": match.item, "title": match.title,
            "published": match.published, "matched_at": match.matched_at, "link": link(match, base)}
