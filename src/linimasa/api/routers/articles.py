"""Articles: a newest-first listing and one article with every annotation layer."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query

from ...store import Store
from .. import queries
from ..deps import store
from ..errors import documented
from ..params import ARTICLE_ID, Page
from ..schemas import ArticleDetail, ArticleSummary, Listing
from ..views import page

router = APIRouter(tags=["articles"])


@router.get("/articles", response_model=Listing[ArticleSummary], responses=documented(422))
def list_articles(params: Annotated[Page, Query()], db: Annotated[Store, Depends(store)]) -> dict[str, Any]:
    return page(*queries.articles(db, params), params)


@router.get("/articles/{article_id}", response_model=ArticleDetail, responses=documented(404, 422))
def get_article(article_id: Annotated[str, Path(pattern=ARTICLE_ID, description="Id or unique id prefix.")],
                db: Annotated[Store, Depends(store)]) -> dict[str, Any]:
    return queries.article_view(db, article_id)[1]
