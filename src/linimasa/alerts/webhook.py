"""Webhook delivery of alert matches: POSTed as JSON from a thread, so ingest never waits on a receiver.

A match is retried with a doubling delay while the receiver fails (a network error, a 5xx, 408 or 429), and
marked delivered in the store once it answers 2xx. What is still undelivered when the run ends is sent by the
next run (``Webhooks.start`` queues it again): a match reaches the receiver at least once, and once when
nothing is killed between its POST and its mark.
"""
from __future__ import annotations

import queue
import threading
from collections.abc import Iterable

import httpx

from ..settings import Settings
from ..store import open_store
from ..store.watch_tables import AlertMatch
from ..watch.fetch import USER_AGENT
from . import as_json


class Webhooks:
    def __init__(self, settings: Settings, *, base: str, attempts: int = 5, delay: float = 0.5,
                 timeout: float = 10.0) -> None:
        self.settings = settings
        self.base = base
        self.attempts, self.delay, self.timeout = attempts, delay, timeout
        self.delivered = 0
        self._queue: queue.Queue[AlertMatch | None] = queue.Queue()
        self._abort = threading.Event()  # set when the run ends and its grace period is over
        self._thread = threading.Thread(target=self._run, name="linimasa-webhooks", daemon=True)

    def start(self) -> Webhooks:
        """Start the thread, with the matches earlier runs did not deliver queued first."""
        self._thread.start()
        return self

    def put(self, matches: Iterable[AlertMatch]) -> None:
        for match in matches:
            self._queue.put(match)

    def close(self, *, grace: float = 10.0) -> None:
        """Deliver what is queued for up to ``grace`` seconds, then stop retrying."""
        self._queue.put(None)
        self._thread.join(grace)
        self._abort.set()
        self._thread.join(self.timeout)

    def _run(self) -> None:
        store = open_store(self.settings)  # a connection of its own: this thread writes delivery marks
        try:
            with httpx.Client(timeout=self.timeout, headers={"User-Agent": USER_AGENT}) as client:
                for earlier in store.undelivered():
                    self._queue.put_nowait(earlier)
                done: set[tuple[str, str]] = set()  # a match found now may be queued twice: by start and by put
                while (match := self._queue.get()) is not None:
                    alert = store.alert(match.alert)
                    if (match.alert, match.item) in done or alert is None or not alert.webhook:
                        continue
                    if self._post(client, alert.webhook, match):
                        store.mark_delivered(match)
                        done.add((match.alert, match.item))
                        self.delivered += 1
        finally:
            store.close()

    def _post(self, client: httpx.Client, url: str, match: AlertMatch) -> bool:
        for attempt in range(self.attempts):
            try:
                status = client.post(url, json=as_json(match, self.base)).status_code
            except httpx.HTTPError:
                status = 0
            if 200 <= status < 300:
                return True
            if 400 <= status < 500 and status not in (408, 429):
                return False  # the receiver refuses it: retrying will not help
            if self._abort.wait(self.delay * 2 ** attempt):
                return False
        return False
