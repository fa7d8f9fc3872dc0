"""Entities: a listing by prominence, and one entity with aliases, roles over time and co-occurrence."""
from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query

from ..deps import store
from ..params import KEY, EntityParams
from ..views import entity_detail, page

router = APIRouter(tags=["entities"])


@router.get("/entities")
def list_entities(params: Annotated[EntityParams, Query()], db: Annotated[Any, Depends(store)]) -> dict[str, Any]:
    rows = db.entities(limit=params.limit, offset=params.offset, label=params.label)
    return page(db.entity_count(label=params.label), params.limit, params.offset, [asdict(r) for r in rows])


def find_entity(db: Any, entity_id: str) -> dict[str, Any]:
    entity = db.entity(entity_id)
    if entity is None:
        raise HTTPException(404, f"no entity {entity_id}")
    return entity


@router.get("/entities/{entity_id}")
def get_entity(entity_id: Annotated[str, Path(pattern=KEY)], db: Annotated[Any, Depends(store)]) -> dict[str, Any]:
    return entity_detail(db, find_entity(db, entity_id))
