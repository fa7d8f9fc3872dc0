"""Quotes, optionally by one speaker (entity id, name, alias or short name)."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from ...store import Store
from .. import queries
from ..deps import memo, store
from ..errors import documented
from ..memo import Memo
from ..params import QuoteParams
from ..schemas import Listing, QuoteOut
from ..views import page

router = APIRouter(tags=["quotes"])


@router.get("/quotes", response_model=Listing[QuoteOut], responses=documented(422))
def list_quotes(params: Annotated[QuoteParams, Query()], db: Annotated[Store, Depends(store)],
                cache: Annotated[Memo, Depends(memo)]) -> dict[str, Any]:
    return page(*queries.quotes(db, cache, params), params)
