"""Polite HTTP for ``linimasa watch``: one client with timeouts and a clear User-Agent, robots.txt respected
(with its Crawl-delay), at most one request per host every ``interval`` seconds, conditional GET for feeds.

Every wait is on ``stop``, so a signal ends it at once. Bodies are read within the size policy
(``max_bytes``), as every reader reads: a 2 GB "feed" is refused, never held.
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import httpx

USER_AGENT = "linimasa/0.1 (Indonesian news timeline; polls feeds, respects robots.txt)"
ROBOTS_TTL = 3600.0  # seconds a host's robots.txt is trusted


class FetchError(Exception):
    """A request that failed (network, status, size); ``retry``: worth trying again later."""

    def __init__(self, message: str, *, retry: bool = True, status: int | None = None) -> None:
        super().__init__(message)
        self.retry = retry
        self.status = status


class Disallowed(FetchError):
    """robots.txt forbids the URL to our User-Agent."""

    def __init__(self, url: str) -> None:
        super().__init__(f"robots.txt disallows {url}", retry=False)


@dataclass(frozen=True, slots=True)
class Response:
    url: str
    status: int  # 200, or 304 for a conditional GET that found nothing new
    body: bytes
    etag: str | None
    last_modified: str | None


class Fetcher:
    def __init__(self, *, stop: threading.Event, per_host: float = 1.0, timeout: float = 20.0,
                 max_bytes: int = 20_000_000) -> None:
        self.stop = stop
        self.per_host = per_host
        self.max_bytes = max_bytes
        self.client = httpx.Client(timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
                                   headers={"User-Agent": USER_AGENT}, follow_redirects=True, max_redirects=5)
        self._last: dict[str, float] = {}  # host -> monotonic time of its last request
        self._robots: dict[str, tuple[float, RobotFileParser | None]] = {}

    def close(self) -> None:
        self.client.close()

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> Response:
        """GET within robots.txt and the host's rate; with validators, a 304 when nothing changed."""
        if urlsplit(url).scheme not in ("http", "https"):
            raise FetchError(f"not an http(s) URL: {url}", retry=False)
        robots = self._robots_for(url)
        if robots is not None and not robots.can_fetch(USER_AGENT, url):
            raise Disallowed(url)
        headers = {k: v for k, v in (("If-None-Match", etag), ("If-Modified-Since", last_modified)) if v}
        return self._request(url, headers, delay=_crawl_delay(robots))

    def _request(self, url: str, headers: dict[str, str], *, delay: float = 0.0) -> Response:
        self._wait_turn(url, delay)
        try:
            with self.client.stream("GET", url, headers=headers) as answer:
                if answer.status_code == 304:
                    return Response(url, 304, b"", headers.get("If-None-Match"), headers.get("If-Modified-Since"))
                if answer.status_code >= 400:
                    # a client error will not mend itself; a server error or a throttle may
                    retry = answer.status_code >= 500 or answer.status_code in (408, 429)
                    raise FetchError(f"HTTP {answer.status_code} from {url}", retry=retry,
                                     status=answer.status_code)
                body = self._read(answer, url)
                return Response(str(answer.url), answer.status_code, body, answer.headers.get("ETag"),
                                answer.headers.get("Last-Modified"))
        except httpx.HTTPError as exc:
            raise FetchError(f"{type(exc).__name__} fetching {url}: {exc}") from None

    def _read(self, answer: httpx.Response, url: str) -> bytes:
        chunks, size = [], 0
        for chunk in answer.iter_bytes():
            size += len(chunk)
            if size > self.max_bytes:
                raise FetchError(f"{url}: larger than {self.max_bytes:,} bytes (limit: max_bytes)", retry=False)
            chunks.append(chunk)
        return b"".join(chunks)

    def _wait_turn(self, url: str, delay: float) -> None:
        """Sleep until the host's last request is ``per_host`` (or its Crawl-delay) seconds old."""
        host = urlsplit(url).netloc.lower()
        gap = max(self.per_host, delay)
        wait = self._last.get(host, -gap) + gap - time.monotonic()
        if wait > 0 and self.stop.wait(wait):
            raise FetchError("stopped", retry=True)
        self._last[host] = time.monotonic()

    def _robots_for(self, url: str) -> RobotFileParser | None:
        """The host's rules (None: everything allowed), read once an hour. A robots.txt that cannot be read
        for a server or network error forbids the host until the next try, as crawlers agree."""
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        read_at, rules = self._robots.get(origin, (-ROBOTS_TTL, None))
        if time.monotonic() - read_at < ROBOTS_TTL:
            return rules
        try:
            answer = self._request(f"{origin}/robots.txt", {})
            rules = RobotFileParser()
            rules.parse(answer.body.decode("utf-8", "replace").splitlines())
        except FetchError as exc:
            if exc.retry:
                raise FetchError(f"robots.txt of {origin} unreadable ({exc}); trying later") from None
            rules = _forbid_all() if exc.status in (401, 403) else None  # no robots.txt: no rules
        self._robots[origin] = (time.monotonic(), rules)
        return rules


def _forbid_all() -> RobotFileParser:
    rules = RobotFileParser()
    rules.parse(["User-agent: *", "Disallow: /"])
    return rules


def _crawl_delay(rules: RobotFileParser | None) -> float:
    delay = rules.crawl_delay(USER_AGENT) if rules is not None else None
    return float(delay or 0.0)
