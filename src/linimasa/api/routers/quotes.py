"""Quotes, optionally by one speaker (entity id or name)."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from ..deps import store
from ..errors import documented
from ..params import QuoteParams
from ..schemas import Listing, QuoteOut
from ..views import page

router = APIRouter(tags=["quotes"])


@router.get("/quotes", response_model=Listing[QuoteOut], responses=documented(422))
def list_quotes(params: Annotated[QuoteParams, Query()], db: Annotated[Any, Depends(store)]) -> dict[str, Any]:
    total, rows = db.quotes(speaker=params.speaker, limit=params.limit, offset=params.offset)
    return page(total, params.limit, params.offset, rows)
