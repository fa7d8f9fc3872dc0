"""Full-text search with Indonesian stemming; snippets carry highlight offsets into the snippet."""
from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from ...store import Store
from .. import queries
from ..deps import store
from ..params import SearchParams
from ..views import page

router = APIRouter(tags=["search"])


@router.get("/search")
def search(params: Annotated[SearchParams, Query()], db: Annotated[Store, Depends(store)]) -> dict[str, Any]:
    total, hits = queries.search(db, params)  # QueryError -> 400
    return page(total, [asdict(h) for h in hits], params) | {"q": params.q}
