"""Stories: articles about one real-world event or thread, with their merged timeline entries and disputes."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query

from ...store import Store
from .. import queries
from ..deps import memo, store
from ..errors import documented
from ..memo import Memo
from ..params import KEY, Page
from ..schemas import Listing, StoryDetail, StorySummary
from ..views import page

router = APIRouter(tags=["stories"])


@router.get("/stories", response_model=Listing[StorySummary], responses=documented(422))
def list_stories(params: Annotated[Page, Query()], db: Annotated[Store, Depends(store)],
                 cache: Annotated[Memo, Depends(memo)]) -> dict[str, Any]:
    return page(*queries.stories(db, cache, params), params)


@router.get("/stories/{story_id}", response_model=StoryDetail, responses=documented(404, 422))
def get_story(story_id: Annotated[str, Path(pattern=KEY)], db: Annotated[Store, Depends(store)],
              cache: Annotated[Memo, Depends(memo)]) -> dict[str, Any]:
    return queries.story(db, cache, story_id)
