"""Timeline events, filtered by date range, entity, PLOVER type, outlet and disputed flag."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query

from ..deps import memo, store
from ..errors import documented
from ..memo import Memo
from ..names import resolved
from ..params import KEY, EventParams
from ..schemas import EventDetail, EventSummary, Listing
from ..views import event_detail, event_summary, page

router = APIRouter(tags=["events"])


def find_events(db: Any, params: EventParams) -> tuple[int, list[Any]]:
    return db.events(date_from=params.since, date_to=params.until, entity=params.entity, type=params.type,
                     outlet=params.outlet, disputed=params.disputed, background=params.background,
                     newest=params.sort == "newest", limit=params.limit, offset=params.offset)


@router.get("/events", response_model=Listing[EventSummary], responses=documented(422))
def list_events(params: Annotated[EventParams, Query()], db: Annotated[Any, Depends(store)],
                cache: Annotated[Memo, Depends(memo)]) -> dict[str, Any]:
    total, rows = find_events(db, resolved(db, cache, params))
    return page(total, params.limit, params.offset, [event_summary(e) for e in rows])


def find_event(db: Any, event_id: str) -> dict[str, Any]:
    """The event with its evidence sentences, or 404."""
    event = db.event(event_id)
    if event is None:
        raise HTTPException(404, f"no event {event_id}")
    return event_detail(db, event)


@router.get("/events/{event_id}", response_model=EventDetail, responses=documented(404, 422))
def get_event(event_id: Annotated[str, Path(pattern=KEY)], db: Annotated[Any, Depends(store)]) -> dict[str, Any]:
    return find_event(db, event_id)
