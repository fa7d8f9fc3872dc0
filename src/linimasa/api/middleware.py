"""HTTP hardening as plain ASGI middleware: security headers, allowed Host names, a request-body limit, HEAD.

Plain ASGI rather than Starlette's BaseHTTPMiddleware: the body limit must count bytes as they are
received, and HEAD must reach the GET routes without FastAPI declaring a HEAD twin for each.
"""
from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import urlsplit

from starlette.exceptions import HTTPException
from starlette.requests import Request

from ..settings import Settings

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]

DEFAULT_BASE_URL = "http://127.0.0.1:8000"
LOOPBACK = frozenset({"localhost", "127.0.0.1", "::1"})  # an IP literal cannot be rebound by DNS
# No inline script or style anywhere (the pages use none), no plug-ins, no framing, forms post only here.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none';"
       " base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = ((b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
                    (b"x-frame-options", b"DENY"), (b"referrer-policy", b"no-referrer"))


def base_url(settings: Settings) -> str:
    """Where the server is reached, for absolute links: configured, never taken from a request's Host."""
    return (settings.base_url or DEFAULT_BASE_URL).rstrip("/")


def allowed_hosts(settings: Settings, bind: str) -> frozenset[str]:
    """The Host names served: as configured, else the bind address, loopback names and the base URL's host."""
    if settings.allowed_hosts.strip():
        return frozenset(h.strip().lower() for h in settings.allowed_hosts.split(",") if h.strip())
    return LOOPBACK | {bind.lower(), (urlsplit(base_url(settings)).hostname or "").lower()}


def _host_name(scope: Scope) -> str:
    raw = next((v.decode("latin-1") for k, v in scope.get("headers", ()) if k == b"host"), "")
    return (urlsplit(f"//{raw}").hostname or "") if raw.isascii() else ""


async def _refuse(scope: Scope, receive: Receive, send: Send, status: int, detail: str) -> None:
    from .errors import problem_response  # errors renders pages, which import the app's templates

    await problem_response(Request(scope), status, detail)(scope, receive, send)


class SecurityHeaders:
    """Adds the security headers to every response, errors and static files included."""

    def __init__(self, app: App) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", ())}
                message["headers"] = [*message.get("headers", ()), *(h for h in SECURITY_HEADERS if h[0] not in names)]
            await send(message)

        await self.app(scope, receive, with_headers)


class AllowedHosts:
    """Refuses requests whose Host is not served (DNS rebinding would otherwise reach a loopback server)."""

    def __init__(self, app: App, *, hosts: frozenset[str]) -> None:
        self.app, self.hosts = app, hosts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and _host_name(scope).lower() not in self.hosts:
            return await _refuse(scope, receive, send, 400, "this server does not answer to that Host name")
        await self.app(scope, receive, send)


class BodyLimit:
    """413 for a request body over ``limit`` bytes: by its Content-Length before reading a byte, or as soon
    as a chunked body passes the limit, so an oversized body is never held whole."""

    def __init__(self, app: App, *, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = next((v for k, v in scope.get("headers", ()) if k == b"content-length"), b"")
        if declared.isdigit() and int(declared) > self.limit:
            return await _refuse(scope, receive, send, 413, self._detail())
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:
                raise HTTPException(413, self._detail())  # FastAPI re-raises it from body parsing
            return message

        await self.app(scope, counted, send)

    def _detail(self) -> str:
        return f"request body larger than {self.limit:,} bytes (max_request_bytes)"


class HeadAsGet:
    """Answers HEAD on every GET route: the GET response's status and headers, without its body."""

    def __init__(self, app: App) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            return await self.app(scope, receive, send)

        async def no_body(message: Message) -> None:
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, no_body)
