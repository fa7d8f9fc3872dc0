"""Names as people type them: entity, speaker, party and outlet filters take aliases, short names and domains;
entity search and suggestions; and the timeline's order and background filter."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from webdata import client, web_settings  # noqa: F401 - fixtures


@pytest.mark.parametrize(("query", "actor"), [
    ({"entity": "KPK"}, "Komisi Pemberantasan Korupsi"), ({"entity": "kpk"}, "Komisi Pemberantasan Korupsi"),
    ({"entity": "Korut"}, "Korea Utara"), ({"entity": "DPRK"}, "Korea Utara"), ({"entity": "Kim"}, "Kim Jong-un"),
    ({"entity": "Kim Jong Un"}, "Kim Jong-un"), ({"entity": "loc:korea-utara"}, "Korea Utara"),
])
def test_api_names_entity_filter_takes_any_alias(client: TestClient, query: dict, actor: str) -> None:
    items = client.get("/api/events", params=query | {"limit": 200}).json()["items"]
    assert items and all(actor in [a["name"] for a in e["actors"]] for e in items)


@pytest.mark.parametrize(("outlet", "expected"), [("tempo.co", "Tempo"), ("TEMPO", "Tempo"),
                                                  ("nasional.tempo.co", "Tempo"), ("republika.co.id", "Republika"),
                                                  ("kompas.tv", "Kompas TV")])
def test_api_names_outlet_filter_takes_a_domain(client: TestClient, outlet: str, expected: str) -> None:
    items = client.get("/api/events", params={"outlet": outlet}).json()["items"]
    assert items
    for event in items:
        outlets = {a["article"]["outlet"] for a in client.get(f"/api/events/{event['id']}").json()["evidence"]}
        assert expected in outlets


def test_api_names_unknown_name_finds_nothing(client: TestClient) -> None:
    assert client.get("/api/events", params={"entity": "Tidak Ada Orang Ini"}).json()["total"] == 0
    assert client.get("/api/events", params={"outlet": "nowhere.example"}).json()["total"] == 0


def test_api_names_speaker_filter_takes_a_short_name(client: TestClient) -> None:
    quotes = client.get("/api/quotes", params={"speaker": "Jokowi"}).json()["items"]
    assert quotes and {q["speaker_id"] for q in quotes} == {"per:joko-widodo"}


@pytest.mark.parametrize(("q", "found"), [("jokowi", "Joko Widodo"), ("Pemberantasan", "Komisi Pemberantasan Korupsi"),
                                          ("korut", "Korea Utara")])
def test_api_names_entity_search(client: TestClient, q: str, found: str) -> None:
    body = client.get("/api/entities", params={"q": q}).json()
    assert found in [e["name"] for e in body["items"]] and body["total"] == len(body["items"])


def test_api_names_entity_search_with_a_label(client: TestClient) -> None:
    items = client.get("/api/entities", params={"q": "korea", "label": "LOC"}).json()["items"]
    assert items and {e["label"] for e in items} == {"LOC"}


@pytest.mark.parametrize(("kind", "q", "value", "label"), [
    ("entities", "jok", "Jokowi", "Joko Widodo"), ("entities", "KP", "KPK", "Komisi Pemberantasan Korupsi"),
    ("outlets", "tem", "Tempo", "2 artikel"),
])
def test_api_names_suggestions(client: TestClient, kind: str, q: str, value: str, label: str) -> None:
    items = client.get(f"/api/suggest/{kind}", params={"q": q}).json()["items"]
    assert {"value": value, "label": label} in items


@pytest.mark.parametrize(("sort", "ordered"), [("newest", lambda d: d == sorted(d, reverse=True)),
                                               ("oldest", lambda d: d == sorted(d))])
def test_api_names_timeline_sort(client: TestClient, sort: str, ordered: object) -> None:
    dates = [e["date"] for e in client.get("/api/events", params={"sort": sort, "limit": 200}).json()["items"]
             if e["date"]]
    assert len(dates) > 5 and ordered(dates)  # type: ignore[operator]


def test_api_names_newest_first_by_default(client: TestClient) -> None:
    first = client.get("/api/events", params={"limit": 1}).json()["items"][0]
    assert first["date"] == "2024-09-14"

