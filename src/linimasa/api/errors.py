"""Every error is a clear 4xx body: the problem JSON under /api, a page in the UI's language elsewhere.

Bad input never becomes a 500. ``Problem`` is the body's schema, declared in OpenAPI for each status sent.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException

from .queries import NotFound

ECHO_CHARS = 80  # a 1 MB bad parameter must not be echoed back whole


class FieldProblem(BaseModel):
    where: str  # "query.since", "body.published"
    problem: str
    got: str


class Problem(BaseModel):
    """The body of every error answer."""

    status: int
    detail: str
    problems: list[FieldProblem] | None = None


def documented(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` for the error statuses a route sends, all with the Problem body."""
    return {status: {"model": Problem, "description": DESCRIPTIONS[status]} for status in statuses}


DESCRIPTIONS = {400: "A query the store cannot run (e.g. search syntax).", 404: "No such item.",
                413: "The request body is over the size limit.",
                422: "Invalid parameters or body: each problem names its field."}


def problems_of(exc: RequestValidationError) -> list[dict[str, Any]]:
    return [{"where": ".".join(str(p) for p in err.get("loc", ())),
             "problem": err.get("msg", "").removeprefix("Value error, "),
             "got": str(err.get("input", ""))[:ECHO_CHARS]} for err in exc.errors()]


def problem_response(request: Request, status: int, detail: str, problems: list[dict[str, Any]] | None = None,
                     headers: dict[str, str] | None = None) -> Response:
    if request.url.path.startswith("/api") or request.url.path == "/openapi.json":
        body = Problem(status=status, detail=detail, problems=[FieldProblem(**p) for p in problems or ()] or None)
        return JSONResponse(body.model_dump(exclude_none=True), status_code=status, headers=headers)
    from ..web.render import error_page

    response = error_page(request, status, detail, problems or [])
    response.headers.update(headers or {})
    return response


def _allow(headers: Mapping[str, str] | None) -> dict[str, str] | None:
    """A 405's Allow header, with HEAD wherever GET is (HeadAsGet answers it)."""
    if not headers or "Allow" not in headers:
        return dict(headers) if headers else None
    methods = [m.strip() for m in headers["Allow"].split(",")]
    return dict(headers) | {"Allow": ", ".join(sorted({*methods, *(["HEAD"] if "GET" in methods else [])}))}


def install_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        return problem_response(request, 422, "invalid parameters", problems_of(exc))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        return problem_response(request, exc.status_code, str(exc.detail), headers=_allow(exc.headers))

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> Response:
        return problem_response(request, 404, str(exc)[:500])

    @app.exception_handler(ValueError)  # QueryError is a ValueError: a query the store cannot run
    async def bad_value(request: Request, exc: ValueError) -> Response:
        return problem_response(request, 400, str(exc)[:500])
