"""Timeline events, filtered by date range, entity, PLOVER type, outlet and disputed flag."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query

from ...store import Store
from .. import queries
from ..deps import store
from ..params import KEY, EventParams
from ..views import page

router = APIRouter(tags=["events"])


@router.get("/events")
def list_events(params: Annotated[EventParams, Query()], db: Annotated[Store, Depends(store)]) -> dict[str, Any]:
    return page(*queries.events(db, params), params)


@router.get("/events/{event_id}")
def get_event(event_id: Annotated[str, Path(pattern=KEY)], db: Annotated[Store, Depends(store)]) -> dict[str, Any]:
    return queries.event(db, event_id)
