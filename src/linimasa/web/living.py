"""The living collection on the web: an alert's Atom feed and the attention chart (a server-made SVG document
that the entity and search pages show as an image)."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Request
from fastapi.responses import Response
from starlette.exceptions import HTTPException

from ..alerts.atom import render as render_atom
from ..api.deps import store
from ..api.middleware import base_url
from ..api.routers.attention import Day, Keys, find
from ..store import Store
from .chart import chart
from .messages import translate
from .render import environment, language

router = APIRouter(include_in_schema=False)
Db = Annotated[Store, Depends(store)]


@router.get("/feeds/alerts/{name}.atom")
def alert_feed(request: Request, name: Annotated[str, Path(pattern=r"^[\w.\-]{1,64}$")], db: Db) -> Response:
    alert = db.alert(name)
    if alert is None:
        raise HTTPException(404, f"no alert {name}")
    body = render_atom(alert, db.alert_matches(name), base=base_url(request.app.state.settings))
    return Response(body, media_type="application/atom+xml; charset=utf-8")


@router.get("/attention.svg")
def attention_chart(request: Request, db: Db, entity: Keys = [], story: Keys = [],  # noqa: B006
                    q: Keys = [], since: Day = None, until: Day = None) -> Response:  # noqa: B006
    found = find(db, entity=entity, story=story, q=q, since=since, until=until)
    lang = language(request)
    svg = environment().get_template("attention.svg").render(chart=chart(found), t=lambda k: translate(k, lang))
    return Response(svg, media_type="image/svg+xml")
