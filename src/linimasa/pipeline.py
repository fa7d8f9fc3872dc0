"""The per-article pipeline: an ordered list of plain stages and an executor that only loops.

A stage is ``Callable[[Article, Settings], Article]``. Each NLP package exposes its stage as
``run``; the list is built lazily so that importing linimasa stays cheap.
"""
from __future__ import annotations

from collections.abc import Callable, Container, Iterable, Iterator
from importlib import import_module

from .model import Article, Failure, Known, Record
from .settings import Settings

Stage = Callable[[Article, Settings], Article]

# Order matters: timexes need sentences; quotes and events need entities and timexes.
ARTICLE_STAGES = ("segment", "timex", "entities", "quotes", "events")


def stages(names: Iterable[str] = ARTICLE_STAGES) -> list[Stage]:
    return [import_module(f"linimasa.{name}").run for name in names]


def annotate_article(article: Article, settings: Settings, pipeline: list[Stage] | None = None) -> Article:
    for stage in pipeline if pipeline is not None else stages():
        article = stage(article, settings)
    return article


def process(records: Iterable[Record | Failure], settings: Settings, *, known: Container[str] = frozenset()
            ) -> Iterator[Article | Failure | Known]:
    """Clean and annotate a stream of records; failures pass through untouched. An article whose id is
    ``known`` (already stored) comes out as ``Known``: annotating it again would only redo the work."""
    from .clean import clean
    from .watchdog import ItemTimeout, deadline

    pipeline = stages()
    for record in records:
        if isinstance(record, Failure):
            yield record
            continue
        try:
            with deadline(settings.item_seconds):  # one article never holds the batch
                article = clean(record, settings)
                done = Known(article.id, article.source) if article.id in known else annotate_article(
                    article, settings, pipeline)
            yield done
        except ValueError as exc:  # a record the cleaner cannot use (e.g. empty after cleaning)
            yield Failure(record.source, str(exc))
        except ItemTimeout:
            yield Failure(record.source, f"took longer than {settings.item_seconds} s (limit: item_seconds)")
