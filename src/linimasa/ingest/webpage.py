"""HTML pages: the article body by trafilatura (comments excluded), the publication time with its UTC
offset from meta tags or JSON-LD, else the date htmldate finds (with the URL, which often holds it)."""
from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, BinaryIO

from ..lang.id.outlets import canonical_outlet
from ..model import Record
from ..settings import Settings
from .decode import DecodeError, decode
from .limits import slurp
from .published import normalise_published

_PUBLISHED_META = ("article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
                   "publish-date", "dc.date.issued", "dc.date", "date", "content_publisheddate")
_MIN_WORDS = 15  # below this trafilatura has found a menu or a caption, not an article


def read_html(source: str, stream: BinaryIO, settings: Settings) -> Iterator[Record]:
    yield record_from_html(decode(slurp(stream, settings)), source=source)


def record_from_html(html: str, *, source: str, url: str | None = None, fmt: str = "html") -> Record:
    import lxml.html
    from trafilatura import bare_extraction
    from trafilatura.settings import Document

    try:
        tree = lxml.html.fromstring(html)
    except lxml.etree.ParserError:  # only comments, whitespace or an XML declaration
        raise DecodeError("no article text found in the HTML") from None
    url = url or _first(tree.xpath('//link[@rel="canonical"]/@href | //meta[@property="og:url"]/@content'))
    doc = bare_extraction(html, url=url, include_comments=False, with_metadata=True,
                          date_extraction_params={"extensive_search": True, "original_date": True, "url": url})
    if not isinstance(doc, Document) or len((doc.text or "").split()) < _MIN_WORDS:
        raise DecodeError("no article text found in the HTML")
    return Record(source=source, body=_without_title(doc.text or "", doc.title), title=doc.title or None,
                  url=url or doc.url or None,
                  published=_published(tree) or doc.date or None, outlet=_outlet(tree), fmt=fmt)


def _without_title(body: str, title: str | None) -> str:
    """Pages repeat the headline (``<h1>``) above the body; the title is kept as metadata instead."""
    first, _, rest = body.partition("\n")
    return rest if title and " ".join(first.split()) == " ".join(title.split()) else body


def _published(tree: Any) -> str | None:
    """The first publication timestamp in meta tags or JSON-LD, keeping its UTC offset."""
    candidates = [content for meta in tree.xpath("//meta[@content]")
                  if (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower() in _PUBLISHED_META
                  for content in [meta.get("content")]]
    candidates += [v for script in tree.xpath('//script[@type="application/ld+json"]/text()')
                   for v in _json_values(script, "datePublished")]
    return next((iso for c in candidates if (iso := normalise_published(c))), None)


def _json_values(script: str, key: str) -> Iterator[str]:
    try:
        data = json.loads(script)
    except ValueError:
        return
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if isinstance(item.get(key), str):
                yield item[key]
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def _outlet(tree: Any) -> str | None:
    site = _first(tree.xpath('//meta[@property="og:site_name"]/@content'))
    return site and canonical_outlet(site)


def _first(values: list[str]) -> str | None:
    return next((v.strip() for v in values if v.strip()), None)
