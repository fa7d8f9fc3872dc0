"""An alert's matches as an Atom 1.0 feed (RFC 4287), for any feed reader: ``/feeds/alerts/NAME.atom``."""
from __future__ import annotations

import xml.etree.ElementTree as ET

from ..store.records import now
from ..store.watch_tables import Alert, AlertMatch
from . import link

ATOM = "http://www.w3.org/2005/Atom"
_WHAT = {"query": "search", "entity": "entity", "type": "event type", "story": "story"}


def feed_path(name: str) -> str:
    return f"/feeds/alerts/{name}.atom"


def render(alert: Alert, matches: list[AlertMatch], *, base: str) -> bytes:
    """The feed, newest match first; entry ids stay the same however often it is read."""
    ET.register_namespace("", ATOM)
    root = ET.Element(f"{{{ATOM}}}feed")
    self_url = base.rstrip("/") + feed_path(alert.name)
    _text(root, "id", self_url)
    _text(root, "title", f"linimasa: {alert.name} ({_WHAT[alert.kind]} {alert.value})")
    _text(root, "updated", max((m.matched_at for m in matches), default=now()))
    ET.SubElement(root, f"{{{ATOM}}}link", rel="self", href=self_url, type="application/atom+xml")
    _text(ET.SubElement(root, f"{{{ATOM}}}author"), "name", "linimasa")
    for match in matches:
        entry = ET.SubElement(root, f"{{{ATOM}}}entry")
        url = link(match, base)
        _text(entry, "id", f"{url}#alert-{alert.name}")
        _text(entry, "title", match.title or match.item)
        _text(entry, "updated", match.matched_at)
        ET.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", href=url, type="text/html")
        date = f", {match.published[:10]}" if match.published else ""
        _text(entry, "summary", f"{'Timeline entry' if match.kind == 'event' else 'Article'}{date}")
    return bytes(ET.tostring(root, encoding="utf-8", xml_declaration=True))


def _text(parent: ET.Element, tag: str, text: str) -> None:
    ET.SubElement(parent, f"{{{ATOM}}}{tag}").text = text
