"""A local news site on 127.0.0.1 for the watch tests and the soak benchmark: an RSS feed (ETag and
Last-Modified, 304 when unchanged), a sitemap, robots.txt and one HTML page per article, made from real
CLICK-ID articles. Articles are published while it runs (``publish``); every request is counted by path.
"""
from __future__ import annotations

import csv
import gzip
import html
import re
import threading
from collections import Counter
from dataclasses import dataclass
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

CLICK_ID = Path(__file__).resolve().parent / "data" / "click-id-1000.csv.gz"
ROBOTS = "User-agent: *\nDisallow: /private/\n"


@dataclass(frozen=True, slots=True)
class Story:
    slug: str
    title: str
    published: str  # ISO 8601 with offset
    body: str


def click_id_stories(count: int, *, skip: int = 0) -> list[Story]:
    """``count`` CLICK-ID articles long enough to be pages, as the site publishes them."""
    out: list[Story] = []
    with gzip.open(CLICK_ID, "rt", encoding="utf-8") as handle:
        for number, row in enumerate(csv.DictReader(handle)):
            paragraphs = [p.strip() for p in row["content"].split(",,") if len(p.split()) > 5]
            if number < skip or len(" ".join(paragraphs).split()) < 80 or not re.match(r"\d{4}-\d\d-\d\d", row["date"]):
                continue
            out.append(Story(f"a{number:04d}", row["title"].strip(), row["date"][:10] + "T09:00:00+07:00",
                             "\n".join(paragraphs)))
            if len(out) == count:
                break
    return out


def page(story: Story) -> str:
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in story.body.split("\n"))
    return (f'<html><head><title>{html.escape(story.title)}</title><meta property="article:published_time" '
            f'content="{story.published}"><meta property="og:site_name" content="Okezone"></head><body>'
            f"<nav>Beranda | Nasional | Bola</nav><article><h1>{html.escape(story.title)}</h1>{paragraphs}"
            "</article><footer>Hak cipta</footer></body></html>")


class Site:
    def __init__(self, stories: list[Story]) -> None:
        self.waiting = list(stories)
        self.live: list[Story] = []
        self.version = 0
        self.requests: Counter[str] = Counter()
        self.lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self) -> Site:
        self.thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def publish(self, count: int = 1) -> list[Story]:
        with self.lock:
            new, self.waiting = self.waiting[:count], self.waiting[count:]
            self.live += new
            self.version += len(new)
        return new

    def feed(self) -> str:
        items = "".join(
            f"<item><title>{html.escape(s.title)}</title><link>{self.url}/read/{s.slug}.html</link>"
            f"<guid>{self.url}/read/{s.slug}.html</guid><pubDate>{_rfc822(s.published)}</pubDate></item>"
            for s in reversed(self.live[-50:]))
        return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Okezone</title>'
                f"<link>{self.url}/</link><description>Berita</description>{items}</channel></rss>")

    def sitemap(self) -> str:
        urls = "".join(f"<url><loc>{self.url}/read/{s.slug}.html</loc><lastmod>{s.published}</lastmod></url>"
                       for s in self.live)
        return f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'

    def answer(self, path: str, headers: dict[str, str]) -> tuple[int, str, dict[str, str]]:
        with self.lock:
            self.requests[path] += 1
            if path == "/robots.txt":
                return 200, ROBOTS, {}
            if path in ("/feed.xml", "/sitemap.xml"):
                etag = f'"v{self.version}"'
                if headers.get("if-none-match") == etag:
                    return 304, "", {}
                body = self.feed() if path == "/feed.xml" else self.sitemap()
                return 200, body, {"ETag": etag, "Content-Type": "application/xml"}
            found = {f"/read/{s.slug}.html": s for s in self.live}.get(path)
            return (200, page(found), {"Content-Type": "text/html; charset=utf-8"}) if found else (404, "", {})

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                status, body, extra = site.answer(self.path, {k.lower(): v for k, v in self.headers.items()})
                data = body.encode("utf-8")
                self.send_response(status)
                for name, value in extra.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *_: object) -> None:
                pass

        return Handler


def _rfc822(iso: str) -> str:
    from datetime import datetime

    return format_datetime(datetime.fromisoformat(iso))


