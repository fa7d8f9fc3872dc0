"""Suggestions as one types: entity names and aliases, outlets (the web UI's autocomplete)."""
from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query

from ..deps import memo, store
from ..errors import documented
from ..memo import Memo
from ..names import names, outlet_suggestions
from ..schemas import Suggestions

router = APIRouter(tags=["suggest"])


@router.get("/suggest/{kind}", response_model=Suggestions, responses=documented(422))
def suggest(kind: Literal["entities", "outlets"], db: Annotated[Any, Depends(store)],
            cache: Annotated[Memo, Depends(memo)],
            q: Annotated[str, Query(min_length=1, max_length=100, description="What was typed so far.")]
            ) -> dict[str, Any]:
    found = names(db, cache).suggest(q) if kind == "entities" else outlet_suggestions(db, cache, q)
    return {"items": found}
