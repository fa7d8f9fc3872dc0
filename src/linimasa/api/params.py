"""Validated query parameters, one pydantic model per kind of listing; maxima keep every query cheap.

Dates are checked against the calendar, not only their shape. The API refuses an empty parameter like any
other bad value; the web pages drop empty fields first (``web.forms``), as every HTML form submits them.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationInfo, WithJsonSchema, field_validator

from ..model import Label, Plover

MAX_LIMIT = 200
MAX_OFFSET = 100_000  # deeper pages cost a scan; nobody pages 100k rows by hand
ISO_DAY = r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"
ARTICLE_ID = r"^[0-9a-f]{6,64}$"
KEY = r"^[\w.:\-]{1,128}$"
# Search language: words, "phrases", OR, -word. Other full-text syntax is refused, not guessed at.
SEARCH_SYNTAX = frozenset("()*;:^{}[]<>=\\")
OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})


def search_text(q: str) -> str:
    if bad := sorted(SEARCH_SYNTAX.intersection(q)):
        raise ValueError(f"unsupported search syntax {''.join(bad)!r}: use words, \"phrases\", OR and -word")
    if q.strip() and all(w.upper() in OPERATORS for w in q.split()):
        raise ValueError("query has only operators and no words to search for")
    return q


def calendar_day(value: str) -> str:
    """YYYY, YYYY-MM or YYYY-MM-DD naming a real month and day (2019-13-45 and 2023-02-31 are refused)."""
    if not re.fullmatch(ISO_DAY, value):
        raise ValueError(f"{value[:40]!r} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD")
    parts = [int(p) for p in value.split("-")]
    try:
        dt.date(parts[0], *[*parts[1:], 1, 1][:2])
    except ValueError as exc:
        raise ValueError(f"no such date {value!r} ({exc})") from None
    return value


SearchText = Annotated[str, AfterValidator(search_text)]
# checked in words rather than by the pattern, which OpenAPI still shows
Day = Annotated[str, AfterValidator(calendar_day), WithJsonSchema({"type": "string", "pattern": ISO_DAY})]


def _period_end(day: str) -> str:
    """The last possible date of a YYYY[-MM[-DD]] prefix, for ordering ``since`` and ``until``."""
    return day + "-99-99"[len(day) - 4:]


class Params(BaseModel):
    model_config = ConfigDict(frozen=True)


class Page(Params):
    limit: int = Field(20, ge=1, le=MAX_LIMIT)
    offset: int = Field(0, ge=0, le=MAX_OFFSET)


class SearchParams(Page):
    limit: int = Field(10, ge=1, le=MAX_LIMIT)
    q: SearchText = Field(min_length=1, max_length=500, pattern=r"\w",
                          description='Words, "phrases", OR, -excluded; stemmed. A query with no word to look for'
                                      " (only excluded words or signs) is refused with 400.")


class EntityParams(Page):
    label: Label | None = Field(None, description="Entity type.")
    q: str | None = Field(None, min_length=1, max_length=200, description="Part of a name or alias.")


class Period(Params):
    since: Day | None = Field(None, description="Earliest date, YYYY[-MM[-DD]].")
    until: Day | None = Field(None, description="Latest date, YYYY[-MM[-DD]]; not before since.")

    @field_validator("until")
    @classmethod
    def _after_since(cls, until: str | None, info: ValidationInfo) -> str | None:
        since = info.data.get("since")
        if until and since and _period_end(until) < since:
            raise ValueError(f"until ({until}) is before since ({since})")
        return until


class EventParams(Period, Page):
    entity: str | None = Field(None, min_length=1, max_length=200,
                               description="An actor: entity id, name, alias or short name.")
    type: Plover | None = None
    outlet: str | None = Field(None, min_length=1, max_length=100, description="Outlet name or web domain.")
    disputed: bool | None = None
    sort: Literal["newest", "oldest"] = Field("newest", description="By date: newest (default) or oldest first.")
    background: bool | None = Field(None, description="false: leave out background entries (past events recalled).")


class QuoteParams(Page):
    speaker: str | None = Field(None, min_length=1, max_length=200,
                                description="Speaker: entity id, name, alias or short name.")


class DisputeParams(Period, Page):
    party: str | None = Field(None, min_length=1, max_length=200,
                              description="Someone who asserts, denies or is accused (a name or alias).")
    story: str | None = Field(None, pattern=KEY, description="The story the dispute was found in.")


class TimelineParams(EventParams):
    limit: int = Field(50, ge=1, le=MAX_LIMIT)


class SearchPageParams(Page):
    q: SearchText = Field("", max_length=500)


MIN_TEXT_WORDS = 15  # as ingest asks of a web page: fewer words are a menu or a caption, not an article
MAX_TEXT_BYTES = 2_000_000  # ingest's size policy for one article (max_article_bytes); longer is refused


def article_text(text: str) -> str:
    if len(text.split()) < MIN_TEXT_WORDS:
        raise ValueError(f"too short for an article: {len(text.split())} words, at least {MIN_TEXT_WORDS}")
    if len(text.encode("utf-8", "surrogatepass")) > MAX_TEXT_BYTES:
        raise ValueError(f"longer than the {MAX_TEXT_BYTES:,} byte limit for one article")
    return text


def publication_time(value: str | None) -> str | None:
    """A publication date or time as ingest reads it (ISO 8601, RFC 822, Indonesian), stored normalised."""
    from ..ingest.published import normalise_published

    if value is None or not value.strip():
        return None
    normal = normalise_published(value)
    if normal is None:
        raise ValueError("not a date or time: write ISO 8601 (2023-07-26 or 2023-07-26T21:10+07:00),"
                         " RFC 822 or an Indonesian date")
    return normal


class NewArticle(BaseModel):
    """An article for the write API (``serve --write``), checked as ingest checks what it reads."""

    model_config = ConfigDict(frozen=True)

    text: Annotated[str, AfterValidator(article_text)] = Field(description=f"At least {MIN_TEXT_WORDS} words.")
    title: str | None = Field(None, max_length=1000)
    outlet: str | None = Field(None, max_length=200)
    url: str | None = Field(None, max_length=2000)
    published: Annotated[str | None, AfterValidator(publication_time)] = Field(None, max_length=60)
