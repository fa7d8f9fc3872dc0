"""What pages show beyond the API's views: evidence pointing at its sentence, copies and stories by their titles,
the original URL when it is a web address, and form hints taken from the collection's own period.
"""
from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from ..api.memo import Memo
from ..api.views import article_summary
from .highlight import anchor

WEB_SCHEMES = frozenset({"http", "https"})


def web_url(url: str | None) -> str | None:
    """``url`` when it is an http(s) address to link to; never javascript:, data: or a file path."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    return url.strip() if parts.scheme.lower() in WEB_SCHEMES and parts.netloc else None


def article_href(article_id: str, fragment: str) -> str:
    return f"/articles/{article_id}" + (f"#{fragment}" if fragment else "")


def _trigger(event_data: dict[str, Any], article_id: str, start: int) -> tuple[int, int] | None:
    """The trigger of the evidence mention stated in the sentence at ``start``, relative to the sentence."""
    for ev in event_data.get("evidence", ()):
        if ev.get("article_id") == article_id and ev.get("start") == start:
            return ev["trigger_start"] - start, ev["trigger_end"] - start
    return None


def evidence_links(db: Any, event: dict[str, Any]) -> list[dict[str, Any]]:
    """The event's evidence, each with a link to its sentence and the trigger cut out of the text."""
    spans = db.sentence_spans(ev["article"]["id"] for ev in event["evidence"])
    shown = []
    for ev in event["evidence"]:
        article_id, text = ev["article"]["id"], ev["text"]
        cut = _trigger(event["data"], article_id, ev["start"])
        pieces = ((text[:cut[0]], False), (text[cut[0]:cut[1]], True), (text[cut[1]:], False)) if cut and \
            0 <= cut[0] < cut[1] <= len(text) else ((text, False),)
        shown.append(ev | {"href": article_href(article_id, anchor(spans.get(article_id, []), ev["start"])),
                           "pieces": [p for p in pieces if p[0]]})
    return shown


def quote_links(db: Any, quotes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Quotes with a link to the sentence each starts in."""
    spans = db.sentence_spans(q["article_id"] for q in quotes)
    return [q | {"href": article_href(q["article_id"], anchor(spans.get(q["article_id"], []), q["start"]))}
            for q in quotes]


def copies_by_title(db: Any, copies: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """An article's copies with the title, outlet and date of each."""
    heads = {a.id: article_summary(a) for a in db.article_heads(c["article"] for c in copies)}
    return [c | {"head": heads[c["article"]]} for c in copies if c["article"] in heads]


def story_titles(db: Any, events: list[dict[str, Any]]) -> dict[str, str]:
    """Story id -> its headline, for the stories the events belong to."""
    return {i: head["label"] or "" for i, head in db.story_heads(e.get("story_id") for e in events).items()}


def period_hint(db: Any, cache: Memo) -> dict[str, str]:
    """Placeholders for the date fields from the collection's own last month, not a fixed year."""
    _, last = cache.get(("published_span",), db.published_span)
    day = (last or "")[:10]
    if len(day) < 10:
        return {"since": "TTTT-BB", "until": "TTTT-BB-HH"}
    return {"since": day[:7], "until": day}
