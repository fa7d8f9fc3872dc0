"""Reliability: a hostile mixed batch, kill -9 in the middle of an ingest, readers during an ingest."""
from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest
from reliability import integrity, linimasa, mixed_batch, sample_rows, sqlite_count, write_csv

from linimasa.settings import Settings
from linimasa.store import open_store

EXIT_PARTIAL = 3
pytestmark = pytest.mark.slow  # CLI processes over big batches, killed and rerun


def test_reliability_mixed_batch_stores_good_once_and_reports_bad(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    good, bad = mixed_batch(inputs)
    database = str(tmp_path / "mixed.db")
    run = linimasa("--db", database, "ingest", "--quiet", str(inputs))
    _, stderr = run.communicate(timeout=600)
    reported = {line.split(": ", 1)[0]: line.split(": ", 1)[1] for line in stderr.decode().splitlines()
                if ": " in line and line.startswith(str(inputs))}

    assert run.returncode == EXIT_PARTIAL
    assert all(reported.get(path) or reported.get(f"{path}:1") for path in bad), "a bad input went unreported"
    assert not set(good) & set(reported), "a good input was reported as failed"
    store = open_store(Settings(database=database))
    ids = {source: store.resolve(source) for source in good}
    assert all(ids.values()), "a good input was not stored"
    assert all(ids[copy] == ids[original] for copy, original in good.items())
    assert store.count() == len(set(good.values()))
    store.close()


def _ingest_until(database: str, csv_path: Path, *, at_least: int, env: dict[str, str]) -> None:
    """Start an ingest and kill -9 its whole process group once ``at_least`` articles are committed."""
    run = linimasa("--db", database, "ingest", "--quiet", str(csv_path), env=env)
    while sqlite_count(database) < at_least and run.poll() is None:
        time.sleep(0.05)
    os.killpg(run.pid, signal.SIGKILL)
    run.wait()


def test_reliability_kill_9_during_ingest_then_rerun_is_exact(tmp_path: Path) -> None:
    csv_path = write_csv(tmp_path / "news.csv", sample_rows()[:120])
    env = {"LINIMASA_BATCH_SIZE": "10"}
    reference, crashed = str(tmp_path / "reference.db"), str(tmp_path / "crashed.db")
    assert linimasa("--db", reference, "ingest", "--quiet", str(csv_path), env=env).wait(timeout=600) in (0, 3)

    _ingest_until(crashed, csv_path, at_least=10, env=env)
    interrupted = integrity(crashed)
    assert 10 <= interrupted["articles"] < integrity(reference)["articles"]
    assert linimasa("--db", crashed, "ingest", "--quiet", str(csv_path), env=env).wait(timeout=600) in (0, 3)

    after = integrity(crashed)
    assert after == integrity(reference)
    assert after["indexed"] == after["articles"] and after["sources"] == after["distinct_sources"]
    assert after["without_source"] == after["incomplete_layers"] == 0


def test_reliability_api_reads_while_cli_ingests(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from linimasa.api import create_app

    database = str(tmp_path / "live.db")
    open_store(Settings(database=database)).close()  # migrated before either side starts
    csv_path = write_csv(tmp_path / "news.csv", sample_rows()[:80])
    run = linimasa("--db", database, "ingest", "--quiet", str(csv_path), env={"LINIMASA_BATCH_SIZE": "5"})
    seen = []
    with TestClient(create_app(Settings(database=database)), base_url="http://127.0.0.1") as client:  # a Host served
        while run.poll() is None or not seen:
            listing, search = client.get("/api/articles", params={"limit": 5}), client.get("/api/search",
                                                                                           params={"q": "jakarta"})
            assert listing.status_code == search.status_code == 200
            seen.append(listing.json()["total"])
        final = client.get("/api/articles", params={"limit": 1}).json()["total"]
    assert run.wait() in (0, 3)
    assert seen == sorted(seen), "a reader saw the collection shrink"
    assert final == sqlite_count(database) > 0


@pytest.mark.parametrize("kind", ["empty", "binary"])
def test_reliability_all_bad_batch_exits_failed(tmp_path: Path, kind: str) -> None:
    path = tmp_path / f"{kind}.txt"
    path.write_bytes(b"" if kind == "empty" else bytes(range(256)))
    run = linimasa("--db", str(tmp_path / "x.db"), "ingest", "--quiet", str(path))
    _, stderr = run.communicate(timeout=120)
    assert run.returncode == 1 and stderr.decode().startswith(f"{path}: ")
