"""Store rows and articles as plain JSON-able dicts; the API returns them and the web templates render them."""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

from ..model import Article
from ..serialize import contract
from ..store import EventRow, Store
from .neighbours import Neighbourhood, neighbourhood
from .params import Page

NETWORK_SIZE = 12  # neighbours drawn around an entity; more is unreadable
COOCCURRING = 50  # co-occurring entities listed on an entity page
COOCCURRENCE_SAMPLE = 300  # an entity's latest articles they are counted in: cheap for "Jakarta" too
ROLE_ARTICLES = 500  # articles scanned for an entity's roles


def page(total: int, items: list[Any], params: Page) -> dict[str, Any]:
    """One page of a listing as the API returns it."""
    return {"total": total, "limit": params.limit, "offset": params.offset, "items": items}


def article_summary(article: Article) -> dict[str, Any]:
    return {"id": article.id, "title": article.title, "outlet": article.outlet, "published": article.published,
            "dateline": article.dateline, "source": article.source, "opening": article.text[:200]}


def sentence_number(sentences: Sequence[tuple[int, int]], offset: int) -> int:
    """The 1-based number of the sentence (sorted (start, end) spans) holding ``offset``; 0 when none does."""
    at = bisect_right([start for start, _ in sentences], offset) - 1
    return at + 1 if at >= 0 and offset < sentences[at][1] else 0


def sentence_href(article_id: str, sentences: Sequence[tuple[int, int]], offset: int) -> str:
    """The article page, at the sentence holding ``offset`` when there is one (``/articles/ID#s-12``)."""
    number = sentence_number(sentences, offset)
    return f"/articles/{article_id}" + (f"#s-{number}" if number else "")


def article_detail(store: Store, article: Article) -> dict[str, Any]:
    """The contract JSON (every layer as spans with their text) plus where it came from and its copies, each
    with its title, outlet and date."""
    copies = store.copies(article.id)
    heads = {a.id: article_summary(a) for a in store.article_heads(c["article"] for c in copies)}
    return contract(article) | {"sources": store.sources(article.id), "roles": [asdict(r) for r in article.roles],
                                "copies": [c | {"head": heads[c["article"]]} for c in copies if c["article"] in heads]}


def event_summary(event: EventRow) -> dict[str, Any]:
    """An entry as listed. Its per-source evidence records (``data.evidence``: hundreds for a big story, most
    of a listing's bytes) are left to ``event_detail`` and the exports."""
    return {"id": event.id, "date": event.date, "type": event.type, "place": event.place, "summary": event.summary,
            "disputed": event.disputed, "story_id": event.story_id,
            "actors": [{"id": i, "name": n} for i, n in event.actors],
            "sources": sorted({a for a, _, _ in event.sources}), "source_count": len({a for a, _, _ in event.sources}),
            "data": {key: value for key, value in event.data.items() if key != "evidence"}}


def event_detail(store: Store, event: EventRow) -> dict[str, Any]:
    """An event with the evidence sentence from each source article and a link to that sentence."""
    heads = {a.id: a for a in store.article_heads(a for a, _, _ in event.sources)}
    spans = store.sentence_spans(heads)
    evidence = [{"article": article_summary(heads[a]), "start": start, "end": end, "text": heads[a].text[start:end],
                 "href": sentence_href(a, spans.get(a, []), start)}
                for a, start, end in event.sources if a in heads]
    return event_summary(event) | {"data": event.data, "evidence": evidence}


def roles_over_time(store: Store, entity_id: str) -> list[dict[str, Any]]:
    """Each title the entity held, with the first and last date it was seen, oldest first."""
    seen: dict[str, dict[str, Any]] = {}
    for published, role in store.roles(entity_id, limit=ROLE_ARTICLES):
        when = role.get("date") or (published or "")[:10] or None
        row = seen.setdefault(role["title"].lower(), {"title": role["title"], "first": when, "last": when,
                                                      "mentions": 0})
        row["mentions"] += 1
        row["first"] = min(filter(None, (row["first"], when)), default=None)
        row["last"] = max(filter(None, (row["last"], when)), default=None)
    return sorted(seen.values(), key=lambda r: (r["first"] or "9999", r["title"]))


def network(entity: dict[str, Any], near: Neighbourhood) -> dict[str, Any]:
    """Nodes and weighted edges of the entity and its closest co-occurring entities."""
    nodes = [{"id": entity["id"], "name": entity["name"], "label": entity["label"]}]
    nodes += [{"id": n["id"], "name": n["name"], "label": n["label"]} for n in near.neighbours[:NETWORK_SIZE]]
    return {"nodes": nodes, "edges": [{"source": a, "target": b, "weight": w} for a, b, w in near.edges]}


def entity_detail(store: Store, entity: dict[str, Any]) -> dict[str, Any]:
    near = neighbourhood(entity["id"], store.entity_sample(entity["id"], sample=COOCCURRENCE_SAMPLE),
                         limit=COOCCURRING, network_size=NETWORK_SIZE)
    total, events = store.events(entity=entity["id"], limit=50)
    return entity | {"roles": roles_over_time(store, entity["id"]), "cooccurring": list(near.neighbours),
                     "network": network(entity, near),
                     "event_total": total, "events": [event_summary(e) for e in events]}
