"""Entities: a listing by prominence or by name, and one entity with aliases, roles over time and co-occurrence."""
from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query

from ...store import Store
from .. import queries
from ..deps import memo, store
from ..errors import documented
from ..memo import Memo
from ..params import KEY, EntityParams
from ..schemas import EntityDetail, EntityStat, Listing
from ..views import page

router = APIRouter(tags=["entities"])


@router.get("/entities", response_model=Listing[EntityStat], responses=documented(422))
def list_entities(params: Annotated[EntityParams, Query()], db: Annotated[Store, Depends(store)],
                  cache: Annotated[Memo, Depends(memo)]) -> dict[str, Any]:
    total, rows = queries.entities(db, cache, params)
    return page(total, [asdict(r) for r in rows], params)


@router.get("/entities/{entity_id}", response_model=EntityDetail, responses=documented(404, 422))
def get_entity(entity_id: Annotated[str, Path(pattern=KEY)], db: Annotated[Store, Depends(store)],
               cache: Annotated[Memo, Depends(memo)]) -> dict[str, Any]:
    return queries.entity(db, cache, entity_id)
