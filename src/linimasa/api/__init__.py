"""The HTTP API and web UI over one stored collection: ``create_app(settings)`` builds the FastAPI app.

Importing this package stays cheap (the CLI reads export kinds from it); FastAPI loads in create_app.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..settings import Settings

if TYPE_CHECKING:
    from fastapi import FastAPI


def create_app(settings: Settings, *, write: bool = False, host: str = "127.0.0.1") -> FastAPI:
    """``host`` is the bind address: with localhost, the Host names answered unless ``allowed_hosts`` says."""
    from .app import build

    return build(settings, write=write, host=host)
