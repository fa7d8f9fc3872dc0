"""The real server over a socket: loopback by default, hardened headers on every answer, only its own Host
names, HEAD and 405 as HTTP says, an oversized body refused before it is read, and hostile requests 4xx."""
from __future__ import annotations

import socket
from urllib.parse import urlsplit

import httpx
import pytest
from webdata import HOSTILE_ID

from linimasa.api.middleware import CSP
from linimasa.cli import commands


def raw_response(server_url: str, request: bytes, *, read: int = 4096) -> str:
    """The server's answer (its first ``read`` bytes) to bytes no HTTP client would send (or send in that order)."""
    address = urlsplit(server_url)
    received = b""
    with socket.create_connection((address.hostname, address.port), timeout=30) as sock:
        sock.sendall(request)
        while len(received) < read and (b"\r\n\r\n" not in received or not received.rstrip().endswith(b"}")):
            if not (chunk := sock.recv(read)):
                break
            received += chunk
    return received.decode("latin-1")


def raw_status(server_url: str, request: bytes) -> int:
    return int(raw_response(server_url, request, read=64).split()[1])


def test_serve_binds_loopback_by_default() -> None:
    serve = commands().commands["serve"]
    assert {p.name: p.default for p in serve.params}["host"] == "127.0.0.1"


@pytest.mark.parametrize("request_bytes", [
    b"GET /api/search?q=" + b"a" * 1_000_000 + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
    b"GET /api/search?q=" + b"%27%3B%20DROP" * 1000 + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
    b"GET /static/../../../etc/passwd HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
    b"GET /api/articles/../../../etc/passwd HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
    b"GET /api/events?limit=99999999999999999999999 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
    b"GARBAGE\r\n\r\n",
])
def test_serve_refuses_hostile_requests_with_4xx(server_url: str, request_bytes: bytes) -> None:
    assert 400 <= raw_status(server_url, request_bytes) < 500


@pytest.mark.parametrize("path", ["/", "/api/events", f"/articles/{HOSTILE_ID}", "/static/app.css", "/nowhere",
                                  "/api/events?since=2019-13-45", "/openapi.json", "/favicon.ico"])
def test_serve_security_headers_on_every_answer(server_url: str, path: str) -> None:
    headers = httpx.get(server_url + path).headers
    assert headers["content-security-policy"] == CSP
    assert "script-src 'self'" in CSP and "unsafe-inline" not in CSP and "frame-ancestors 'none'" in CSP
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"
    assert headers["referrer-policy"] == "no-referrer"


@pytest.mark.parametrize(("host", "status"), [
    ("127.0.0.1", 200), ("localhost", 200), ("LOCALHOST:8000", 200), ("evil.example", 400),
    ("evil.example:80", 400), ("127.0.0.1.evil.example", 400), ("", 400),
])
def test_serve_answers_only_its_own_host_names(server_url: str, host: str, status: int) -> None:
    response = httpx.get(server_url + "/api/events?limit=1", headers={"Host": host})
    assert response.status_code == status
    if status == 400:
        assert "Host" in response.json()["detail"] and "evil" not in response.text


def test_serve_links_never_echo_the_host_header(server_url: str) -> None:
    """Links in pages are relative and absolute ones come from the base URL: a forged Host never shows."""
    for path in ["/", "/?offset=1&limit=1", "/entities?limit=1", "/openapi.json", "/api/export/timelinejs.json"]:
        response = httpx.get(server_url + path, headers={"Host": "localhost", "X-Forwarded-Host": "evil.example"})
        assert response.status_code == 200 and "evil.example" not in response.text


@pytest.mark.parametrize("path", ["/", "/api/events", "/api/nowhere", "/openapi.json", "/static/app.css"])
def test_serve_head_answers_like_get_without_a_body(server_url: str, path: str) -> None:
    get, head = httpx.get(server_url + path), httpx.head(server_url + path)
    assert head.status_code == get.status_code and head.content == b""
    assert head.headers["content-type"] == get.headers["content-type"]


@pytest.mark.parametrize("method", ["TRACE", "POST", "DELETE", "PUT"])
def test_serve_405_names_the_allowed_methods(server_url: str, method: str) -> None:
    response = httpx.request(method, server_url + "/api/events")
    assert response.status_code == 405
    assert set(response.headers["allow"].replace(" ", "").split(",")) == {"GET", "HEAD"}


def test_serve_write_refuses_a_large_body_before_reading_it(write_server_url: str) -> None:
    """10 MB declared against a 1 MB limit: the 413 comes back while the client has sent only the headers."""
    head = raw_response(write_server_url, b"POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                          b"Content-Type: application/json\r\nContent-Length: 10000000\r\n\r\n")
    assert head.startswith("HTTP/1.1 413")
    assert "max_request_bytes" in head and "content-security-policy" in head.lower()


def test_serve_write_refuses_a_large_chunked_body(write_server_url: str) -> None:
    def chunks():
        yield b'{"text": "'
        for _ in range(32):
            yield b"a" * 65_536
        yield b'"}'

    response = httpx.post(write_server_url + "/api/articles", content=chunks(),
                          headers={"content-type": "application/json"})
    assert response.status_code == 413
