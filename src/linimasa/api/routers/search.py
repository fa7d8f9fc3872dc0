"""Full-text search with Indonesian stemming; snippets carry highlight offsets into the snippet."""
from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from ...store import Store
from .. import queries
from ..deps import store
from ..errors import documented
from ..params import SearchParams
from ..schemas import Hits
from ..views import page

router = APIRouter(tags=["search"])


@router.get("/search", response_model=Hits, responses=documented(400, 422))
def search(params: Annotated[SearchParams, Query()], db: Annotated[Store, Depends(store)]) -> dict[str, Any]:
    total, hits = queries.search(db, params)  # QueryError -> 400
    return page(total, [asdict(h) for h in hits], params) | {"q": params.q}
