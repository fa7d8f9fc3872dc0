"""The app: JSON routers under /api, the web UI, error handlers, hardening, and one store connection per thread.

Read-only unless ``write=True``: request connections run with ``PRAGMA query_only`` and no route
that writes is mounted, so a server exposed by mistake cannot change the collection. Only the Host
names of ``allowed_hosts`` are answered; every response carries a strict CSP and its siblings.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from ..settings import Settings
from .deps import StorePool
from .errors import install_handlers
from .memo import Memo
from .middleware import AllowedHosts, BodyLimit, HeadAsGet, SecurityHeaders, allowed_hosts, base_url


def _warm(pool: StorePool, memo: Memo) -> None:
    """The alias index and the resolved disputes (seconds each on a large collection), built as the server
    starts. Only a head start: on failure the first request that needs them builds them again and answers with
    what went wrong."""
    from .disputes import related
    from .names import names

    try:
        names(pool.get(), memo)
        related(pool.get(), memo, story_id=None)
    except Exception as exc:  # any failure is the request path's to report
        logging.getLogger(__name__).warning("name index or disputes not built at start: %s", exc)


def build(settings: Settings, *, write: bool = False, host: str = "127.0.0.1") -> FastAPI:
    from ..web import mount as mount_web
    from .routers import ROUTERS, WRITE_ROUTERS

    pool = StorePool(settings, write=write)
    memo = Memo(settings.database)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        if memo.files:  # a file whose version is watched: the index is built before a filter needs it
            pool.get()  # a new database is migrated here, once, not by the warm thread and a request at once
            threading.Thread(target=_warm, args=(pool, memo), name="linimasa-warm", daemon=True).start()
        yield
        pool.close()

    # no /docs or /redoc: they load scripts from a CDN and run inline script, which the CSP forbids
    app = FastAPI(title="linimasa", version="0.1.0", lifespan=lifespan, docs_url=None, redoc_url=None,
                  servers=[{"url": base_url(settings)}],
                  description="Sourced, deduplicated, entity-linked event timelines from Indonesian news.")
    app.state.pool = pool
    app.state.memo = memo
    app.state.settings = settings
    install_handlers(app)
    for router in ROUTERS + (WRITE_ROUTERS if write else ()):
        app.include_router(router, prefix="/api")
    mount_web(app)
    # the last added runs first: headers on every answer, then Host, then the body limit, then HEAD
    app.add_middleware(HeadAsGet)
    app.add_middleware(BodyLimit, limit=settings.max_request_bytes)
    app.add_middleware(AllowedHosts, hosts=allowed_hosts(settings, host))
    app.add_middleware(SecurityHeaders)
    return app
