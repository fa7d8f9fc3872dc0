"""The pages: timeline (home), events, stories, entities, articles, search, quotes, disputed claims, downloads.

Listings read their filters with ``read_form``: a bad value is named beside its field and the rest of
the filters still apply, so a form submit never ends on an error page.
"""
from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Path, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse

from ..api.deps import memo, store
from ..api.disputes import dispute_page
from ..api.exports import KINDS
from ..api.memo import Memo
from ..api.names import resolved
from ..api.params import (
    ARTICLE_ID,
    KEY,
    MAX_LIMIT,
    PLOVER,
    DisputeParams,
    EntityParams,
    Page,
    QuoteParams,
    SearchPageParams,
    TimelineParams,
)
from ..api.routers.articles import find_article
from ..api.routers.entities import entity_page, entity_view
from ..api.routers.events import find_event, find_events
from ..api.routers.stories import story_detail, story_page
from ..api.views import article_detail, article_summary, event_summary
from ..store import QueryError
from . import STATIC
from .axis import layout
from .compose import copies_by_title, evidence_links, period_hint, quote_links, story_titles, web_url
from .forms import read_form
from .highlight import blocks, marks, snippet_pieces
from .network import picture
from .render import render

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
Db = Annotated[Any, Depends(store)]
Cache = Annotated[Memo, Depends(memo)]
PLOVER_TYPES = PLOVER.__args__


@router.get("/")
def home(request: Request, db: Db, cache: Cache) -> HTMLResponse:
    params, errors = read_form(TimelineParams, request)
    total, rows = find_events(db, resolved(db, cache, params))
    events = [event_summary(e) for e in rows]
    return render(request, "timeline.html", events=events, total=total, params=params, errors=errors,
                  axis=layout(events), types=PLOVER_TYPES, hint=period_hint(db, cache))


@router.get("/disputed")
def disputed(request: Request, db: Db, cache: Cache) -> HTMLResponse:
    params, errors = read_form(DisputeParams, request)
    total, rows = dispute_page(db, cache, params)
    return render(request, "disputed.html", disputes=rows, total=total, params=params, errors=errors,
                  hint=period_hint(db, cache))


def _story_disputes(db: Any, cache: Memo, story_id: str | None) -> list[dict[str, Any]]:
    if not story_id:
        return []
    return dispute_page(db, cache, DisputeParams(story=story_id, limit=MAX_LIMIT))[1]


@router.get("/events/{event_id}")
def event(request: Request, event_id: Annotated[str, Path(pattern=KEY)], db: Db, cache: Cache) -> HTMLResponse:
    found = find_event(db, event_id)
    return render(request, "event.html", event=found, evidence=evidence_links(db, found),
                  story_titles=story_titles(db, [found]), disputes=_story_disputes(db, cache, found["story_id"]))


@router.get("/stories")
def stories(request: Request, db: Db, cache: Cache) -> HTMLResponse:
    params, errors = read_form(Page, request)
    total, rows = story_page(db, cache, params)
    return render(request, "stories.html", stories=rows, total=total, params=params, errors=errors)


@router.get("/stories/{story_id}")
def story(request: Request, story_id: Annotated[str, Path(pattern=KEY)], db: Db, cache: Cache) -> HTMLResponse:
    detail = story_detail(db, story_id)
    head = db.story_heads([story_id]).get(story_id) or {}
    return render(request, "story.html", story=detail, head=head, disputes=_story_disputes(db, cache, story_id))


@router.get("/entities")
def entities(request: Request, db: Db, cache: Cache) -> HTMLResponse:
    params, errors = read_form(EntityParams, request)
    total, rows = entity_page(db, cache, params)
    return render(request, "entities.html", entities=rows, total=total, params=params, errors=errors)


@router.get("/entities/{entity_id}", response_model=None)
def entity(request: Request, entity_id: Annotated[str, Path(pattern=KEY)], db: Db, cache: Cache
           ) -> HTMLResponse | RedirectResponse:
    detail = entity_view(db, cache, entity_id)
    if detail["id"] != entity_id:  # a short name linked across the collection: the page is the full name's
        return RedirectResponse(f"/entities/{quote(detail['id'], safe=':')}", status_code=307)
    return render(request, "entity.html", entity=detail, picture=picture(detail["network"]))


@router.get("/articles")
def articles(request: Request, db: Db) -> HTMLResponse:
    params, errors = read_form(Page, request)
    total, ids = db.article_page(limit=params.limit, offset=params.offset)
    return render(request, "articles.html", articles=[article_summary(a) for a in db.article_heads(ids)], total=total,
                  params=params, errors=errors)


@router.get("/articles/{article_id}")
def article(request: Request, article_id: Annotated[str, Path(pattern=ARTICLE_ID)], db: Db) -> HTMLResponse:
    found = find_article(db, article_id)
    detail = article_detail(db, found)
    return render(request, "article.html", article=detail, blocks=blocks(found.text, found.sentences, marks(found)),
                  copies=copies_by_title(db, detail["copies"]), original=web_url(found.url),
                  links=[u for u in map(web_url, detail["sources"]) if u and u != web_url(found.url)])


@router.get("/search")
def search(request: Request, db: Db) -> HTMLResponse:
    params, errors = read_form(SearchPageParams, request)
    if not params.q.strip():
        return render(request, "search.html", hits=[], total=0, params=params, errors=errors, problem="")
    try:
        total, hits = db.search(params.q, limit=params.limit, offset=params.offset)
    except QueryError as exc:
        return render(request, "search.html", status=400, hits=[], total=0, params=params, errors=errors,
                      problem=str(exc))
    shown = [(h, snippet_pieces(h.snippet, h.highlights)) for h in hits]
    return render(request, "search.html", hits=shown, total=total, params=params, errors=errors, problem="")


@router.get("/quotes")
def quotes(request: Request, db: Db, cache: Cache) -> HTMLResponse:
    params, errors = read_form(QuoteParams, request)
    total, rows = db.quotes(speaker=resolved(db, cache, params).speaker, limit=params.limit, offset=params.offset)
    return render(request, "quotes.html", quotes=quote_links(db, rows), total=total, params=params, errors=errors)


@router.get("/exports")
def exports(request: Request) -> HTMLResponse:
    return render(request, "exports.html", kinds=KINDS)


@router.get("/favicon.ico", response_class=FileResponse)
def favicon() -> FileResponse:
    return FileResponse(STATIC / "favicon.svg", media_type="image/svg+xml")
