"""Disputed claims: who asserts, who denies, who is accused, with the sources of each, latest first."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from ..deps import memo, store
from ..disputes import dispute_page
from ..errors import documented
from ..memo import Memo
from ..params import DisputeParams
from ..schemas import Dispute, Listing
from ..views import page

router = APIRouter(tags=["disputes"])


@router.get("/disputes", response_model=Listing[Dispute], responses=documented(422))
def list_disputes(params: Annotated[DisputeParams, Query()], db: Annotated[Any, Depends(store)],
                  cache: Annotated[Memo, Depends(memo)]) -> dict[str, Any]:
    total, rows = dispute_page(db, cache, params)
    return page(total, params.limit, params.offset, rows)
