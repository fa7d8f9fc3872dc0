"""The one writing endpoint, mounted only in write mode (`linimasa serve --write`): add an article."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, Field

from ...model import Article, Failure, Record
from ...store import Store
from ..deps import store

router = APIRouter(tags=["write"])


class NewArticle(BaseModel):
    text: str = Field(min_length=1, max_length=1_000_000)
    title: str | None = Field(None, max_length=1000)
    outlet: str | None = Field(None, max_length=200)
    url: str | None = Field(None, max_length=2000)
    published: str | None = Field(None, max_length=40)


@router.post("/articles", status_code=201)
def add_article(new: NewArticle, request: Request, db: Annotated[Store, Depends(store)]) -> dict[str, Any]:
    from ...pipeline import process

    record = Record(source=new.url or "api", body=new.text, title=new.title, url=new.url,
                    published=new.published, outlet=new.outlet)
    [item] = process([record], request.app.state.settings)
    if not isinstance(item, Article):
        raise ValueError(item.reason if isinstance(item, Failure) else "already stored")
    added = db.add([item])
    return {"id": item.id, "new": bool(added.new)}
