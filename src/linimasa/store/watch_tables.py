"""What ``linimasa watch`` and the alerts keep, for every backend: watched sources with their HTTP validators and
backoff, the items each source listed, saved searches (alerts) and what they matched.

SQL here is portable (see ``sql``) but for the full-text match, the backend's ``MATCHING``.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import astuple, dataclass
from typing import Literal

from .query import parse
from .records import Row, now
from .sql import SQLBackend

AlertKind = Literal["query", "entity", "type", "story"]
ItemStatus = Literal["stored", "failed", "retry"]


@dataclass(frozen=True, slots=True)
class FeedState:
    """A watched source as the store keeps it between polls (and across restarts)."""

    url: str
    kind: str  # feed, sitemap, folder
    etag: str | None = None
    last_modified: str | None = None
    next_poll: str | None = None  # ISO 8601 UTC
    failures: int = 0  # polls failed in a row: the backoff doubles with each
    last_error: str | None = None
    polled_at: str | None = None


@dataclass(frozen=True, slots=True)
class Alert:
    name: str
    kind: AlertKind
    value: str  # the query, entity id or name, event type, or story id
    webhook: str | None = None


@dataclass(frozen=True, slots=True)
class AlertMatch:
    alert: str
    item: str  # an article id, or a timeline entry id for a type alert
    kind: Literal["article", "event"]
    title: str | None
    published: str | None
    matched_at: str

    @property
    def path(self) -> str:
        """The web UI page of the matched item."""
        return f"/{self.kind}s/{self.item}"


def _marks(values: Sequence[object]) -> str:
    return ", ".join("?" * len(values))


class WatchTables(SQLBackend):

    # -- watched sources ----------------------------------------------------------------------

    def feed_state(self, url: str) -> FeedState | None:
        rows = self._run("SELECT url, kind, etag, last_modified, next_poll, failures, last_error, polled_at"
                         " FROM feeds WHERE url = ?", (url,))
        return FeedState(**dict(rows[0])) if rows else None

    def put_feed_state(self, state: FeedState) -> None:
        self._run("INSERT INTO feeds VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET"
                  " kind = excluded.kind, etag = excluded.etag, last_modified = excluded.last_modified,"
                  " next_poll = excluded.next_poll, failures = excluded.failures,"
                  " last_error = excluded.last_error, polled_at = excluded.polled_at", astuple(state))

    def feed_items(self, feed: str, items: Sequence[str]) -> dict[str, tuple[ItemStatus, int]]:
        """(status, attempts) of those of ``items`` the source listed before."""
        found: dict[str, tuple[ItemStatus, int]] = {}
        for start in range(0, len(items), 500):
            page = items[start:start + 500]
            for r in self._run(f"SELECT item, status, attempts FROM feed_items WHERE feed = ? AND item IN"
                               f" ({_marks(page)})", (feed, *page)):
                found[r["item"]] = (r["status"], r["attempts"])
        return found

    def mark_item(self, feed: str, item: str, status: ItemStatus, *, article_id: str | None = None,
                  reason: str | None = None) -> None:
        self._run("INSERT INTO feed_items VALUES (?, ?, ?, ?, 1, ?, ?) ON CONFLICT (feed, item) DO UPDATE SET"
                  " status = excluded.status, article_id = excluded.article_id, reason = excluded.reason,"
                  " attempts = feed_items.attempts + 1, seen_at = excluded.seen_at",
                  (feed, item, status, article_id, reason, now()))

    def item_counts(self) -> dict[str, int]:
        """Items by status over every watched source."""
        return {r["status"]: r["n"] for r in self._run("SELECT status, count(*) AS n FROM feed_items GROUP BY status")}

    # -- alerts -------------------------------------------------------------------------------

    def put_alert(self, alert: Alert) -> bool:
        """Save an alert; False when one of that name exists (it is left as it was)."""
        if self.alert(alert.name) is not None:
            return False
        self._run("INSERT INTO alerts VALUES (?, ?, ?, ?, ?)", (*astuple(alert), now()))
        return True

    def remove_alert(self, name: str) -> bool:
        """Remove an alert with its matches; False when there is none of that name."""
        with self.transaction():
            found = self.alert(name) is not None
            self._run("DELETE FROM alert_matches WHERE alert = ?", (name,))
            self._run("DELETE FROM alerts WHERE name = ?", (name,))
        return found

    def alert(self, name: str) -> Alert | None:
        rows = self._run("SELECT name, kind, value, webhook FROM alerts WHERE name = ?", (name,))
        return Alert(**dict(rows[0])) if rows else None

    def alerts(self) -> list[Alert]:
        return [Alert(**dict(r)) for r in self._run("SELECT name, kind, value, webhook FROM alerts ORDER BY name")]

    def match_counts(self) -> dict[str, int]:
        return {r["alert"]: r["n"] for r in self._run("SELECT alert, count(*) AS n FROM alert_matches GROUP BY alert")}

    def unchecked_articles(self) -> list[str]:
        """Articles the collection stages have seen (they have a story) and the alerts have not."""
        return [r["article_id"] for r in self._run(
            "SELECT sa.article_id FROM story_articles sa WHERE NOT EXISTS"
            " (SELECT 1 FROM alert_checked c WHERE c.article_id = sa.article_id) ORDER BY sa.article_id")]

    def matching_articles(self, alert: Alert, among: Sequence[str]) -> list[AlertMatch]:
        """What of ``among`` (article ids) the alert matches, as unsaved matches: articles, or for a type alert
        the timeline entries those articles are evidence for."""
        if not among:
            return []
        marks = _marks(among)
        if alert.kind == "type":
            rows = self._run("SELECT DISTINCT e.id, e.summary AS title, e.date AS published FROM events e JOIN"
                             f" event_sources s ON s.event_id = e.id WHERE e.type = ? AND s.article_id IN ({marks})"
                             " ORDER BY e.id", (alert.value, *among))
            return [AlertMatch(alert.name, r["id"], "event", r["title"], r["published"], now()) for r in rows]
        ids, args = self._matching_sql(alert, marks)
        rows = self._run(f"SELECT id, title, published FROM articles WHERE id IN ({ids}) ORDER BY published, id",
                         (*args, *among))
        return [AlertMatch(alert.name, r["id"], "article", r["title"], r["published"], now()) for r in rows]

    def _matching_sql(self, alert: Alert, marks: str) -> tuple[str, tuple[object, ...]]:
        """SQL for the matching article ids among ``marks`` and its leading parameters."""
        if alert.kind == "query":
            return f"SELECT m.id FROM ({self.MATCHING}) m WHERE m.id IN ({marks})", (self._match(parse(alert.value)),)
        if alert.kind == "entity":  # an id (the collection's, or an article's own) or a name as written
            return ("SELECT article_id FROM mentions WHERE (entity_id = ? OR own_id = ? OR lower(text) = lower(?))"
                    f" AND article_id IN ({marks})"), (alert.value,) * 3
        story = self.current_story(alert.value)
        return f"SELECT article_id FROM story_articles WHERE story_id = ? AND article_id IN ({marks})", (story,)

    def current_story(self, story_id: str) -> str:
        """The story a story id stands for now: merged stories live on in the one that absorbed them."""
        merged = {r["merged"]: r["kept"] for r in self._run("SELECT kept, merged FROM merges WHERE kind = 'story'")}
        seen = {story_id}
        while story_id in merged and merged[story_id] not in seen:
            story_id = merged[story_id]
            seen.add(story_id)
        return story_id

    def put_matches(self, matches: Iterable[AlertMatch], *, checked: Sequence[str]) -> list[AlertMatch]:
        """Save matches not saved before and mark ``checked`` articles evaluated, in one transaction; the new ones."""
        with self.transaction():
            new = [m for m in matches if not self._run(
                "SELECT 1 AS found FROM alert_matches WHERE alert = ? AND item = ?", (m.alert, m.item))]
            self._executemany("INSERT INTO alert_matches VALUES (?, ?, ?, ?, ?, ?, NULL) ON CONFLICT DO NOTHING",
                              [astuple(m) for m in new])
            self._executemany("INSERT INTO alert_checked VALUES (?) ON CONFLICT DO NOTHING", [(i,) for i in checked])
        return new

    def alert_matches(self, name: str, *, limit: int = 50) -> list[AlertMatch]:
        """An alert's latest matches, newest first."""
        return [_match(r) for r in self._run(
            "SELECT alert, item, kind, title, published, matched_at FROM alert_matches WHERE alert = ?"
            " ORDER BY matched_at DESC, item LIMIT ?", (name, limit))]

    def undelivered(self) -> list[AlertMatch]:
        """Matches of alerts with a webhook whose POST has not succeeded yet, oldest first."""
        return [_match(r) for r in self._run(
            "SELECT m.alert, m.item, m.kind, m.title, m.published, m.matched_at FROM alert_matches m JOIN alerts a"
            " ON a.name = m.alert WHERE a.webhook IS NOT NULL AND m.delivered_at IS NULL ORDER BY m.matched_at")]

    def mark_delivered(self, match: AlertMatch) -> None:
        self._run("UPDATE alert_matches SET delivered_at = ? WHERE alert = ? AND item = ?",
                  (now(), match.alert, match.item))


def _match(row: Row) -> AlertMatch:
    return AlertMatch(row["alert"], row["item"], row["kind"], row["title"], row["published"], row["matched_at"])
