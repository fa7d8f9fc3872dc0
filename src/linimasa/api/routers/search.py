"""Full-text search with Indonesian stemming; snippets carry highlight offsets into the snippet."""
from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from ..deps import store
from ..errors import documented
from ..params import SearchParams
from ..schemas import Hits
from ..views import page

router = APIRouter(tags=["search"])


@router.get("/search", response_model=Hits, responses=documented(400, 422))
def search(params: Annotated[SearchParams, Query()], db: Annotated[Any, Depends(store)]) -> dict[str, Any]:
    total, hits = db.search(params.q, limit=params.limit, offset=params.offset)  # QueryError -> 400
    return page(total, params.limit, params.offset, [asdict(h) for h in hits]) | {"q": params.q}
