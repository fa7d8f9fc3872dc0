"""The real server over a socket: loopback by default, and requests no HTTP client would send are 4xx."""
from __future__ import annotations

import socket
from urllib.parse import urlsplit

import pytest

from linimasa.cli import commands


def raw_status(server_url: str, request: bytes) -> int:
    address = urlsplit(server_url)
    with socket.create_connection((address.hostname, address.port), timeout=30) as sock:
        sock.sendall(request)
        head = sock.recv(64).decode("latin-1")
    return int(head.split()[1])


def test_serve_binds_loopback_by_default() -> None:
    serve = commands().commands["serve"]
    assert {p.name: p.default for p in serve.params}["host"] == "127.0.0.1"


@pytest.mark.parametrize("request_bytes", [
    b"GET /api/search?q=" + b"a" * 1_000_000 + b" HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET /api/search?q=" + b"%27%3B%20DROP" * 1000 + b" HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET /static/../../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET /api/articles/../../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET /api/events?limit=99999999999999999999999 HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GARBAGE\r\n\r\n",
])
def test_serve_refuses_hostile_requests_with_4xx(server_url: str, request_bytes: bytes) -> None:
    assert 400 <= raw_status(server_url, request_bytes) < 500
