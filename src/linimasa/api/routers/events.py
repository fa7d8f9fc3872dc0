"""Timeline events, filtered by date range, actor, PLOVER type, outlet, disputed and background flags."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query

from ...store import Store
from .. import queries
from ..deps import memo, store
from ..errors import documented
from ..memo import Memo
from ..params import KEY, EventParams
from ..schemas import EventDetail, EventSummary, Listing
from ..views import page

router = APIRouter(tags=["events"])


@router.get("/events", response_model=Listing[EventSummary], responses=documented(422))
def list_events(params: Annotated[EventParams, Query()], db: Annotated[Store, Depends(store)],
                cache: Annotated[Memo, Depends(memo)]) -> dict[str, Any]:
    return page(*queries.events(db, cache, params), params)


@router.get("/events/{event_id}", response_model=EventDetail, responses=documented(404, 422))
def get_event(event_id: Annotated[str, Path(pattern=KEY)], db: Annotated[Store, Depends(store)],
              cache: Annotated[Memo, Depends(memo)]) -> dict[str, Any]:
    return queries.event(db, cache, event_id)
