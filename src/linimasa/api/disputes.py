"""Disputed claims as stored (per story), with their sources resolved to articles and sentences.

``update_timeline`` stores each dispute in the ``disputes`` table, keyed by story; it never reaches the
``disputed`` flag of a timeline entry unless the claim sentence is also an entry's evidence, which an
accusation (ACCUSE, kept out of the entries) never is. So disputes are listed from their own table.
"""
from __future__ import annotations

from typing import Any

from ..model import Article
from ..store import Store
from .memo import Memo
from .names import names
from .params import DisputeParams
from .views import article_summary, sentence_number


def _claim_at(article: Article, dispute: dict[str, Any]) -> int | None:
    at = article.text.find(dispute["claim"])
    return at if at >= 0 else None


def _denial_at(article: Article, dispute: dict[str, Any]) -> int | None:
    """Where a rejection (REJECT) that names one of the deniers is stated."""
    deniers = [d.lower() for d in dispute.get("deniers", ())]
    for event in article.events:
        sentence = article.text[event.start:event.end].lower()
        if event.type == "REJECT" and any(d in sentence for d in deniers):
            return event.start
    return None


def _source(db: Store, source: str, dispute: dict[str, Any]) -> dict[str, Any] | None:
    """The source's article with links to the sentences where it states the claim and a denial."""
    article_id = db.resolve(source)
    article = db.get(article_id) if article_id else None
    if article is None:
        return None
    href = f"/articles/{article.id}"
    spans = sorted((s.start, s.end) for s in article.sentences)
    claim, denial = (sentence_number(spans, at) if at is not None else 0
                     for at in (_claim_at(article, dispute), _denial_at(article, dispute)))
    return {"article": article_summary(article), "href": href,
            "claim": f"{href}#s-{claim}" if claim else None, "denial": f"{href}#s-{denial}" if denial else None}


def resolved(db: Store) -> list[dict[str, Any]]:
    """Every dispute with its story's headline, its sources as articles and its publication dates."""
    rows = db.disputes()
    stories = db.story_heads(r["story_id"] for r in rows)
    out = []
    for row in rows:
        sources = [s for s in (_source(db, source, row) for source in row.get("sources", ())) if s]
        dates = sorted(filter(None, (s["article"]["published"] for s in sources)))
        out.append({"claim": row["claim"], "claimants": row.get("claimants", []), "deniers": row.get("deniers", []),
                    "accused": row.get("accused", []), "story_id": row["story_id"],
                    "story": (stories.get(row["story_id"]) or {}).get("label"), "sources": sources,
                    "first": dates[0] if dates else None, "last": dates[-1] if dates else None})
    return sorted(out, key=lambda d: (d["last"] or "", d["claim"]), reverse=True)


def _matches(dispute: dict[str, Any], parties: set[str], params: DisputeParams) -> bool:
    names_in = [n.casefold() for n in (*dispute["claimants"], *dispute["deniers"], *dispute["accused"])]
    if parties and not any(p in n for p in parties for n in names_in):
        return False
    if params.story and dispute["story_id"] != params.story:
        return False
    if params.since and (dispute["last"] or "") < params.since:
        return False
    return not (params.until and (dispute["first"] or "9999") > params.until + "~")


def _parties(db: Store, cache: Memo, party: str | None) -> set[str]:
    """What the party filter matches: the text typed and the name of the entity it is an alias of."""
    if not party:
        return set()
    index = names(db, cache)
    entity = index.entity(party)
    return {party.strip().casefold(), *([index.entities[entity].name.casefold()] if entity else [])}


def dispute_page(db: Store, cache: Memo, params: DisputeParams) -> tuple[int, list[dict[str, Any]]]:
    """Disputes, latest first, filtered; resolving sources reads articles, so the list is cached per version."""
    parties = _parties(db, cache, params.party)
    found = [d for d in cache.get(("disputes",), lambda: resolved(db)) if _matches(d, parties, params)]
    return len(found), found[params.offset:params.offset + params.limit]
