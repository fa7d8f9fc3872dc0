"""Dask execution of the pipeline: ``--workers N`` (a local cluster) or ``--scheduler tcp://…`` (a shared one)."""
from __future__ import annotations

from collections.abc import Container, Iterable, Iterator
from typing import Protocol

from ..model import Article, Failure, Known, Record
from ..settings import Settings
from .run import process, reduce


class Process(Protocol):
    def __call__(self, records: Iterable[Record | Failure], settings: Settings, *,
                 known: Container[str] = ...) -> Iterator[Article | Failure | Known]: ...

__all__ = ["Process", "process", "processor", "reduce"]


def processor(settings: Settings) -> Process:
    """``pipeline.process``, or its Dask twin when the settings ask for workers or a scheduler."""
    if settings.workers or settings.scheduler:
        return process
    from ..pipeline import process as in_process

    return in_process
