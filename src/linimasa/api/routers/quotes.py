"""Quotes, optionally by one speaker (entity id or name)."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from ...store import Store
from .. import queries
from ..deps import store
from ..params import QuoteParams
from ..views import page

router = APIRouter(tags=["quotes"])


@router.get("/quotes")
def list_quotes(params: Annotated[QuoteParams, Query()], db: Annotated[Store, Depends(store)]) -> dict[str, Any]:
    return page(*queries.quotes(db, params), params)
