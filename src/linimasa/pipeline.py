"""The per-article pipeline: an ordered list of plain stages and an executor that only loops.

A stage is a function ``(Article, Settings) -> Article`` declared with ``@stage(requires=…, assigns=…)``
(spaCy's component contracts): the article fields it reads that an earlier stage fills in, and those it fills
in itself. Each NLP package exposes its stage as ``run``; ``stages()`` loads them lazily, so that importing
linimasa stays cheap, and refuses an order in which a stage would run before what it requires.
"""
from __future__ import annotations

from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from dataclasses import dataclass, fields
from importlib import import_module

from .model import Article, Failure, Known, Record
from .settings import Settings

ARTICLE_STAGES = ("segment", "timex", "entities", "quotes", "events")
_FIELDS = frozenset(f.name for f in fields(Article))


@dataclass(frozen=True, slots=True)
class Stage:
    name: str
    run: Callable[[Article, Settings], Article]
    requires: frozenset[str]  # Article fields an earlier stage must have filled in
    assigns: frozenset[str]  # Article fields this stage fills in (nothing else changes)

    def __call__(self, article: Article, settings: Settings) -> Article:
        return self.run(article, settings)


def stage(*, requires: Iterable[str] = (), assigns: Iterable[str]) -> Callable[[Callable[[Article, Settings],
                                                                                          Article]], Stage]:
    """Declare a stage function's contract; the stage is named after its package (``linimasa.quotes``)."""
    needed, filled = frozenset(requires), frozenset(assigns)
    if unknown := (needed | filled) - _FIELDS:
        raise ValueError(f"not Article fields: {', '.join(sorted(unknown))}")

    def declare(run: Callable[[Article, Settings], Article]) -> Stage:
        return Stage(run.__module__.removeprefix("linimasa."), run, needed, filled)

    return declare


def check_order(pipeline: Sequence[Stage]) -> None:
    """Raise ValueError when a stage requires a field that no stage before it assigns."""
    assigned: set[str] = set()
    for step in pipeline:
        if missing := step.requires - assigned:
            raise ValueError(f"the {step.name} stage requires {', '.join(sorted(missing))}, which no stage before it"
                             " assigns")
        assigned |= step.assigns


def stages(names: Iterable[str] = ARTICLE_STAGES) -> list[Stage]:
    pipeline: list[Stage] = [import_module(f"linimasa.{name}").run for name in names]
    check_order(pipeline)
    return pipeline


def annotate_article(article: Article, settings: Settings, pipeline: list[Stage] | None = None) -> Article:
    for step in pipeline if pipeline is not None else stages():
        article = step(article, settings)
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
