"""Exports of the whole collection: JSON and CSV tables, TimelineJS3 JSON and a GraphML entity network.

Shared by ``linimasa export`` and ``/api/export/{kind}``. TimelineJS renders its text fields as HTML,
so every string that goes there is escaped; its links are absolute, from the configured base URL. CSV cells
that a spreadsheet would run as a formula are neutralised (OWASP CSV injection), and ``excel=True`` starts
the file with a UTF-8 byte order mark, without which Excel reads UTF-8 as a legacy code page.
"""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from html import escape
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ..lang.id.kinds import OTHER, TYPE_NAMES

if TYPE_CHECKING:
    from ..store import Store

CHUNK = 1000
BOM = "\ufeff"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # what spreadsheets read as the start of a formula
SOURCE_LINKS = 5  # per TimelineJS slide; the event page lists them all
NETWORK_ENTITIES = 300  # the GraphML network keeps the most mentioned entities
TABLES = ("events", "entities", "quotes")
KINDS = (*(f"{t}.{fmt}" for t in TABLES for fmt in ("json", "csv")), "timelinejs.json", "network.graphml")
MEDIA = {"json": "application/json", "csv": "text/csv; charset=utf-8", "graphml": "application/xml"}


def _pages(fetch: Callable[[int, int], list[Any]]) -> Iterator[Any]:
    offset = 0
    while batch := fetch(CHUNK, offset):
        yield from batch
        offset += len(batch)


def event_rows(store: Store) -> Iterator[dict[str, Any]]:
    from .views import event_summary  # here: the CLI imports this module for KINDS, and views loads pydantic

    for event in _pages(lambda n, k: store.events(limit=n, offset=k)[1]):
        row = event_summary(event) | {"data": event.data}
        yield row | {"actors": [a["name"] for a in row["actors"]], "actor_ids": [a["id"] for a in row["actors"]]}


def entity_rows(store: Store) -> Iterator[dict[str, Any]]:
    for stat in _pages(lambda n, k: store.entities(limit=n, offset=k)):
        yield {"id": stat.id, "name": stat.name, "label": stat.label, "mentions": stat.mentions,
               "articles": stat.articles, "aliases": list(stat.aliases)}


def quote_rows(store: Store) -> Iterator[dict[str, Any]]:
    yield from _pages(lambda n, k: store.quotes(limit=n, offset=k)[1])


ROWS: dict[str, Callable[[Any], Iterator[dict[str, Any]]]] = {
    "events": event_rows, "entities": entity_rows, "quotes": quote_rows}


def cell(value: Any) -> Any:
    """A CSV cell: lists joined, dicts as JSON, and text a spreadsheet would run as a formula prefixed with '."""
    if isinstance(value, list):
        value = "; ".join(map(str, value))
    elif isinstance(value, dict):
        value = json.dumps(value, ensure_ascii=False)
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value


def to_csv(rows: Iterator[dict[str, Any]], *, excel: bool = False) -> str:
    out = io.StringIO()
    out.write(BOM if excel else "")
    writer: csv.DictWriter[str] | None = None
    for row in rows:
        flat = {k: cell(v) for k, v in row.items()}
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(flat), extrasaction="ignore")
            writer.writeheader()
        writer.writerow(flat)
    return out.getvalue()


def _date(iso: str) -> dict[str, str]:
    parts = iso.split("T")[0].split("-")
    return dict(zip(("year", "month", "day"), parts, strict=False))


def _links(store: Store, row: dict[str, Any], base: str) -> str:
    """The event page and the first sources (their original URL, else their page here) as HTML links."""
    heads = store.article_heads(row["sources"][:SOURCE_LINKS])
    links = [f'<a href="{escape(base)}/events/{quote(row["id"], safe=":")}">{len(row["sources"])} sumber</a>']
    for head in heads:
        url = head.url if head.url and head.url.startswith(("http://", "https://")) else f"{base}/articles/{head.id}"
        name = head.outlet or head.title or head.text[:60].rsplit(" ", 1)[0] + "…"
        links.append(f'<a href="{escape(url)}" rel="noopener noreferrer">{escape(name)}</a>')
    return " · ".join(links)


def timelinejs(store: Store, *, base: str, title: str = "linimasa") -> dict[str, Any]:
    """A TimelineJS3 document: one slide per dated event, grouped by event type, linked to its sources."""
    slides = []
    for row in event_rows(store):
        if not (row["date"] or "")[:4].isdigit():
            continue
        kind = TYPE_NAMES.get(row["type"] or "", OTHER)  # groups: one TimelineJS row per kind of event
        headline = f"{kind}: {', '.join(row['actors'])}".rstrip(": ")
        body = f"{escape(row['summary'])}<br><small>{_links(store, row, base)}</small>"
        slides.append({"unique_id": f"e-{row['id']}", "start_date": _date(row["date"]), "group": kind,
                       "text": {"headline": escape(headline), "text": body}})
    return {"title": {"text": {"headline": escape(title), "text": f"{len(slides)} peristiwa"}}, "events": slides}


def graphml(store: Store, *, size: int = NETWORK_ENTITIES) -> str:
    """The co-occurrence network of the most mentioned entities; edge weight = articles shared."""
    import networkx as nx

    graph = nx.Graph()
    for stat in store.entities(limit=size):
        graph.add_node(stat.id, name=stat.name, label=stat.label, mentions=stat.mentions, articles=stat.articles)
    for a, b, weight in store.cooccurrence_edges(list(graph.nodes)):
        graph.add_edge(a, b, weight=weight)
    return "\n".join(nx.generate_graphml(graph)) + "\n"


def export(store: Store, kind: str, *, base: str, excel: bool = False) -> tuple[str, str]:
    """The export body and its media type; ``kind`` is one of KINDS, ``base`` the URL links start with."""
    if kind not in KINDS:
        raise ValueError(f"unknown export {kind!r}; one of {', '.join(KINDS)}")
    name, fmt = kind.rsplit(".", 1)
    if name == "timelinejs":
        body = json.dumps(timelinejs(store, base=base), ensure_ascii=False, indent=1)
    elif name == "network":
        body = graphml(store)
    elif fmt == "csv":
        body = to_csv(ROWS[name](store), excel=excel)
    else:
        body = json.dumps(list(ROWS[name](store)), ensure_ascii=False, indent=1)
    return body, MEDIA[fmt]
