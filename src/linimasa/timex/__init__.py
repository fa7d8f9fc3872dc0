"""The timex stage: find, normalise and anchor Indonesian time expressions (TimeML TIMEX3).

``find_timexes`` is the pure API; ``run`` is the pipeline stage, which also infers the DCT
when neither the caller (``--dct``) nor the metadata gives one, and adds date warnings.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from ..model import Article, TextWarning, Timex
from ..pipeline import stage
from ..settings import Settings
from .dct import explicit_years, infer_dct, parse_dct
from .parse import read
from .resolve import resolve
from .years import Anchor

__all__ = ["Analysis", "analyse", "find_timexes", "run"]


@dataclass(frozen=True, slots=True)
class Analysis:
    timexes: list[Timex]
    warnings: list[TextWarning]
    dct: dt.date | None  # the DCT used: given, else inferred from the text, else None
    inferred: str | None = None  # the inferred ``published`` value (with time and offset when known)


def analyse(text: str, *, dct: str | dt.date | None = None, year: int | None = None) -> Analysis:
    """``year``: the year the text is about when it names none it can be trusted with (a collection's year)."""
    readings = list(read(text))
    given = parse_dct(dct)
    latest = year or max(explicit_years(readings), default=None)
    inferred = None if given else infer_dct(readings, text, latest_year=latest)
    anchor = Anchor(dct=given or (inferred[0] if inferred else None), known=given is not None, latest_year=latest)
    timexes, warnings = resolve(readings, text, anchor)
    return Analysis(timexes, warnings, anchor.dct, inferred[1] if inferred else None)


def find_timexes(text: str, *, dct: str | dt.date | None = None) -> list[Timex]:
    return analyse(text, dct=dct).timexes


@stage(assigns=("timexes", "warnings", "published", "published_inferred"))  # published: when only the text dates it
def run(article: Article, settings: Settings) -> Article:
    given = settings.dct or article.published
    found = analyse(article.text, dct=given, year=settings.year)
    changes: dict[str, Any] = {"timexes": tuple(found.timexes), "warnings": article.warnings + tuple(found.warnings)}
    if settings.dct:
        changes.update(published=settings.dct, published_inferred=False)
    elif given is None and found.inferred:
        changes.update(published=found.inferred, published_inferred=True)
    return article.with_(**changes)
