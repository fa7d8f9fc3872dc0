"""Quotes, optionally by one speaker (an entity id, name, alias or short name)."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from ..deps import memo, store
from ..errors import documented
from ..memo import Memo
from ..names import resolved
from ..params import QuoteParams
from ..schemas import Listing, QuoteOut
from ..views import page

router = APIRouter(tags=["quotes"])


@router.get("/quotes", response_model=Listing[QuoteOut], responses=documented(422))
def list_quotes(params: Annotated[QuoteParams, Query()], db: Annotated[Any, Depends(store)],
                cache: Annotated[Memo, Depends(memo)]) -> dict[str, Any]:
    speaker = resolved(db, cache, params).speaker
    total, rows = db.quotes(speaker=speaker, limit=params.limit, offset=params.offset)
    return page(total, params.limit, params.offset, rows)
