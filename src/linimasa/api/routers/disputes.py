"""Disputed claims: who asserts, who denies, who is accused, with the sources of each, latest first."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from ...store import Store
from .. import queries
from ..deps import memo, store
from ..errors import documented
from ..memo import Memo
from ..params import DisputeParams
from ..schemas import Dispute, Listing
from ..views import page

router = APIRouter(tags=["disputes"])


@router.get("/disputes", response_model=Listing[Dispute], responses=documented(422))
def list_disputes(params: Annotated[DisputeParams, Query()], db: Annotated[Store, Depends(store)],
                  cache: Annotated[Memo, Depends(memo)]) -> dict[str, Any]:
    return page(*queries.disputes(db, cache, params), params)
