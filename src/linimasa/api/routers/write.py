"""The one writing endpoint, mounted only in write mode (`linimasa serve --write`): add an article.

It goes the way `linimasa ingest` does (``Collection.add``, then ``update_timeline``, then the alerts), so the
article gets its copies, story, timeline entries and alert matches before the answer. Writes are taken one at a
time: an update reads the stored collection and writes what it found back, and two at once would each miss the
other's article."""
from __future__ import annotations

import threading
from dataclasses import replace
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request

from ...alerts import evaluate
from ...collection import Collection
from ...model import Record
from ...store import Store
from ..deps import store
from ..errors import documented
from ..params import NewArticle
from ..schemas import Created

router = APIRouter(tags=["write"])
_WRITING = threading.Lock()


@router.post("/articles", status_code=201, response_model=Created, responses=documented(400, 413, 422))
def add_article(new: NewArticle, request: Request, db: Annotated[Store, Depends(store)]) -> dict[str, Any]:
    record = Record(source=new.url or "api", body=new.text, title=new.title, url=new.url,
                    published=new.published, outlet=new.outlet)
    # one article is annotated here, not on the Dask cluster a --workers server would start for it
    collection = Collection(replace(request.app.state.settings, workers=0, scheduler=None), store=db)
    with _WRITING:
        report = collection.add([record])
        if report.failures:
            raise ValueError(report.failures[0].reason)
        update = collection.update_timeline()
        matches = evaluate(db)
    return {"id": report.ids[0], "new": bool(report.new), "timeline_entries": update.events,
            "alert_matches": len(matches)}
