"""Filter forms: the page's parameters read from its query string, and each bad value explained beside its field.

Empty fields are ignored. A page never answers a form with a validation body: the values that are valid are
applied, the others are dropped and named, in the UI's language, with what is expected.
"""
from __future__ import annotations

from typing import Any, TypeVar

from fastapi import Request
from pydantic import BaseModel, ValidationError

from ..api.params import MAX_LIMIT, MAX_OFFSET
from .messages import translate
from .render import language

Model = TypeVar("Model", bound=BaseModel)
ATTEMPTS = 4  # each pass drops the fields that failed; a dependent check (until after since) may fail next

# field -> message key: what a value of that field must look like
EXPECTED = {"since": "expect_day", "until": "expect_day", "type": "expect_type", "label": "expect_label",
            "limit": "expect_limit", "offset": "expect_offset", "disputed": "expect_yes_no",
            "background": "expect_yes_no", "sort": "expect_sort", "q": "expect_query"}


def _message(field: str, error: dict[str, Any], lang: str) -> str:
    if field == "until" and "before since" in error.get("msg", ""):
        return translate("expect_until_after_since", lang)
    if error.get("type") == "string_too_long":
        return translate("expect_shorter", lang).format(n=error.get("ctx", {}).get("max_length", ""))
    if field == "q" and error.get("type") == "value_error":
        return translate("expect_query", lang)
    key = EXPECTED.get(field, "expect_other")
    return translate(key, lang).format(limit=MAX_LIMIT, offset=MAX_OFFSET)


def read_form(model: type[Model], request: Request, **fixed: Any) -> tuple[Model, dict[str, str]]:
    """The parameters (``fixed`` ones override the query) and {field: message} for the values refused."""
    lang = language(request)
    # an empty field is a field left alone: every HTML form submits them all
    values: dict[str, Any] = {k: v for k, v in request.query_params.items() if k != "lang" and v.strip()} | fixed
    errors: dict[str, str] = {}
    for _ in range(ATTEMPTS):
        try:
            return model.model_validate(values), errors
        except ValidationError as exc:
            for error in exc.errors():
                field = str(error["loc"][0]) if error["loc"] else ""
                errors.setdefault(field, _message(field, dict(error), lang))
                values.pop(field, None)
    return model.model_validate(fixed), errors
