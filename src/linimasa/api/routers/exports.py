"""Downloads: JSON/CSV tables, TimelineJS3 JSON and GraphML, the same as `linimasa export`."""
from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from ...store import Store
from ..deps import memo, store
from ..errors import documented
from ..exports import KINDS, export
from ..memo import Memo
from ..middleware import base_url

router = APIRouter(tags=["export"])
Kind = Literal[KINDS]  # type: ignore[valid-type]
CACHED = frozenset({"network.graphml", "timelinejs.json"})  # aggregates of bounded size: built once per version


@router.get("/export/{kind}", response_class=Response, responses=documented(422)
            | {200: {"description": "The file, as an attachment.", "content": {
                "application/json": {}, "text/csv": {}, "application/xml": {}}}})
def download(kind: Kind, request: Request, db: Annotated[Store, Depends(store)],
             cache: Annotated[Memo, Depends(memo)],
             excel: Annotated[bool, Query(description="CSV with a UTF-8 byte order mark, as Excel needs.")] = False
             ) -> Response:
    def build() -> tuple[str, str]:
        return export(db, kind, base=base_url(request.app.state.settings), excel=excel)

    body, media = cache.get(("export", kind), build) if kind in CACHED else build()
    return Response(body, media_type=media, headers={"Content-Disposition": f'attachment; filename="{kind}"'})
