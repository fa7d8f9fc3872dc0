"""Template rendering: one autoescaping Jinja2 environment, the UI language, and error pages.

Links in pages are relative (a path and a query): nothing a page shows is built from the request's
Host header.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse

from .dates import human_date, human_time, short_date
from .messages import LANGS, translate
from .warnings import explain

TEMPLATES = Path(__file__).parent / "templates"
LANG_COOKIE = "linimasa_lang"
ERROR_KEYS = {400: "error_400", 404: "error_404", 405: "error_405", 413: "error_413", 422: "error_422"}


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    # autoescape everywhere: article text, titles and entity names come from the open web
    return jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                              trim_blocks=True, lstrip_blocks=True, undefined=jinja2.StrictUndefined)


def language(request: Request) -> str:
    chosen = request.query_params.get("lang") or request.cookies.get(LANG_COOKIE)
    return chosen if chosen in LANGS else LANGS[0]


def here(request: Request, **changes: Any) -> str:
    """This page's path and query with some parameters changed (None drops one): a relative link."""
    params = dict(request.query_params)
    for key, value in changes.items():
        if value is None or value == "":
            params.pop(key, None)
        else:
            params[key] = str(value)
    return request.url.path + (f"?{urlencode(params)}" if params else "")


def typed(request: Request, params: Any, name: str) -> str:
    """A form field's value: the applied one, else what was typed (a refused value stays, to be corrected)."""
    value = getattr(params, name, None)
    return request.query_params.get(name, "") if value in (None, "") else str(value)


def helpers(request: Request, lang: str) -> dict[str, Any]:
    """What every template may call, bound to the page's language."""
    return {"t": lambda key: translate(key, lang), "here": lambda **changes: here(request, **changes),
            "typed": lambda params, name: typed(request, params, name),
            "day": lambda value, weekday=True: human_date(value, lang, weekday=weekday),
            "moment": lambda value: human_time(value, lang), "short": lambda value: short_date(value, lang),
            "explain": lambda w: explain(w["code"], w["text"], w["message"], lang)}


def render(request: Request, name: str, *, status: int = 200, **context: Any) -> HTMLResponse:
    lang = language(request)
    other = LANGS[1 - LANGS.index(lang)]
    if context.get("errors") and status == 200:  # a form with refused values is shown again, marked 422
        status = 422
    html = environment().get_template(name).render(
        request=request, lang=lang, switch_url=here(request, lang=other), **helpers(request, lang), **context)
    response = HTMLResponse(html, status_code=status)
    if request.query_params.get("lang") in LANGS:
        response.set_cookie(LANG_COOKIE, lang, max_age=365 * 86400, samesite="lax")
    return response


def error_page(request: Request, status: int, detail: str, problems: list[dict[str, Any]]) -> HTMLResponse:
    """An error in the UI's language; the technical detail follows, for a report."""
    return render(request, "error.html", status=status, status_code=status, detail=detail, problems=problems,
                  message=ERROR_KEYS.get(status, "error_other"))
