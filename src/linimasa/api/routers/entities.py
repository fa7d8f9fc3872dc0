"""Entities: a listing by prominence, and one entity with aliases, roles over time and co-occurrence."""
from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query

from ..deps import memo, store
from ..errors import documented
from ..memo import Memo
from ..names import names
from ..params import KEY, EntityParams
from ..schemas import EntityDetail, EntityStat, Listing
from ..views import entity_detail, page

router = APIRouter(tags=["entities"])


def entity_page(db: Any, cache: Memo, params: EntityParams) -> tuple[int, list[Any]]:
    """Entities by prominence, or those a name search finds: aggregates over every mention, so cached per
    database version."""
    if params.q:
        found = names(db, cache).search(params.q, label=params.label)
        return len(found), found[params.offset:params.offset + params.limit]
    return cache.get(("entities", params), lambda: (
        db.entity_count(label=params.label),
        db.entities(limit=params.limit, offset=params.offset, label=params.label)))


@router.get("/entities", response_model=Listing[EntityStat], responses=documented(422))
def list_entities(params: Annotated[EntityParams, Query()], db: Annotated[Any, Depends(store)],
                  cache: Annotated[Memo, Depends(memo)]) -> dict[str, Any]:
    total, rows = entity_page(db, cache, params)
    return page(total, params.limit, params.offset, [asdict(r) for r in rows])


def find_entity(db: Any, entity_id: str) -> dict[str, Any]:
    entity = db.entity(entity_id)
    if entity is None:
        raise HTTPException(404, f"no entity {entity_id}")
    return entity


def entity_view(db: Any, cache: Memo, entity_id: str) -> dict[str, Any]:
    """An entity with aliases, roles, co-occurrence and events; several aggregates, so cached too."""
    return cache.get(("entity", entity_id), lambda: entity_detail(db, find_entity(db, entity_id)))


@router.get("/entities/{entity_id}", response_model=EntityDetail, responses=documented(404, 422))
def get_entity(entity_id: Annotated[str, Path(pattern=KEY)], db: Annotated[Any, Depends(store)],
               cache: Annotated[Memo, Depends(memo)]) -> dict[str, Any]:
    return entity_view(db, cache, entity_id)
