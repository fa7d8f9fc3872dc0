"""Stories: articles about one real-world event or thread, with their merged timeline entries."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query

from ...store import Store
from .. import queries
from ..deps import memo, store
from ..memo import Memo
from ..params import KEY, Page
from ..views import page

router = APIRouter(tags=["stories"])


@router.get("/stories")
def list_stories(params: Annotated[Page, Query()], db: Annotated[Store, Depends(store)],
                 cache: Annotated[Memo, Depends(memo)]) -> dict[str, Any]:
    return page(*queries.stories(db, cache, params), params)


@router.get("/stories/{story_id}")
def get_story(story_id: Annotated[str, Path(pattern=KEY)], db: Annotated[Store, Depends(store)]) -> dict[str, Any]:
    return queries.story(db, story_id)
