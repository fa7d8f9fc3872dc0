"""The pages: timeline (home), events, stories, entities, articles, search, quotes, disputed claims."""
from __future__ import annotations

from typing import Annotated, get_args
from urllib.parse import quote

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from ..api import queries
from ..api.deps import memo, store
from ..api.memo import Memo
from ..api.params import ARTICLE_ID, KEY, EntityParams, Page, QuoteParams, SearchPageParams, TimelineParams
from ..model import Plover
from ..store import QueryError, Store
from .axis import layout
from .highlight import marks, segments, snippet_pieces
from .network import picture
from .render import render

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
Db = Annotated[Store, Depends(store)]
Cache = Annotated[Memo, Depends(memo)]
PLOVER_TYPES = get_args(Plover)


def _timeline(request: Request, params: TimelineParams, db: Store, *, template: str) -> HTMLResponse:
    total, events = queries.events(db, params)
    return render(request, template, events=events, total=total, params=params, axis=layout(events),
                  types=PLOVER_TYPES)


@router.get("/")
def home(request: Request, params: Annotated[TimelineParams, Query()], db: Db) -> HTMLResponse:
    return _timeline(request, params, db, template="timeline.html")


@router.get("/disputed")
def disputed(request: Request, params: Annotated[TimelineParams, Query()], db: Db) -> HTMLResponse:
    return _timeline(request, params.model_copy(update={"disputed": True}), db, template="disputed.html")


@router.get("/events/{event_id}")
def event(request: Request, event_id: Annotated[str, Path(pattern=KEY)], db: Db) -> HTMLResponse:
    return render(request, "event.html", event=queries.event(db, event_id))


@router.get("/stories")
def stories(request: Request, params: Annotated[Page, Query()], db: Db, cache: Cache) -> HTMLResponse:
    total, rows = queries.stories(db, cache, params)
    return render(request, "stories.html", stories=rows, total=total, params=params)


@router.get("/stories/{story_id}")
def story(request: Request, story_id: Annotated[str, Path(pattern=KEY)], db: Db) -> HTMLResponse:
    return render(request, "story.html", story=queries.story(db, story_id))


@router.get("/entities")
def entities(request: Request, params: Annotated[EntityParams, Query()], db: Db, cache: Cache) -> HTMLResponse:
    total, rows = queries.entities(db, cache, params)
    return render(request, "entities.html", entities=rows, total=total, params=params)


@router.get("/entities/{entity_id}", response_model=None)
def entity(request: Request, entity_id: Annotated[str, Path(pattern=KEY)], db: Db, cache: Cache
           ) -> HTMLResponse | RedirectResponse:
    detail = queries.entity(db, cache, entity_id)
    if detail["id"] != entity_id:  # a short name linked across the collection: the page is the full name's
        return RedirectResponse(f"/entities/{quote(detail['id'], safe=':')}", status_code=307)
    return render(request, "entity.html", entity=detail, picture=picture(detail["network"]))


@router.get("/articles")
def articles(request: Request, params: Annotated[Page, Query()], db: Db) -> HTMLResponse:
    total, rows = queries.articles(db, params)
    return render(request, "articles.html", articles=rows, total=total, params=params)


@router.get("/articles/{article_id}")
def article(request: Request, article_id: Annotated[str, Path(pattern=ARTICLE_ID)], db: Db) -> HTMLResponse:
    found, detail = queries.article_view(db, article_id)
    return render(request, "article.html", article=detail, segments=segments(found.text, marks(found)))


@router.get("/search")
def search(request: Request, params: Annotated[SearchPageParams, Query()], db: Db) -> HTMLResponse:
    if not params.q.strip():
        return render(request, "search.html", hits=[], total=0, params=params, problem="")
    try:
        total, hits = queries.search(db, params)
    except QueryError as exc:
        return render(request, "search.html", status=400, hits=[], total=0, params=params, problem=str(exc))
    shown = [(h, snippet_pieces(h.snippet, h.highlights)) for h in hits]
    return render(request, "search.html", hits=shown, total=total, params=params, problem="")


@router.get("/quotes")
def quotes(request: Request, params: Annotated[QuoteParams, Query()], db: Db) -> HTMLResponse:
    total, rows = queries.quotes(db, params)
    return render(request, "quotes.html", quotes=rows, total=total, params=params)

