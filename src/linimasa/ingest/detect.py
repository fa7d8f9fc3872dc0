"""Input format from the file name, and from the first bytes when the name says nothing."""
from __future__ import annotations

import re

FORMATS = ("text", "html", "jsonl", "json", "csv", "feed", "warc")

_BY_SUFFIX = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
    ".csv": "csv",
    ".rss": "feed", ".atom": "feed",
    ".warc": "warc", ".arc": "warc",
}
_FEED = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.I)
_HTML = re.compile(rb"<(?:!doctype\s+html|html|head|body|article|p|div)[\s>]", re.I)


def detect(name: str, head: bytes) -> str:
    """One of FORMATS; plain text when nothing else fits."""
    lowered = name.lower().removesuffix(".gz")
    suffix = lowered[lowered.rfind("."):] if "." in lowered.rsplit("/", 1)[-1] else ""
    return _BY_SUFFIX.get(suffix) or sniff(head)


def sniff(head: bytes) -> str:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith(b"WARC/"):
        return "warc"
    if start.startswith(b"{"):
        return "jsonl"
    if start.startswith(b"["):
        return "json"
    if start.startswith(b"<") and _FEED.search(start[:2048]):
        return "feed"
    if start.startswith(b"<") and _HTML.search(start[:4096]):
        return "html"
    first_line = start.split(b"\n", 1)[0].lower()
    if first_line.count(b",") >= 2 and any(col in first_line for col in (b"content", b"text", b"body")):
        return "csv"
    return "text"

