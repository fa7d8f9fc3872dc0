"""The server-rendered web UI: Jinja2 pages (autoescaped), a little vanilla JS and vendored static files."""
from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

STATIC = Path(__file__).parent / "static"


def mount(app: FastAPI) -> None:
    from .living import router as living
    from .pages import router

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(router)
    app.include_router(living)
