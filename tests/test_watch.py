"""linimasa watch against a local news site (tests/feedserver, CLICK-ID pages on 127.0.0.1): items stored
once, nothing fetched again after a restart, 304 for an unchanged feed, sitemaps and folders, robots.txt,
backoff after a failed poll, and a kill -9 in the middle of a run."""
from __future__ import annotations

import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from feedserver import Site, click_id_stories

from linimasa.collection import Collection
from linimasa.settings import Settings
from linimasa.watch import Watcher, WatchOptions

STORIES = click_id_stories(5)
LINIMASA = str(Path(sys.executable).parent / "linimasa")
FAST = WatchOptions(once=True, per_host=0.0, timeout=10)


def poll(settings: Settings, *sources: str, options: WatchOptions = FAST):
    with Collection(settings) as collection:
        return Watcher(collection, sources, options=options, stop=threading.Event()).run()


def pages_fetched(site: Site) -> dict[str, int]:
    return {path: n for path, n in site.requests.items() if path.startswith("/read/")}


@pytest.mark.parametrize("feed", ["/feed.xml", "/sitemap.xml"])
def test_watch_stores_each_item_once_and_fetches_nothing_again(settings: Settings, feed: str) -> None:
    with Site(STORIES) as site:
        site.publish(2)
        first = poll(settings, site.url + feed)
        again = poll(settings, site.url + feed)  # a restart: the state is in the store
        site.publish(1)
        third = poll(settings, site.url + feed)
        with Collection(settings) as collection:
            titles = sorted(a.title or "" for a in collection.articles())
    assert (first.new, again.new, third.new) == (2, 0, 1)
    assert titles == sorted(s.title for s in STORIES[:3])
    assert set(pages_fetched(site).values()) == {1}  # every page fetched exactly once
    assert site.requests[feed] == 3


def test_watch_sends_validators_and_takes_304_as_nothing_new(settings: Settings) -> None:
    with Site(STORIES) as site:
        site.publish(1)
        poll(settings, site.url + "/feed.xml")
        state_before = Collection(settings).store.feed_state(site.url + "/feed.xml")
        answers = []
        original = site.answer
        site.answer = lambda path, headers: answers.append(original(path, headers)[0]) or original(path, headers)
        poll(settings, site.url + "/feed.xml")
    assert state_before is not None and state_before.etag == '"v1"'
    assert 304 in answers


def test_watch_reads_new_files_of_a_folder(settings: Settings, tmp_path: Path, seed_paths: list[Path]) -> None:
    folder = tmp_path / "incoming"
    folder.mkdir()
    (folder / seed_paths[0].name).write_bytes(seed_paths[0].read_bytes())
    first = poll(settings, str(folder))
    (folder / seed_paths[1].name).write_bytes(seed_paths[1].read_bytes())
    second = poll(settings, str(folder))
    assert (first.new, second.new) == (1, 1)


def test_watch_respects_robots_txt(settings: Settings) -> None:
    with Site(STORIES) as site:
        original = site.feed
        site.feed = lambda: original().replace("/read/", "/private/read/")  # robots.txt: Disallow: /private/
        site.publish(1)
        tally = poll(settings, site.url + "/feed.xml")
        counts = Collection(settings).store.item_counts()
    assert tally.new == 0 and counts == {"failed": 1}
    assert not [p for p in site.requests if p.startswith("/private/")]


def test_watch_backs_off_after_a_failed_poll(settings: Settings) -> None:
    with Site(STORIES) as site:
        source = site.url + "/missing.xml"
        poll(settings, source)
        poll(settings, source)
        state = Collection(settings).store.feed_state(source)
    assert state is not None and state.failures == 2 and "HTTP 404" in (state.last_error or "")
    assert state.next_poll is not None and state.next_poll > state.polled_at  # type: ignore[operator]


def test_watch_page_without_article_text_fails_once_and_is_not_fetched_again(settings: Settings) -> None:
    with Site(STORIES) as site:
        site.publish(1)
        original = site.answer

        def menu_only(path: str, headers: dict[str, str]) -> tuple[int, str, dict[str, str]]:
            status, body, extra = original(path, headers)  # counted
            return (status, "<html><body>Beranda | Nasional</body></html>", extra) if path.startswith("/read/") \
                else (status, body, extra)

        site.answer = menu_only
        first = poll(settings, site.url + "/feed.xml")
        site.publish(1)  # the feed changes, the failed page is listed again
        poll(settings, site.url + "/feed.xml")
    assert first.failed == 1
    assert pages_fetched(site)[f"/read/{STORIES[0].slug}.html"] == 1


def _watch(database: str, url: str, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen([LINIMASA, "--db", database, "watch", "-q", "--per-host", "0",
                             "--batch", "1", *extra, url], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _stored(database: str) -> int:
    with Collection(Settings(database=database)) as collection:
        return len(collection)


def _wait_for(condition, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.2)


@pytest.mark.slow  # two watch processes, a kill -9 and a SIGTERM (~15 s)
def test_watch_survives_kill_9_and_sigterm_stops_it_cleanly(settings: Settings) -> None:
    """The short form of benchmarks/soak_watch.py: killed mid-run, restarted, every item stored once, alerts once."""
    with Site(STORIES) as site:
        site.publish(4)
        subprocess.run([LINIMASA, "--db", settings.database, "alert", "add", "all",
                        "--query", "yang"], check=True, capture_output=True)
        run = _watch(settings.database, site.url + "/feed.xml", "--interval", "1", "--alerts")
        _wait_for(lambda: _stored(settings.database) >= 1)
        run.send_signal(signal.SIGKILL)
        run.wait()
        polled = site.requests["/feed.xml"]
        restarted = _watch(settings.database, site.url + "/feed.xml", "--interval", "1", "--alerts")
        _wait_for(lambda: _stored(settings.database) == 4)
        _wait_for(lambda: Collection(settings).store.unchecked_articles() == [])
        # a poll by the restarted run: it is past start-up and its signal handlers are in place
        _wait_for(lambda: site.requests["/feed.xml"] > polled)
        restarted.send_signal(signal.SIGTERM)
        out, err = restarted.communicate(timeout=60)
        store = Collection(settings).store
        matches = store.alert_matches("all")
    assert restarted.returncode == 0 and "stopped" in err
    assert max(pages_fetched(site).values()) <= 2  # only a page in flight at the kill is fetched again
    assert sum(pages_fetched(site).values()) <= 5
    assert len(matches) == len({m.item for m in matches}) == 4
    assert len(out.splitlines()) <= 4  # the restarted run printed only what the killed one had not found

