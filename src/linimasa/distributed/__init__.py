"""Dask execution of the pipeline: ``--workers N`` (a local cluster) or ``--scheduler tcp://…`` (a shared one)."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from ..model import Article, Failure, Record
from ..settings import Settings
from .run import process, reduce

Process = Callable[[Iterable[Record | Failure], Settings], Iterator[Article | Failure]]

__all__ = ["Process", "process", "processor", "reduce"]


def processor(settings: Settings) -> Process:
    """``pipeline.process``, or its Dask twin when the settings ask for workers or a scheduler."""
    if settings.workers or settings.scheduler:
        return process
    from ..pipeline import process as in_process

    return in_process
