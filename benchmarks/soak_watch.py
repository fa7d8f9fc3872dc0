"""Soak: ``linimasa watch`` against a local news site publishing a CLICK-ID article every few seconds, killed
with SIGKILL halfway and restarted, then stopped with SIGTERM. Checks: every published item stored exactly
once, no page fetched again but the one in flight at the kill, every alert match stored once and printed at
most once, a clean exit. Local only (127.0.0.1). Not a unit test; tests/test_watch.py has a short version.

    .venv/bin/python benchmarks/soak_watch.py --minutes 10 --every 3
"""
from __future__ import annotations

import argparse
import json
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from feedserver import Site, click_id_stories  # noqa: E402

from linimasa.settings import Settings  # noqa: E402
from linimasa.store import open_store  # noqa: E402

LINIMASA = str(Path(sys.executable).parent / "linimasa")
ALERTS = (("semua", "--query", "yang"), ("konsultasi", "--type", "CONSULT"), ("jakarta", "--entity", "loc:jakarta"))


def watch(database: str, feed: str, out: Path) -> subprocess.Popen[bytes]:
    with out.open("ab") as sink:
        return subprocess.Popen([LINIMASA, "--db", database, "watch", "-q", "--alerts", "--interval", "2",
                                 "--per-host", "0", "--batch", "5", feed], stdout=sink, stderr=subprocess.PIPE)


def publisher(site: Site, every: float, until: float, stop: threading.Event) -> None:
    while time.monotonic() < until and not stop.wait(every):
        site.publish(1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--minutes", type=float, default=10)
    parser.add_argument("--every", type=float, default=3, help="seconds between two published articles")
    parser.add_argument("--catch-up", type=float, default=300, help="seconds allowed to finish after the last one")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="soak-watch-"))
    database, lines = str(work / "soak.db"), work / "alerts.jsonl"
    for name, *option in ALERTS:
        subprocess.run([LINIMASA, "--db", database, "alert", "add", name, *option], check=True, capture_output=True)
    count = int(args.minutes * 60 / args.every) + 1
    with Site(click_id_stories(count)) as site:
        site.publish(1)
        start = time.monotonic()
        end = start + args.minutes * 60
        stop = threading.Event()
        threading.Thread(target=publisher, args=(site, args.every, end, stop), daemon=True).start()
        run = watch(database, site.url + "/feed.xml", lines)
        time.sleep(max(end - time.monotonic(), 0) / 2)
        run.send_signal(signal.SIGKILL)
        run.wait()
        killed_at = len(site.live)
        time.sleep(2)
        run = watch(database, site.url + "/feed.xml", lines)
        time.sleep(max(end - time.monotonic(), 0))
        stop.set()
        published = len(site.live)
        caught_up = wait_for_catch_up(database, published, deadline=time.monotonic() + args.catch_up)
        run.send_signal(signal.SIGTERM)
        _, err = run.communicate(timeout=120)
        report(database, site, lines, published=published, killed_at=killed_at, caught_up=caught_up,
               exit_code=run.returncode, stderr=err.decode(), seconds=time.monotonic() - start)


def wait_for_catch_up(database: str, published: int, *, deadline: float) -> float | None:
    """Seconds until every published item is stored or failed and the alerts have seen every article."""
    began = time.monotonic()
    while time.monotonic() < deadline:
        store = open_store(Settings(database=database))
        try:
            done = sum(store.item_counts().values()) >= published and not store.unchecked_articles()
        finally:
            store.close()
        if done:
            return time.monotonic() - began
        time.sleep(1)
    return None


def report(database: str, site: Site, lines: Path, *, published: int, killed_at: int, caught_up: float | None,
           exit_code: int, stderr: str, seconds: float) -> None:
    store = open_store(Settings(database=database))
    items, articles = store.item_counts(), store.count()
    matches = {name: store.alert_matches(name, limit=100_000) for name, *_ in ALERTS}
    store.close()
    pages = Counter({p: n for p, n in site.requests.items() if p.startswith("/read/")})
    printed = Counter((d["alert"], d["id"]) for d in map(json.loads, lines.read_text().splitlines()))
    stored_pairs = {(m.alert, m.item) for found in matches.values() for m in found}
    checks = {
        "every published item stored or failed once": sum(items.values()) == published,
        "articles stored == items stored": articles == items.get("stored", 0),
        "pages fetched again (only the one in flight at the kill)": sum(n - 1 for n in pages.values()) <= 1,
        "alert matches stored once": all(len(f) == len({m.item for m in f}) for f in matches.values()),
        "alert lines printed at most once, each a stored match": max(printed.values(), default=1) == 1
        and set(printed) <= stored_pairs,
        "clean exit on SIGTERM": exit_code == 0 and "stopped" in stderr,
        "caught up after the last article": caught_up is not None,
    }
    print(f"{seconds / 60:.1f} min, {published} articles published ({killed_at} before the kill -9), "
          f"items {dict(items)}, {articles} articles stored, {sum(pages.values())} page fetches for {len(pages)} pages,"
          " "
          f"feed fetched {site.requests['/feed.xml']} times; caught up {caught_up and round(caught_up, 1)} s after "
          f"the last; alert matches {({k: len(v) for k, v in matches.items()})}, {sum(printed.values())} printed")
    for name, ok in checks.items():
        print(f"{'PASS' if ok else 'FAIL'}  {name}")
    print(stderr.strip().splitlines()[-1] if stderr.strip() else "(no stderr)")
    sys.exit(0 if all(checks.values()) else 1)


if __name__ == "__main__":
    main()
