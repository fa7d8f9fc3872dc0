"""The app: JSON routers under /api, the web UI, error handlers, and one store connection per thread.

Read-only unless ``write=True``: request connections run with ``PRAGMA query_only`` and no route
that writes is mounted, so a server exposed by mistake cannot change the collection.
"""
from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from ..settings import Settings
from .deps import StorePool
from .errors import install_handlers
from .memo import Memo


def build(settings: Settings, *, write: bool = False) -> FastAPI:
    from ..web import mount as mount_web
    from .routers import ROUTERS, WRITE_ROUTERS

    pool = StorePool(settings, write=write)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        pool.close()

    app = FastAPI(title="linimasa", version="0.1.0", lifespan=lifespan,
                  description="Sourced, deduplicated, entity-linked event timelines from Indonesian news.")
    app.state.pool = pool
    app.state.memo = Memo(settings.database)
    app.state.settings = settings
    install_handlers(app)
    for router in ROUTERS + (WRITE_ROUTERS if write else ()):
        app.include_router(router, prefix="/api")
    mount_web(app)
    return app
