"""The JSON API over the seeds and a hostile article, through the ASGI test client."""
from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from webdata import HOSTILE_ENTITY, HOSTILE_ID, IMG, SCRIPT, client, web_settings  # noqa: F401 - fixtures

from linimasa.api.exports import KINDS


@pytest.mark.parametrize(("path", "keys"), [
    ("/api/articles", {"total", "limit", "offset", "items"}),
    ("/api/search?q=pertahanan", {"total", "items", "q"}),
    ("/api/entities", {"total", "items"}),
    ("/api/stories", {"total", "items"}),
    ("/api/events", {"total", "items"}),
    ("/api/quotes", {"total", "items"}),
    (f"/api/articles/{HOSTILE_ID}", {"text", "timexes", "entities", "quotes", "events", "warnings", "sources"}),
    (f"/api/entities/{HOSTILE_ENTITY}", {"aliases", "roles", "cooccurring", "network", "events"}),
    ("/openapi.json", {"openapi", "paths"}),
])
def test_api_endpoint_answers(client: TestClient, path: str, keys: set[str]) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert keys <= set(response.json())


def test_api_articles_paginate(client: TestClient) -> None:
    first = client.get("/api/articles?limit=2").json()
    second = client.get("/api/articles?limit=2&offset=2").json()
    assert first["total"] == second["total"] >= 6
    assert {a["id"] for a in first["items"]}.isdisjoint(a["id"] for a in second["items"])


def test_api_article_layers_are_spans_into_its_text(client: TestClient) -> None:
    body = client.get(f"/api/articles/{HOSTILE_ID}").json()
    for layer in ("timexes", "entities", "quotes", "warnings"):
        for item in body[layer]:
            assert body["text"][item["start"]:item["end"]] == item["text"]


def test_api_search_is_stemmed_with_highlights_in_snippet(client: TestClient) -> None:
    body = client.get("/api/search", params={"q": "mempertahankan"}).json()
    assert body["total"] >= 1
    for hit in body["items"]:
        for start, end in hit["highlights"]:
            assert hit["snippet"][start:end].strip()


@pytest.mark.parametrize(("query", "check"), [
    ({"type": "AGREE"}, lambda e: e["type"] == "AGREE"),
    ({"disputed": "true"}, lambda e: e["disputed"]),
    ({"since": "2023-07-26", "until": "2023-07-26"}, lambda e: e["date"].startswith("2023-07-26")),
    ({"entity": HOSTILE_ENTITY}, lambda e: HOSTILE_ENTITY in [a["id"] for a in e["actors"]]),
    ({"outlet": IMG}, lambda e: HOSTILE_ID in e["sources"]),
    ({"outlet": IMG.upper()}, lambda e: HOSTILE_ID in e["sources"]),  # outlets match case-insensitively
])
def test_api_events_filter(client: TestClient, query: dict[str, str], check: object) -> None:
    body = client.get("/api/events", params=query).json()
    assert body["items"]
    assert all(check(e) for e in body["items"])  # type: ignore[operator]


def test_api_event_detail_has_evidence_sentences(client: TestClient) -> None:
    event = client.get("/api/events", params={"entity": HOSTILE_ENTITY}).json()["items"][0]
    detail = client.get(f"/api/events/{event['id']}").json()
    assert [e["article"]["id"] for e in detail["evidence"]] == [HOSTILE_ID]
    assert SCRIPT in detail["evidence"][0]["text"]


@pytest.mark.parametrize("speaker", [HOSTILE_ENTITY, IMG])
def test_api_quotes_by_speaker(client: TestClient, speaker: str) -> None:
    body = client.get("/api/quotes", params={"speaker": speaker}).json()
    assert body["total"] == 1
    assert body["items"][0]["speaker_id"] == HOSTILE_ENTITY


def test_api_story_lists_its_articles(client: TestClient) -> None:
    story = client.get("/api/stories?limit=200").json()["items"][0]
    detail = client.get(f"/api/stories/{story['id']}").json()
    assert len(detail["articles"]) == story["size"]


@pytest.mark.parametrize("kind", KINDS)
def test_api_export_kind(client: TestClient, kind: str) -> None:
    response = client.get(f"/api/export/{kind}")
    assert response.status_code == 200
    assert response.text.strip()
    if kind.endswith(".json"):
        json.loads(response.text)


def test_api_export_timelinejs_escapes_html(client: TestClient) -> None:
    text = client.get("/api/export/timelinejs.json").text
    assert "<script>" not in text and "<img" not in text
    assert json.loads(text)["events"]


def test_api_is_read_only_by_default(client: TestClient) -> None:
    methods = {m for route in client.app.routes for m in getattr(route, "methods", ())}
    assert methods <= {"GET", "HEAD"}
    assert client.post("/api/articles", json={"text": "Teks baru."}).status_code == 405


def test_api_memo_recomputes_after_a_commit(tmp_path: object) -> None:
    from webdata import hostile_article

    from linimasa.api.memo import Memo
    from linimasa.store.sqlite import SQLiteStore

    path = str(tmp_path / "memo.db")  # type: ignore[operator]
    store, memo, calls = SQLiteStore(path), Memo(path), []

    def count() -> int:
        calls.append(1)
        return store.count()

    assert [memo.get("n", count), memo.get("n", count)] == [0, 0]
    store.add([hostile_article()])
    assert memo.get("n", count) == 1
    assert len(calls) == 2


def test_api_event_listing_leaves_evidence_records_to_the_detail(client: TestClient) -> None:
    items = client.get("/api/events", params={"limit": 200}).json()["items"]
    details = [client.get(f"/api/events/{e['id']}").json() for e in items]
    assert any("evidence" in d["data"] for d in details)
    for listed, detail in zip(items, details, strict=True):
        assert listed["data"] == {k: v for k, v in detail["data"].items() if k != "evidence"}
