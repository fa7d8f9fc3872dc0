"""Hostile input against every endpoint: clear 4xx answers, never a 5xx; a hypothesis fuzz of parameters."""
from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from webdata import HOSTILE_ID, client, web_settings  # noqa: F401 - fixtures

MEGABYTE = "a" * 1_000_000
LISTINGS = ("/api/articles", "/api/search", "/api/entities", "/api/stories", "/api/events", "/api/quotes",
            "/", "/search", "/entities", "/articles", "/stories", "/quotes", "/disputed")


@pytest.mark.parametrize("q", [
    "NEAR(", '"', "*", "AND OR", "'; DROP TABLE articles;--", "a" * 501, "", "   ", "title:rusia",
    "(rusia", "rusia^2", "{rusia}", "NOT", "-", "\x00", "rusia\\", "<script>alert(1)</script>",
])
def test_api_hostile_search_is_4xx(client: TestClient, q: str) -> None:
    response = client.get("/api/search", params={"q": q})
    assert 400 <= response.status_code < 500
    assert response.json()["detail"]


def asgi_status(app: object, path: str, query: bytes) -> int:
    """Call the app directly: HTTP clients refuse to send a megabyte of query string."""
    sent: list[dict] = []

    async def receive() -> dict:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict) -> None:
        sent.append(message)

    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET", "scheme": "http",
             "path": path, "raw_path": path.encode(), "query_string": query, "root_path": "",
             "headers": [(b"host", b"test")], "server": ("test", 80), "client": ("127.0.0.1", 1)}
    # a fresh thread: another test (Playwright's sync API) may leave an event loop running in this one
    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(asyncio.run, app(scope, receive, send)).result()  # type: ignore[operator]
    return sent[0]["status"]


@pytest.mark.parametrize("q", ["rusia OR", '"unclosed phrase', "Ma'ruf Amin", "-rusia korea", "Kim Jong-un"])
def test_api_odd_but_valid_search_answers(client: TestClient, q: str) -> None:
    response = client.get("/api/search", params={"q": q})
    assert response.status_code == 200
    assert response.json()["q"] == q


@pytest.mark.parametrize(("path", "name"), [
    ("/api/search", "q"), ("/search", "q"), ("/api/events", "since"), ("/api/events", "outlet"),
    ("/api/quotes", "speaker"), ("/api/entities", "label"), ("/", "entity"),
])
def test_api_megabyte_parameter_is_4xx(client: TestClient, path: str, name: str) -> None:
    assert 400 <= asgi_status(client.app, path, f"{name}={quote(MEGABYTE)}".encode()) < 500


@pytest.mark.parametrize("path", [
    "/api/articles/../../etc/passwd", "/api/articles/..%2F..%2Fetc%2Fpasswd", "/api/articles/%2e%2e%2fsecret",
    "/api/entities/..%2F..%2Fetc%2Fpasswd", "/api/stories/%00", "/api/events/a%20b",
    "/static/../../etc/passwd", "/static/..%2F..%2F..%2Fetc%2Fpasswd", "/static/%2e%2e/%2e%2e/pyproject.toml",
    "/articles/..%2F..%2Fetc%2Fpasswd", "/entities/" + "x" * 5000, "/api/articles/" + "f" * 65,
    "/api/articles/zzzzzz", "/api/entities/no-such-entity", "/api/stories/no-such-story", "/api/events/no-such",
    "/api/export/../../etc/passwd", "/api/export/events.xml", "/nowhere", "/api/nowhere",
])
def test_api_path_traversal_and_unknown_ids_are_4xx(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert 400 <= response.status_code < 500
    assert "root:" not in response.text


@pytest.mark.parametrize("endpoint", LISTINGS)
@pytest.mark.parametrize("query", [
    {"limit": 10**9}, {"limit": 0}, {"limit": -1}, {"offset": -1}, {"offset": 10**12}, {"limit": "abc"},
    {"offset": "1e3"}, {"limit": "9" * 400}, {"limit": "1; DROP TABLE articles"},
])
def test_api_pagination_abuse_is_4xx(client: TestClient, endpoint: str, query: dict[str, object]) -> None:
    response = client.get(endpoint, params=query | ({"q": "rusia"} if "search" in endpoint else {}))
    assert 400 <= response.status_code < 500


@pytest.mark.parametrize("query", [
    {"since": "yesterday"}, {"until": "2023-13-45-1"}, {"type": "DROP"}, {"disputed": "maybe"},
    {"outlet": "x" * 1000}, {"entity": "x" * 1000}, {"since": "2" * 60_000},
])
def test_api_event_filter_abuse_is_4xx(client: TestClient, query: dict[str, str]) -> None:
    assert 400 <= client.get("/api/events", params=query).status_code < 500


@pytest.mark.parametrize(("method", "path"), [
    ("POST", "/api/articles"), ("PUT", f"/api/articles/{HOSTILE_ID}"), ("DELETE", f"/api/articles/{HOSTILE_ID}"),
    ("PATCH", "/api/events"), ("POST", "/api/search"),
])
def test_api_writes_refused_when_read_only(client: TestClient, method: str, path: str) -> None:
    assert client.request(method, path, json={"text": "x"}).status_code in {404, 405}


PARAM = st.one_of(st.text(max_size=60), st.integers(min_value=-(10**12), max_value=10**12).map(str),
                  st.sampled_from(["NEAR(", '"', "*", "AND", "OR", "-", "'", ";", "%", "..", "\\", "\x00"]))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(endpoint=st.sampled_from(LISTINGS),
       params=st.dictionaries(st.sampled_from(["q", "limit", "offset", "since", "until", "type", "entity", "outlet",
                                               "disputed", "label", "speaker", "lang"]), PARAM, max_size=4))
def test_api_fuzzed_parameters_never_5xx(client: TestClient, endpoint: str, params: dict[str, str]) -> None:
    response = client.get(endpoint, params=params)
    assert response.status_code < 500, (endpoint, params, response.text[:300])
