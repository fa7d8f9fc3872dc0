"""Saved searches and alerts over the seeds: each kind matches what is new, once; the Atom feed reads back in
feedparser; webhooks are retried against a local receiver; the command line adds, lists and removes."""
from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import feedparser
import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from linimasa.alerts import checked_alert, evaluate
from linimasa.alerts.webhook import Webhooks
from linimasa.api import create_app
from linimasa.cli import commands
from linimasa.collection import Collection
from linimasa.settings import Settings
from linimasa.store.watch_tables import Alert


def ingest(settings: Settings, paths: list[Path]) -> list[str]:
    """Store and update as watch and ingest do; the new article ids."""
    with Collection(settings) as collection:
        ids = collection.ingest(map(str, paths)).ids
        collection.update_timeline()
    return ids


@pytest.fixture
def alerted(settings: Settings, seed_paths: list[Path]) -> tuple[Settings, list[str], dict[str, list]]:
    """Seed 002 stored before the alerts exist, the other four after: the alerts' matches by name."""
    first = ingest(settings, seed_paths[2:3])
    with Collection(settings) as collection:
        store = collection.store
        evaluate(store)
        story = store.story_assignment()[first[0]]
        for alert in (checked_alert("pameran", "query", '"pameran pertahanan" OR rudal'),
                      checked_alert("shoigu", "entity", "per:sergei-shoigu"),
                      checked_alert("konsultasi", "type", "CONSULT"),
                      checked_alert("korut", "story", story)):
            store.put_alert(alert)
    new = ingest(settings, seed_paths[:2] + seed_paths[3:])
    with Collection(settings) as collection:
        fired = evaluate(collection.store)
    by_alert: dict[str, list] = {}
    for match in fired:
        by_alert.setdefault(match.alert, []).append(match)
    return settings, new, by_alert


def test_alerts_each_kind_matches_what_is_new_and_only_that(alerted) -> None:
    settings, new, by_alert = alerted
    with Collection(settings) as collection:
        store = collection.store
        _, hits = store.search('"pameran pertahanan" OR rudal', limit=100)
        mentioning = {a.id for a in store.articles(new) if any(m.entity_id == "per:sergei-shoigu" for m in a.entities)}
        consult = {e.id for e in store.events(type="CONSULT", limit=1000)[1] if {s[0] for s in e.sources} & set(new)}
        story = store.current_story(store.alert("korut").value)  # type: ignore[union-attr]
        joined = {i for i in new if store.story_assignment()[i] == story}
    assert set(by_alert) == {"pameran", "shoigu", "konsultasi", "korut"}
    assert {m.item for m in by_alert["pameran"]} == {h.id for h in hits} & set(new)
    assert {m.item for m in by_alert["shoigu"]} == mentioning
    assert {m.item for m in by_alert["konsultasi"]} == consult
    assert {m.item for m in by_alert["korut"]} == joined
    assert {m.kind for m in by_alert["konsultasi"]} == {"event"}
    assert all(m.path == f"/{m.kind}s/{m.item}" for found in by_alert.values() for m in found)


def test_alerts_match_once_however_often_evaluated(alerted) -> None:
    settings, _, by_alert = alerted
    with Collection(settings) as collection:
        again = evaluate(collection.store)
        stored = {name: collection.store.alert_matches(name, limit=1000) for name in by_alert}
    assert again == []
    assert {name: len(found) for name, found in stored.items()} == {name: len(f) for name, f in by_alert.items()}


def test_alerts_atom_feed_reads_back_in_feedparser(alerted) -> None:
    settings, _, by_alert = alerted
    client = TestClient(create_app(settings), base_url="http://127.0.0.1")  # a Host served
    answer = client.get("/feeds/alerts/shoigu.atom")
    parsed = feedparser.parse(answer.content)
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("application/atom+xml")
    assert not parsed.bozo and parsed.version == "atom10"
    assert sorted(e.link.rsplit("/", 1)[1] for e in parsed.entries) == sorted(m.item for m in by_alert["shoigu"])
    assert all(e.link.startswith("http") and "/articles/" in e.link and e.id for e in parsed.entries)
    assert client.get("/feeds/alerts/nobody.atom").status_code == 404


@pytest.mark.parametrize(("name", "kind", "value", "problem"), [
    ("bencana", "query", "banjir OR longsor", None),
    ("bencana", "query", "", "cannot be empty"),
    ("ada spasi", "query", "banjir", "alert name"),
    ("protes", "type", "PROTEST", None),
    ("protes", "type", "DEMO", "event type"),
    ("presiden", "entity", "per:joko-widodo", None),
    ("presiden", "person", "Jokowi", "alert kind"),
])
def test_alerts_checked_when_added(name: str, kind: str, value: str, problem: str | None) -> None:
    if problem is None:
        assert checked_alert(name, kind, value) == Alert(name, kind, value)  # type: ignore[arg-type]
    else:
        with pytest.raises(ValueError, match=problem):
            checked_alert(name, kind, value)


class Receiver:
    """A webhook receiver on 127.0.0.1 that fails its first ``failures`` POSTs with 503."""

    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.bodies: list[dict] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                failing = receiver.failures > 0
                receiver.failures -= 1
                if not failing:
                    receiver.bodies.append(body)
                self.send_response(503 if failing else 204)
                self.end_headers()

            def log_message(self, *_: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"


def test_alerts_webhook_retries_until_the_receiver_takes_it(settings: Settings, seed_paths: list[Path]) -> None:
    receiver = Receiver(failures=2)
    with Collection(settings) as collection:
        collection.store.put_alert(checked_alert("kim", "entity", "per:kim-jong-un", webhook=receiver.url))
    ingest(settings, seed_paths[:1])
    with Collection(settings) as collection:
        fired = evaluate(collection.store)
    hooks = Webhooks(settings, base="http://news.example", delay=0.05).start()
    hooks.put(fired)
    hooks.close(grace=30)
    receiver.server.shutdown()
    with Collection(settings) as collection:
        left = collection.store.undelivered()
    assert len(fired) == 1 and hooks.delivered == 1 and left == []
    assert receiver.bodies == [{"alert": "kim", "kind": "article", "id": fired[0].item, "title": fired[0].title,
                                "published": fired[0].published, "matched_at": fired[0].matched_at,
                                "link": f"http://news.example/articles/{fired[0].item}"}]


def test_alerts_command_line_adds_lists_and_removes(settings: Settings) -> None:
    def run(*args: str):
        return CliRunner().invoke(commands(), ["--db", settings.database, "alert", *args])

    added = run("add", "gempa", "--query", "gempa OR tsunami")
    twice = run("add", "gempa", "--query", "gempa")
    neither = run("add", "kosong")
    listed = json.loads(run("list", "--json").output)
    removed, again = run("remove", "gempa"), run("remove", "gempa")
    assert added.exit_code == 0 and "/feeds/alerts/gempa.atom" in added.stderr
    assert twice.exit_code == 2 and neither.exit_code == 2
    assert listed == [{"name": "gempa", "kind": "query", "value": "gempa OR tsunami", "webhook": None, "matches": 0}]
    assert removed.exit_code == 0 and again.exit_code == 2
