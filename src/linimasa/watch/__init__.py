"""``linimasa watch``: poll feeds, sitemaps and folders, store what is new, update the collection, fire alerts.

What survives a restart lives in the store: each source's HTTP validators, next poll and error backoff, and
each item it listed (stored with its article, failed for good, or to retry). An item's article and its mark
are written in one transaction, so a run killed at any point (kill -9 included) neither stores an item twice
nor fetches a stored one again. A run starts by updating the collection and evaluating the alerts for what a
killed run stored but did not get to, then polls.
"""
from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from .. import alerts
from ..collection import Collection
from ..model import Failure
from ..store.watch_tables import AlertMatch, FeedState
from .fetch import Fetcher, FetchError
from .sources import Item, kind, listing, records


@dataclass(frozen=True, slots=True)
class WatchOptions:
    interval: float = 300.0  # seconds between polls of one source
    per_host: float = 1.0  # seconds between two requests to one host (at least; robots.txt may ask more)
    timeout: float = 20.0  # seconds for one HTTP request
    once: bool = False  # poll every source once, then stop
    batch: int = 20  # articles stored before the collection is updated and the alerts evaluated
    attempts: int = 3  # fetches of one page before it counts as failed
    max_backoff: float = 6 * 3600.0  # seconds: the longest wait after repeated failures of a source


@dataclass(slots=True)
class Tally:
    """What this run did, for the status line and the final report."""

    sources: int
    new: int = 0
    known: int = 0  # items whose article was stored already (from another source or a copy)
    failed: int = 0
    alerts: int = 0
    next_poll: str | None = None
    polling: str = ""


class Watcher:
    def __init__(self, collection: Collection, sources: Sequence[str], *, options: WatchOptions,
                 stop: threading.Event, on_alerts: Callable[[list[AlertMatch]], None] = lambda _: None,
                 on_change: Callable[[Tally], None] = lambda _: None,
                 on_failure: Callable[[Failure], None] = lambda _: None) -> None:
        self.collection = collection
        self.store = collection.store
        self.sources = list(dict.fromkeys(sources))
        self.options = options
        self.stop = stop
        self.on_alerts, self.on_change, self.on_failure = on_alerts, on_change, on_failure
        self.tally = Tally(len(self.sources))
        self.pending = 0  # articles stored since the last update
        self.fetcher = Fetcher(stop=stop, per_host=options.per_host, timeout=options.timeout,
                               max_bytes=collection.settings.max_bytes)

    def run(self) -> Tally:
        try:
            self.update(force=True)  # what a killed run stored but did not update
            while not self.stop.is_set():
                for source in self._due():
                    if self.stop.is_set():
                        break
                    self.poll(source)
                self.update()
                if self.options.once:
                    break
                self._sleep()
        finally:
            self.fetcher.close()
        return self.tally

    def poll(self, source: str) -> None:
        state = self.store.feed_state(source) or FeedState(source, kind(source))
        self._show(polling=source)
        try:
            found = listing(source, self.fetcher, etag=state.etag, last_modified=state.last_modified,
                            settings=self.collection.settings)
        except FetchError as exc:
            self._failed_poll(state, str(exc))
            return
        for item in self._new(source, found.items):
            if self.stop.is_set():
                break  # the current article is done; the rest are polled again next run
            self._ingest(source, item)
            if self.pending >= self.options.batch:
                self.update()
        self.store.put_feed_state(replace(
            state, etag=found.etag if found.changed else state.etag, failures=0, last_error=None, polled_at=_now(),
            last_modified=found.last_modified if found.changed else state.last_modified,
            next_poll=_later(self.options.interval)))
        self._show(polling="")

    def update(self, *, force: bool = False) -> None:
        """The collection update and the alerts, for what was stored since the last one."""
        if self.pending or force:
            self.collection.update_timeline()
            self.pending = 0
        matches = alerts.evaluate(self.store)
        if matches:
            self.tally.alerts += len(matches)
            self.on_alerts(matches)
            self._show()

    def _new(self, source: str, items: Sequence[Item]) -> list[Item]:
        seen = self.store.feed_items(source, [i.key for i in items])
        return [i for i in dict((i.key, i) for i in items).values()
                if i.key not in seen or (seen[i.key][0] == "retry" and seen[i.key][1] < self.options.attempts)]

    def _ingest(self, source: str, item: Item) -> None:
        """Fetch and store one item; its article and its mark in one transaction."""
        try:
            read = list(records(item, self.fetcher, self.collection.settings))
        except FetchError as exc:
            if not self.stop.is_set():  # a wait cut short by a signal is no failure
                self._failed_item(source, item, str(exc), retry=exc.retry)
            return
        with self.store.transaction():
            report = self.collection.add(read)
            stored = report.new + report.existing
            if stored:
                self.store.mark_item(source, item.key, "stored", article_id=report.ids[0])
            else:
                reason = "; ".join(f.reason for f in report.failures) or "nothing to store"
                self.store.mark_item(source, item.key, "failed", reason=reason[:500])
        for failure in report.failures:
            self.on_failure(failure)
        self.pending += report.new
        self.tally.new += report.new
        self.tally.known += report.existing
        self.tally.failed += 0 if stored else 1
        self._show()

    def _failed_item(self, source: str, item: Item, reason: str, *, retry: bool) -> None:
        self.store.mark_item(source, item.key, "retry" if retry else "failed", reason=reason[:500])
        self.tally.failed += 1
        self.on_failure(Failure(item.location, reason))
        self._show()

    def _failed_poll(self, state: FeedState, reason: str) -> None:
        """Wait longer after each failure in a row: the interval doubled, up to ``max_backoff``."""
        failures = state.failures + 1
        wait = min(self.options.interval * 2 ** failures, self.options.max_backoff)
        self.store.put_feed_state(replace(state, failures=failures, last_error=reason[:500], polled_at=_now(),
                                          next_poll=_later(wait)))
        self.on_failure(Failure(state.url, reason))
        self._show(polling="")

    def _due(self) -> list[str]:
        if self.options.once:
            return self.sources
        now = _now()
        return [s for s in self.sources if (state := self.store.feed_state(s)) is None or not state.next_poll
                or state.next_poll <= now]

    def _sleep(self) -> None:
        upcoming = [s.next_poll for u in self.sources if (s := self.store.feed_state(u)) and s.next_poll]
        self._show(next_poll=min(upcoming, default=None))
        if upcoming:
            wait = (dt.datetime.fromisoformat(min(upcoming)) - dt.datetime.now(dt.UTC)).total_seconds()
            self.stop.wait(max(wait, 0.0))

    def _show(self, **changes: object) -> None:
        for name, value in changes.items():
            setattr(self.tally, name, value)
        self.on_change(self.tally)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")


def _later(seconds: float) -> str:
    return (dt.datetime.now(dt.UTC) + dt.timedelta(seconds=seconds)).isoformat(timespec="milliseconds")
