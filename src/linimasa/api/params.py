"""Validated query parameters, one pydantic model per kind of listing; maxima keep every query cheap."""
from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from ..model import Plover

MAX_LIMIT = 200
MAX_OFFSET = 100_000  # deeper pages cost a scan; nobody pages 100k rows by hand
ISO_DAY = r"^\d{4}(-\d{2}(-\d{2})?)?$"
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


SearchText = Annotated[str, AfterValidator(search_text)]


class Page(BaseModel):
    model_config = ConfigDict(frozen=True)

    limit: int = Field(20, ge=1, le=MAX_LIMIT)
    offset: int = Field(0, ge=0, le=MAX_OFFSET)


class SearchParams(Page):
    limit: int = Field(10, ge=1, le=MAX_LIMIT)
    q: SearchText = Field(min_length=1, max_length=500, description='Words, "phrases", OR, -excluded; stemmed.')


class EntityParams(Page):
    label: str | None = Field(None, pattern=r"^[A-Z_]{2,12}$", description="PER, ORG, LOC, …")


class EventParams(Page):
    since: str | None = Field(None, pattern=ISO_DAY, description="Earliest date, YYYY[-MM[-DD]].")
    until: str | None = Field(None, pattern=ISO_DAY, description="Latest date, YYYY[-MM[-DD]].")
    entity: str | None = Field(None, min_length=1, max_length=200, description="Entity id or name among the actors.")
    type: Plover | None = None
    outlet: str | None = Field(None, min_length=1, max_length=100)
    disputed: bool | None = None


class QuoteParams(Page):
    speaker: str | None = Field(None, min_length=1, max_length=200, description="Speaker entity id or name.")


class TimelineParams(EventParams):
    limit: int = Field(100, ge=1, le=MAX_LIMIT)


class SearchPageParams(Page):
    q: SearchText = Field("", max_length=500)
