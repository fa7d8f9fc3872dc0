"""Disputed claims, as the timeline has them, with their sources resolved to articles and sentences.

Two kinds. A dispute *stated* in a story (an accusation and a denial of it in the story's articles) is stored
in the ``disputes`` table, keyed by story; it marks no timeline entry unless its claim sentence is an entry's
evidence, which an accusation kept out of the entries never is, so it is listed from its table. A dispute
*between entries* (a denial that responds to an accusation, ``reacts_to``) is derived from the two entries, as
``timeline.storage.load_collection`` derives it, and links to both.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from ..model import Article
from ..store import EventRow, Store
from ..timeline import claims
from ..timeline.storage import from_row
from .memo import Memo
from .names import names
from .params import DisputeParams
from .views import article_summary, sentence_number

Spans = Sequence[tuple[int, int]]


def _at(article: Article, sentences: Iterable[str]) -> int | None:
    """Where the first of ``sentences`` found in the article starts."""
    return next((at for s in sentences if s and (at := article.text.find(s)) >= 0), None)


def _rejection_at(article: Article, deniers: Iterable[str]) -> int | None:
    """Where a rejection (REJECT) that names one of the deniers is stated: for disputes stored before their
    denial sentences were."""
    named = [d.lower() for d in deniers]
    return next((e.start for e in article.events if e.type == "REJECT"
                 and any(d in article.text[e.start:e.end].lower() for d in named)), None)


def _link(article: dict[str, Any], spans: Spans, claim_at: int | None, denial_at: int | None) -> dict[str, Any]:
    """The source's article with links to the sentences where it states the claim and a denial."""
    href = f"/articles/{article['id']}"
    claim, denial = (sentence_number(spans, at) if at is not None else 0 for at in (claim_at, denial_at))
    return {"article": article, "href": href,
            "claim": f"{href}#s-{claim}" if claim else None, "denial": f"{href}#s-{denial}" if denial else None}


def _stated_source(db: Store, source: str, row: dict[str, Any]) -> dict[str, Any] | None:
    article_id = db.resolve(source)
    article = db.get(article_id) if article_id else None
    if article is None:
        return None
    denial_at = _at(article, row.get("denials", ()))
    return _link(article_summary(article), sorted((s.start, s.end) for s in article.sentences),
                 _at(article, [row["claim"]]), _rejection_at(article, row.get("deniers", ())) if denial_at is None
                 else denial_at)


def _stated(db: Store) -> list[dict[str, Any]]:
    return [{"claim": row["claim"], "claimants": row.get("claimants", []), "deniers": row.get("deniers", []),
             "accused": row.get("accused", []), "story_id": row["story_id"], "entries": [],
             "sources": [s for s in (_stated_source(db, source, row) for source in row.get("sources", ())) if s]}
            for row in db.disputes()]


def _entry_sources(db: Store, claim: EventRow, denial: EventRow) -> list[dict[str, Any]]:
    """Each article of the two entries, linked to the sentence stating the accusation and the denial."""
    first: dict[str, list[int | None]] = {}
    for side, row in enumerate((claim, denial)):
        for article_id, start, _ in row.sources:
            at = first.setdefault(article_id, [None, None])
            at[side] = start if at[side] is None else at[side]
    heads = {a.id: article_summary(a) for a in db.article_heads(first)}
    spans = db.sentence_spans(first)
    return [_link(heads[i], spans.get(i, []), *first[i]) for i in first if i in heads]


def _answered(db: Store) -> list[dict[str, Any]]:
    rows = {r.id: r for r in db.reactions()}
    found = claims.answered([from_row(r) for r in rows.values()])
    return [{"claim": d.claim, "claimants": list(d.claimants), "deniers": list(d.deniers), "accused": list(d.accused),
             "story_id": rows[denial].story_id or rows[claim].story_id, "entries": [claim, denial],
             "sources": _entry_sources(db, rows[claim], rows[denial])} for d, (claim, denial) in found]


def resolved(db: Store) -> list[dict[str, Any]]:
    """Every dispute with its story's headline, its sources as articles and its publication dates, latest first."""
    found = _stated(db) + _answered(db)
    stories = db.story_heads(d["story_id"] for d in found)
    for dispute in found:
        dates = sorted(filter(None, (s["article"]["published"] for s in dispute["sources"])))
        dispute |= {"story": (stories.get(dispute["story_id"]) or {}).get("label"),
                    "first": dates[0] if dates else None, "last": dates[-1] if dates else None}
    return sorted(found, key=lambda d: (d["last"] or "", d["claim"]), reverse=True)


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


def _all(db: Store, cache: Memo) -> list[dict[str, Any]]:
    """Resolving sources reads articles, so the list is cached per database version."""
    return cache.get(("disputes",), lambda: resolved(db))


def dispute_page(db: Store, cache: Memo, params: DisputeParams) -> tuple[int, list[dict[str, Any]]]:
    """Disputes, latest first, filtered."""
    parties = _parties(db, cache, params.party)
    found = [d for d in _all(db, cache) if _matches(d, parties, params)]
    return len(found), found[params.offset:params.offset + params.limit]


def related(db: Store, cache: Memo, *, story_id: str | None, entry_id: str | None = None) -> list[dict[str, Any]]:
    """The disputes found in a story, and those between entries that one of is ``entry_id``."""
    return [d for d in _all(db, cache) if (story_id and d["story_id"] == story_id) or entry_id in d["entries"]]
