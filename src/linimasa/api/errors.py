"""Every error is a clear 4xx body: JSON under /api, a page elsewhere. Bad input never becomes a 500."""
from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException

from .queries import NotFound

ECHO_CHARS = 80  # a 1 MB bad parameter must not be echoed back whole


def _problems(exc: RequestValidationError) -> list[dict[str, Any]]:
    return [{"where": ".".join(str(p) for p in err.get("loc", ())), "problem": err.get("msg", ""),
             "got": str(err.get("input", ""))[:ECHO_CHARS]} for err in exc.errors()]


def _respond(request: Request, status: int, detail: str, problems: list[dict[str, Any]] | None = None) -> Response:
    if request.url.path.startswith("/api") or request.url.path == "/openapi.json":
        body: dict[str, Any] = {"status": status, "detail": detail}
        if problems:
            body["problems"] = problems
        return JSONResponse(body, status_code=status)
    from ..web.render import error_page

    return error_page(request, status, detail, problems or [])


def install_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        return _respond(request, 422, "invalid parameters", _problems(exc))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        return _respond(request, exc.status_code, str(exc.detail))

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> Response:
        return _respond(request, 404, str(exc)[:500])

    @app.exception_handler(ValueError)  # QueryError is a ValueError: a query the store cannot run
    async def bad_value(request: Request, exc: ValueError) -> Response:
        return _respond(request, 400, str(exc)[:500])
