"""Template rendering: one autoescaping Jinja2 environment, the UI language, and error pages."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse

from .messages import LANGS, translate

TEMPLATES = Path(__file__).parent / "templates"
LANG_COOKIE = "linimasa_lang"


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    # autoescape everywhere: article text, titles and entity names come from the open web
    return jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                              trim_blocks=True, lstrip_blocks=True, undefined=jinja2.StrictUndefined)


def language(request: Request) -> str:
    chosen = request.query_params.get("lang") or request.cookies.get(LANG_COOKIE)
    return chosen if chosen in LANGS else LANGS[0]


def render(request: Request, name: str, *, status: int = 200, **context: Any) -> HTMLResponse:
    lang = language(request)
    other = LANGS[1 - LANGS.index(lang)]
    html = environment().get_template(name).render(
        request=request, lang=lang, t=lambda key: translate(key, lang),
        switch_url=str(request.url.include_query_params(lang=other)), **context)
    response = HTMLResponse(html, status_code=status)
    if request.query_params.get("lang") in LANGS:
        response.set_cookie(LANG_COOKIE, lang, max_age=365 * 86400, samesite="lax")
    return response


def error_page(request: Request, status: int, detail: str, problems: list[dict[str, Any]]) -> HTMLResponse:
    return render(request, "error.html", status=status, status_code=status, detail=detail, problems=problems)
