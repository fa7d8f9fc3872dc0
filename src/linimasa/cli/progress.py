"""A rich progress bar on stderr for long runs; silent when stderr is not a terminal."""
from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager


@contextmanager
def progress(*, disabled: bool = False) -> Iterator[Callable[[], None]]:
    if disabled or not sys.stderr.isatty():
        yield lambda: None
        return
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(SpinnerColumn(), TextColumn("{task.completed} articles"), TimeElapsedColumn(),
                  transient=True) as bar:
        task = bar.add_task("ingest", total=None)
        yield lambda: bar.advance(task)
