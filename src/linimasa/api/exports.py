"""Exports of the whole collection: JSON and CSV tables, TimelineJS3 JSON and a GraphML entity network.

Shared by ``linimasa export`` and ``/api/export/{kind}``. TimelineJS renders its text fields as HTML,
so every string that goes there is escaped.
"""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from html import escape
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..store import Store

CHUNK = 1000
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


def to_csv(rows: Iterator[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer: csv.DictWriter[str] | None = None
    for row in rows:
        flat = {k: "; ".join(map(str, v)) if isinstance(v, list) else json.dumps(v, ensure_ascii=False)
                if isinstance(v, dict) else v for k, v in row.items()}
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(flat), extrasaction="ignore")
            writer.writeheader()
        writer.writerow(flat)
    return out.getvalue()


def _date(iso: str) -> dict[str, str]:
    parts = iso.split("T")[0].split("-")
    return dict(zip(("year", "month", "day"), parts, strict=False))


def timelinejs(store: Store, *, title: str = "linimasa") -> dict[str, Any]:
    """A TimelineJS3 document: one slide per dated event, grouped by PLOVER type."""
    slides = []
    for row in event_rows(store):
        if not (row["date"] or "")[:4].isdigit():
            continue
        headline = f"{row['type'] or 'EVENT'}: {', '.join(row['actors'])}".rstrip(": ")
        body = f"{escape(row['summary'])}<br><small>{len(row['sources'])} sumber</small>"
        slides.append({"unique_id": f"e-{row['id']}", "start_date": _date(row["date"]), "group": row["type"] or "",
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


def export(store: Store, kind: str) -> tuple[str, str]:
    """The export body and its media type; ``kind`` is one of KINDS."""
    if kind not in KINDS:
        raise ValueError(f"unknown export {kind!r}; one of {', '.join(KINDS)}")
    name, fmt = kind.rsplit(".", 1)
    if name == "timelinejs":
        body = json.dumps(timelinejs(store), ensure_ascii=False, indent=1)
    elif name == "network":
        body = graphml(store)
    elif fmt == "csv":
        body = to_csv(ROWS[name](store))
    else:
        body = json.dumps(list(ROWS[name](store)), ensure_ascii=False, indent=1)
    return body, MEDIA[fmt]
