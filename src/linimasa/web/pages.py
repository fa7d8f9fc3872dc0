"""The pages: timeline (home), events, stories, entities, articles, search, quotes, disputed claims, downloads.

Every read is an ``api.queries`` function, the same the JSON API calls; pages only shape the answer. Listings
read their filters with ``read_form``: a bad value is named beside its field and the rest of the filters still
apply, so a form submit never ends on an error page.
"""
from __future__ import annotations

from typing import Annotated, get_args
from urllib.parse import quote

from fastapi import APIRouter, Depends, Path, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse

from ..api import queries
from ..api.deps import memo, store
from ..api.exports import KINDS
from ..api.memo import Memo
from ..api.params import (
    ARTICLE_ID,
    KEY,
    DisputeParams,
    EntityParams,
    Page,
    QuoteParams,
    SearchPageParams,
    TimelineParams,
)
from ..model import Plover
from ..store import QueryError, Store
from . import STATIC
from .axis import layout
from .compose import evidence_pieces, period_hint, web_url
from .forms import read_form
from .highlight import blocks, marks, snippet_pieces
from .network import picture
from .render import render

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
Db = Annotated[Store, Depends(store)]
Cache = Annotated[Memo, Depends(memo)]
PLOVER_TYPES = get_args(Plover)


def _hint(db: Store, cache: Memo) -> dict[str, str]:
    return period_hint(queries.period(db, cache)[1])


@router.get("/")
def home(request: Request, db: Db, cache: Cache) -> HTMLResponse:
    params, errors = read_form(TimelineParams, request)
    total, events = queries.events(db, cache, params)
    disputes, _ = queries.disputes(db, cache, DisputeParams.model_validate({"limit": 1}))
    return render(request, "timeline.html", events=events, total=total, params=params, errors=errors,
                  axis=layout(events), types=PLOVER_TYPES, hint=_hint(db, cache), disputes=disputes)


@router.get("/disputed")
def disputed(request: Request, db: Db, cache: Cache) -> HTMLResponse:
    params, errors = read_form(DisputeParams, request)
    total, rows = queries.disputes(db, cache, params)
    return render(request, "disputed.html", disputes=rows, total=total, params=params, errors=errors,
                  hint=_hint(db, cache))


@router.get("/events/{event_id}")
def event(request: Request, event_id: Annotated[str, Path(pattern=KEY)], db: Db, cache: Cache) -> HTMLResponse:
    found = queries.event(db, cache, event_id)
    return render(request, "event.html", event=found, evidence=evidence_pieces(found), disputes=found["disputes"])


@router.get("/stories")
def stories(request: Request, db: Db, cache: Cache) -> HTMLResponse:
    params, errors = read_form(Page, request)
    total, rows = queries.stories(db, cache, params)
    return render(request, "stories.html", stories=rows, total=total, params=params, errors=errors)


@router.get("/stories/{story_id}")
def story(request: Request, story_id: Annotated[str, Path(pattern=KEY)], db: Db, cache: Cache) -> HTMLResponse:
    detail = queries.story(db, cache, story_id)
    return render(request, "story.html", story=detail, disputes=detail["disputes"])


@router.get("/entities")
def entities(request: Request, db: Db, cache: Cache) -> HTMLResponse:
    params, errors = read_form(EntityParams, request)
    total, rows = queries.entities(db, cache, params)
    return render(request, "entities.html", entities=rows, total=total, params=params, errors=errors)


@router.get("/entities/{entity_id}", response_model=None)
def entity(request: Request, entity_id: Annotated[str, Path(pattern=KEY)], db: Db, cache: Cache
           ) -> HTMLResponse | RedirectResponse:
    detail = queries.entity(db, cache, entity_id)
    if detail["id"] != entity_id:  # a short name linked across the collection: the page is the full name's
        return RedirectResponse(f"/entities/{quote(detail['id'], safe=':')}", status_code=307)
    return render(request, "entity.html", entity=detail, picture=picture(detail["network"]))


@router.get("/articles")
def articles(request: Request, db: Db) -> HTMLResponse:
    params, errors = read_form(Page, request)
    total, rows = queries.articles(db, params)
    return render(request, "articles.html", articles=rows, total=total, params=params, errors=errors)


@router.get("/articles/{article_id}")
def article(request: Request, article_id: Annotated[str, Path(pattern=ARTICLE_ID)], db: Db) -> HTMLResponse:
    found, detail = queries.article_view(db, article_id)
    return render(request, "article.html", article=detail, blocks=blocks(found.text, found.sentences, marks(found)),
                  copies=detail["copies"], original=web_url(found.url),
                  links=[u for u in map(web_url, detail["sources"]) if u and u != web_url(found.url)])


@router.get("/search")
def search(request: Request, db: Db) -> HTMLResponse:
    params, errors = read_form(SearchPageParams, request)
    if not params.q.strip():
        return render(request, "search.html", hits=[], total=0, params=params, errors=errors, problem="")
    try:
        total, hits = queries.search(db, params)
    except QueryError as exc:
        return render(request, "search.html", status=400, hits=[], total=0, params=params, errors=errors,
                      problem=str(exc))
    shown = [(h, snippet_pieces(h.snippet, h.highlights)) for h in hits]
    return render(request, "search.html", hits=shown, total=total, params=params, errors=errors, problem="")


@router.get("/quotes")
def quotes(request: Request, db: Db, cache: Cache) -> HTMLResponse:
    params, errors = read_form(QuoteParams, request)
    total, rows = queries.quotes(db, cache, params)
    return render(request, "quotes.html", quotes=rows, total=total, params=params, errors=errors)


@router.get("/exports")
def exports(request: Request) -> HTMLResponse:
    return render(request, "exports.html", kinds=KINDS)


@router.get("/favicon.ico", response_class=FileResponse)
def favicon() -> FileResponse:
    return FileResponse(STATIC / "favicon.svg", media_type="image/svg+xml")
