"""Articles: a newest-first listing and one article with every annotation layer."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query

from ..deps import store
from ..errors import documented
from ..params import ARTICLE_ID, Page
from ..schemas import ArticleDetail, ArticleSummary, Listing
from ..views import article_detail, article_summary, page

router = APIRouter(tags=["articles"])


@router.get("/articles", response_model=Listing[ArticleSummary], responses=documented(422))
def list_articles(params: Annotated[Page, Query()], db: Annotated[Any, Depends(store)]) -> dict[str, Any]:
    total, ids = db.article_page(limit=params.limit, offset=params.offset)
    return page(total, params.limit, params.offset, [article_summary(a) for a in db.article_heads(ids)])


def find_article(db: Any, article_id: str) -> Any:
    resolved = db.resolve(article_id)
    article = db.get(resolved) if resolved else None
    if article is None:
        raise HTTPException(404, f"no article {article_id}")
    return article


@router.get("/articles/{article_id}", response_model=ArticleDetail, responses=documented(404, 422))
def get_article(article_id: Annotated[str, Path(pattern=ARTICLE_ID, description="Id or unique id prefix.")],
                db: Annotated[Any, Depends(store)]) -> dict[str, Any]:
    return article_detail(db, find_article(db, article_id))
