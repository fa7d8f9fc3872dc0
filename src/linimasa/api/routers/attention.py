"""Attention over time: daily article (and mention) counts of up to five entities, stories or queries, each
normalised by the day's total."""
from __future__ import annotations

from dataclasses import asdict
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from starlette.exceptions import HTTPException

from ...attention import MAX_SERIES, Attention, UnknownSeries, attention
from ...store import QueryError, Store
from ..deps import store
from ..errors import documented
from ..params import ISO_DAY
from ..schemas import Out

router = APIRouter(tags=["attention"])
Keys = Annotated[list[str], Query(max_length=MAX_SERIES)]
Day = Annotated[str | None, Query(pattern=ISO_DAY, description="YYYY[-MM[-DD]]")]


class DayTotal(Out):
    day: str
    articles: int  # every stored article published that day


class Point(Out):
    day: str
    articles: int
    mentions: int  # of an entity; else equal to articles
    share: float  # articles / the day's articles


class Series(Out):
    kind: str  # entity, story or query
    key: str
    label: str
    points: list[Point]  # days with any article, in order


class AttentionOut(Out):
    totals: list[DayTotal]
    series: list[Series]


def find(db: Store, *, entity: list[str], story: list[str], q: list[str], since: str | None,
         until: str | None) -> Attention:
    """The series asked for, or the 4xx that says what is wrong with the request."""
    wanted = [*(("entity", k) for k in entity), *(("story", k) for k in story), *(("query", k) for k in q)]
    if not 0 < len(wanted) <= MAX_SERIES:
        raise HTTPException(422, f"ask for 1 to {MAX_SERIES} series (entity=…, story=…, q=…); got {len(wanted)}")
    try:
        return attention(db, wanted, since=since, until=until)  # type: ignore[arg-type]  # kinds are literal above
    except UnknownSeries as exc:
        raise HTTPException(404, str(exc)) from None
    except QueryError as exc:
        raise HTTPException(400, str(exc)) from None


@router.get("/attention", response_model=AttentionOut, responses=documented(400, 404, 422))
def get_attention(db: Annotated[Store, Depends(store)], entity: Keys = [], story: Keys = [],  # noqa: B006
                  q: Keys = [], since: Day = None, until: Day = None) -> AttentionOut:  # noqa: B006
    """Per day: each series' articles, mentions and share of the day's articles; the day totals."""
    found = find(db, entity=entity, story=story, q=q, since=since, until=until)
    totals = [{"day": day, "articles": n} for day, n in sorted(found.totals.items())]
    return AttentionOut.model_validate({"totals": totals, "series": [asdict(s) for s in found.series]})
