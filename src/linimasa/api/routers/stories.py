"""Stories: articles about one real-world event or thread, with their merged timeline entries."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query

from ..deps import memo, store
from ..errors import documented
from ..memo import Memo
from ..params import KEY, Page
from ..schemas import Listing, StoryDetail, StorySummary
from ..views import article_summary, event_summary, page

router = APIRouter(tags=["stories"])


def story_page(db: Any, cache: Memo, params: Page) -> tuple[int, list[dict[str, Any]]]:
    """Stories, latest first: an aggregate over every article, so cached per database version."""
    return cache.get(("stories", params), lambda: db.stories(limit=params.limit, offset=params.offset))


@router.get("/stories", response_model=Listing[StorySummary], responses=documented(422))
def list_stories(params: Annotated[Page, Query()], db: Annotated[Any, Depends(store)],
                 cache: Annotated[Memo, Depends(memo)]) -> dict[str, Any]:
    total, rows = story_page(db, cache, params)
    return page(total, params.limit, params.offset, rows)


def story_detail(db: Any, story_id: str) -> dict[str, Any]:
    ids = db.story_articles(story_id)
    if not ids:
        raise HTTPException(404, f"no story {story_id}")
    return {"id": story_id, "articles": [article_summary(a) for a in db.article_heads(ids)],
            "events": [event_summary(e) for e in db.story_events(story_id)]}


@router.get("/stories/{story_id}", response_model=StoryDetail, responses=documented(404, 422))
def get_story(story_id: Annotated[str, Path(pattern=KEY)], db: Annotated[Any, Depends(store)]) -> dict[str, Any]:
    return story_detail(db, story_id)
