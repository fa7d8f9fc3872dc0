"""Downloads: JSON/CSV tables, TimelineJS3 JSON and GraphML, the same as `linimasa export`."""
from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends
from fastapi.responses import Response

from ...store import Store
from ..deps import store
from ..exports import KINDS, export

router = APIRouter(tags=["export"])
Kind = Literal[KINDS]  # type: ignore[valid-type]


@router.get("/export/{kind}", response_class=Response)
def download(kind: Kind, db: Annotated[Store, Depends(store)]) -> Response:
    body, media = export(db, kind)
    return Response(body, media_type=media, headers={"Content-Disposition": f'attachment; filename="{kind}"'})
