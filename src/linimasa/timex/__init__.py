"""The timex stage: find, normalise and anchor Indonesian time expressions (TimeML TIMEX3).

``find_timexes`` is the pure API; ``run`` is the pipeline stage, which also infers the DCT
when neither the caller (``--dct``) nor the metadata gives one, and adds date warnings.
"""
from __future__ import annotations

import datetime as dt

from ..model import Article, Timex, Warning
from ..settings import Settings
from .dct import explicit_years, infer_dct, parse_dct
from .parse import read
from .resolve import resolve
from .years import Anchor

__all__ = ["analyse", "find_timexes", "run"]


def analyse(text: str, *, dct: str | dt.date | None = None) -> tuple[list[Timex], list[Warning], dt.date | None]:
    """Timexes, warnings and the DCT used (given, else inferred from the text, else None)."""
    readings = list(read(text))
    given = parse_dct(dct)
    anchor = Anchor(dct=given or infer_dct(readings, text), known=given is not None,
                    latest_year=max(explicit_years(readings), default=None))
    timexes, warnings = resolve(readings, text, anchor)
    return timexes, warnings, anchor.dct


def find_timexes(text: str, *, dct: str | dt.date | None = None) -> list[Timex]:
    return analyse(text, dct=dct)[0]


def run(article: Article, settings: Settings) -> Article:
    given = settings.dct or article.published
    timexes, warnings, dct = analyse(article.text, dct=given)
    changes: dict = {"timexes": tuple(timexes), "warnings": article.warnings + tuple(warnings)}
    if settings.dct:
        changes.update(published=settings.dct, published_inferred=False)
    elif given is None and dct is not None:
        changes.update(published=dct.isoformat(), published_inferred=True)
    return article.with_(**changes)
