"""The write API (``serve --write``): an article is checked as ingest checks one, and oversized bodies get 413."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from linimasa.alerts import checked_alert
from linimasa.api import create_app
from linimasa.settings import Settings
from linimasa.store import open_store

# seed 003's opening: a real article sentence, long enough to be one
TEXT = ("SEOUL, KOMPAS.TV - Pemimpin Korea Utara, Kim Jong-un bertemu Presiden Rusia Vladimir Putin di Rusia, "
        "berjanji memberi dukungan penuh kepada Rusia selama pertemuan di pusat peluncuran roket Rusia, "
        "Rabu (13/9/2023).")


@pytest.fixture
def writer(tmp_path: Path) -> Iterator[TestClient]:
    settings = Settings(database=str(tmp_path / "w.db"), allowed_hosts="testserver", max_request_bytes=100_000)
    with TestClient(create_app(settings, write=True)) as client:
        yield client


@pytest.mark.parametrize(("published", "stored", "inferred"), [
    (None, "2023-09-13", True),  # read from the text's "Rabu (13/9/2023)"
    ("2023-09-13T21:10:00+07:00", "2023-09-13T21:10+07:00", False), ("Rabu, 13 September 2023", "2023-09-13", False),
])
def test_api_write_adds_an_article(writer: TestClient, published: str | None, stored: str, inferred: bool) -> None:
    created = writer.post("/api/articles", json={"text": TEXT, "title": "Kim bertemu Putin", "published": published})
    assert created.status_code == 201, created.text
    article = writer.get(f"/api/articles/{created.json()['id']}").json()
    assert (article["text"], article["published"], article["published_inferred"]) == (TEXT, stored, inferred)


def test_api_write_updates_the_timeline_as_ingest_does(writer: TestClient, seed_paths: list[Path]) -> None:
    seed = seed_paths[0].read_text(encoding="utf-8")
    created = writer.post("/api/articles", json={"text": seed})
    again = writer.post("/api/articles", json={"text": seed, "url": "https://contoh.id/ulang"})
    (story,) = writer.get("/api/stories").json()["items"]
    events = writer.get("/api/events").json()
    assert created.status_code == again.status_code == 201
    assert (created.json()["new"], again.json()["new"], again.json()["id"]) == (True, False, created.json()["id"])
    assert created.json()["timeline_entries"] == events["total"] > 0
    assert story["size"] == 1 and {e["story_id"] for e in events["items"]} == {story["id"]}


@pytest.mark.parametrize(("body", "field"), [
    ({"text": TEXT, "published": "not a date <script>"}, "body.published"),
    ({"text": TEXT, "published": "2023-02-31"}, "body.published"),
    ({"text": "Kim bertemu Putin."}, "body.text"),
    ({"text": "x"}, "body.text"),
    ({"title": "no text"}, "body.text"),
])
def test_api_write_refuses_what_ingest_refuses(writer: TestClient, body: dict, field: str) -> None:
    response = writer.post("/api/articles", json=body)
    assert response.status_code == 422
    assert field in [p["where"] for p in response.json()["problems"]]
    assert writer.get("/api/articles").json()["total"] == 0


def test_api_write_declared_oversized_body_is_413(writer: TestClient) -> None:
    response = writer.post("/api/articles", content=b"{" + b" " * 200_000 + b"}",
                           headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert response.json()["status"] == 413 and "max_request_bytes" in response.json()["detail"]


def test_api_write_chunked_oversized_body_is_413(writer: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(50):
            yield b"a" * 10_000  # 500 kB in all, with no Content-Length
        yield b'"}'

    response = writer.post("/api/articles", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413


def test_api_write_evaluates_the_alerts_as_ingest_does(tmp_path: Path) -> None:
    settings = Settings(database=str(tmp_path / "a.db"), allowed_hosts="testserver")
    store = open_store(settings)
    try:
        store.put_alert(checked_alert("putin", "query", "Putin"))
        store.put_alert(checked_alert("habibie", "query", "Habibie"))
    finally:
        store.close()
    with TestClient(create_app(settings, write=True)) as client:
        created = client.post("/api/articles", json={"text": TEXT, "title": "Kim bertemu Putin"})
        feed = client.get("/feeds/alerts/putin.atom")
        other = client.get("/feeds/alerts/habibie.atom")
    assert created.status_code == 201 and created.json()["alert_matches"] == 1
    assert f"/articles/{created.json()['id']}" in feed.text and "/articles/" not in other.text
