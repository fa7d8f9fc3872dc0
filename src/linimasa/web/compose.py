"""What pages show beyond the API's views: the evidence with its trigger cut out, the original URL when it is a
web address, and form hints taken from the collection's own period. Pure shaping: the reads are ``api.queries``.
"""
from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

WEB_SCHEMES = frozenset({"http", "https"})


def web_url(url: str | None) -> str | None:
    """``url`` when it is an http(s) address to link to; never javascript:, data: or a file path."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    return url.strip() if parts.scheme.lower() in WEB_SCHEMES and parts.netloc else None


def _trigger(event_data: dict[str, Any], article_id: str, start: int) -> tuple[int, int] | None:
    """The trigger of the evidence mention stated in the sentence at ``start``, relative to the sentence."""
    for ev in event_data.get("evidence", ()):
        if ev.get("article_id") == article_id and ev.get("start") == start:
            return ev["trigger_start"] - start, ev["trigger_end"] - start
    return None


def evidence_pieces(event: dict[str, Any]) -> list[dict[str, Any]]:
    """The event's evidence, each sentence cut into (text, is the trigger) pieces."""
    shown = []
    for ev in event["evidence"]:
        text = ev["text"]
        cut = _trigger(event["data"], ev["article"]["id"], ev["start"])
        pieces = ((text[:cut[0]], False), (text[cut[0]:cut[1]], True), (text[cut[1]:], False)) if cut and \
            0 <= cut[0] < cut[1] <= len(text) else ((text, False),)
        shown.append(ev | {"pieces": [p for p in pieces if p[0]]})
    return shown


def period_hint(last: str | None) -> dict[str, str]:
    """Placeholders for the date fields from the collection's last month (``last`` published), not a fixed year."""
    day = (last or "")[:10]
    if len(day) < 10:
        return {"since": "TTTT-BB", "until": "TTTT-BB-HH"}
    return {"since": day[:7], "until": day}
