"""What a watched source lists: the entries of an RSS/Atom feed, the pages of a sitemap (a sitemap index is
followed one level down), or the files of a folder; and the record of one listed item, read with the existing
readers (an article page by the HTML reader, a file by whatever its format is)."""
from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from ..ingest import read_source
from ..ingest.decode import decode
from ..ingest.limits import article_failure
from ..ingest.published import normalise_published
from ..ingest.sources import expand
from ..ingest.webpage import record_from_html
from ..model import Failure, Record
from ..settings import Settings
from .fetch import Fetcher, FetchError, Response

MAX_CHILD_SITEMAPS = 10  # of a sitemap index, the most recently modified


@dataclass(frozen=True, slots=True)
class Item:
    key: str  # its identity within the source: the entry id or link, the page URL, the file and its version
    location: str  # the page URL or the file path
    title: str | None = None
    published: str | None = None


@dataclass(frozen=True, slots=True)
class Listing:
    items: tuple[Item, ...]
    etag: str | None = None
    last_modified: str | None = None
    changed: bool = True  # False: the server answered 304 Not Modified


def kind(source: str) -> str:
    return "web" if urlsplit(source).scheme in ("http", "https") else "folder"


def listing(source: str, fetcher: Fetcher, *, etag: str | None = None, last_modified: str | None = None,
            settings: Settings) -> Listing:
    """The items a source lists now; FetchError when it cannot be read."""
    if kind(source) == "folder":
        return Listing(tuple(_files(source)))
    answer = fetcher.get(source, etag=etag, last_modified=last_modified)
    if answer.status == 304:
        return Listing((), etag, last_modified, changed=False)
    return Listing(tuple(_web_items(answer, fetcher, settings)), answer.etag, answer.last_modified)


def records(item: Item, fetcher: Fetcher, settings: Settings) -> Iterator[Record | Failure]:
    """The item's article (or a file's articles); FetchError when a page cannot be fetched now."""
    if kind(item.location) == "folder":
        yield from read_source(item.location, settings=settings)
        return
    page = fetcher.get(item.location)
    try:
        record = record_from_html(decode(page.body), source=item.location, url=page.url)
    except ValueError as exc:  # DecodeError: no article text on the page
        yield Failure(item.location, str(exc))
        return
    # the page's own metadata first; the feed's when the page has none
    record = replace(record, title=record.title or item.title, published=record.published or item.published)
    yield article_failure(record, settings) or record


def _files(folder: str) -> Iterator[Item]:
    if not Path(folder).is_dir():
        raise FetchError(f"{folder}: not a folder, nor an http(s) URL", retry=False)
    for path in expand([folder]):
        if isinstance(path, str):
            info = Path(path).stat()
            yield Item(f"{path}@{info.st_mtime_ns}:{info.st_size}", path)  # a changed file is read again


def _web_items(answer: Response, fetcher: Fetcher, settings: Settings) -> Iterator[Item]:
    body = _gunzipped(answer.body, settings)
    root = _xml_root(body)
    if root is not None and _local(root.tag) == "sitemapindex":
        yield from _index_items(root, answer.url, fetcher, settings)
    elif root is not None and _local(root.tag) == "urlset":
        yield from _sitemap_items(root, answer.url)
    else:
        yield from _feed_items(body, answer.url)


def _feed_items(body: bytes, base: str) -> Iterator[Item]:
    import feedparser

    parsed = feedparser.parse(body)
    if not parsed.entries and parsed.bozo:
        raise FetchError(f"{base}: neither a feed nor a sitemap ({parsed.bozo_exception})", retry=True)
    for entry in parsed.entries:
        link = entry.get("link")
        if link:
            yield Item(entry.get("id") or link, urljoin(base, link), entry.get("title") or None,
                       normalise_published(entry.get("published") or entry.get("updated")))


def _sitemap_items(root: Any, base: str) -> Iterator[Item]:
    for url in root:
        fields = {_local(e.tag): (e.text or "").strip() for e in url.iter()}
        if fields.get("loc"):
            page = urljoin(base, fields["loc"])
            yield Item(page, page, fields.get("title") or None,
                       normalise_published(fields.get("publication_date") or fields.get("lastmod")))


def _index_items(root: Any, base: str, fetcher: Fetcher, settings: Settings) -> Iterator[Item]:
    children = [{_local(e.tag): (e.text or "").strip() for e in child.iter()} for child in root]
    children.sort(key=lambda c: c.get("lastmod", ""), reverse=True)
    for child in [c for c in children if c.get("loc")][:MAX_CHILD_SITEMAPS]:
        answer = fetcher.get(urljoin(base, child["loc"]))
        sitemap = _xml_root(_gunzipped(answer.body, settings))
        if sitemap is not None and _local(sitemap.tag) == "urlset":
            yield from _sitemap_items(sitemap, answer.url)


def _xml_root(body: bytes) -> Any:
    """The parsed XML (entities not expanded, nothing fetched), or None when it is no XML."""
    import lxml.etree

    parser = lxml.etree.XMLParser(resolve_entities=False, no_network=True, recover=False)
    try:
        return lxml.etree.fromstring(body, parser)
    except lxml.etree.XMLSyntaxError:
        return None


def _gunzipped(body: bytes, settings: Settings) -> bytes:
    """A gzipped sitemap (``sitemap.xml.gz``) inflated within ``max_bytes``."""
    if body[:2] != b"\x1f\x8b":
        return body
    inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        data = inflate.decompress(body, settings.max_bytes)
    except zlib.error as exc:
        raise FetchError(f"damaged gzip data ({exc})", retry=False) from None
    if inflate.unconsumed_tail:
        raise FetchError(f"inflates to more than {settings.max_bytes:,} bytes (limit: max_bytes)", retry=False)
    return data


def _local(tag: object) -> str:
    return str(tag).rpartition("}")[2] if isinstance(tag, str) else ""
