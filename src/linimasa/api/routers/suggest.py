"""Suggestions as one types: entity names and aliases, outlets (the web UI's autocomplete)."""
from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query

from ...store import Store
from .. import queries
from ..deps import memo, store
from ..errors import documented
from ..memo import Memo
from ..schemas import Suggestions

router = APIRouter(tags=["suggest"])


@router.get("/suggest/{kind}", response_model=Suggestions, responses=documented(422))
def suggest(kind: Literal["entities", "outlets"], db: Annotated[Store, Depends(store)],
            cache: Annotated[Memo, Depends(memo)],
            q: Annotated[str, Query(min_length=1, max_length=100, description="What was typed so far.")]
            ) -> dict[str, Any]:
    return {"items": queries.suggest(db, cache, kind, q)}
