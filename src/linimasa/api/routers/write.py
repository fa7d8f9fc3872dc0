"""The one writing endpoint, mounted only in write mode (`linimasa serve --write`): add an article."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request

from ...model import Failure, Record
from ..deps import store
from ..errors import documented
from ..params import NewArticle
from ..schemas import Created

router = APIRouter(tags=["write"])


@router.post("/articles", status_code=201, response_model=Created, responses=documented(400, 413, 422))
def add_article(new: NewArticle, request: Request, db: Annotated[Any, Depends(store)]) -> dict[str, Any]:
    from ...pipeline import process

    record = Record(source=new.url or "api", body=new.text, title=new.title, url=new.url,
                    published=new.published, outlet=new.outlet)
    [item] = process([record], request.app.state.settings)
    if isinstance(item, Failure):
        raise ValueError(item.reason)
    added = db.add([item])
    return {"id": item.id, "new": bool(added.new)}
