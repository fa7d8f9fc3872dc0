"""The per-item time budget (``item_seconds``): an article that takes longer is reported and the batch goes on.

A timer signal, not a worker process: SIGVTALRM raises ``ItemTimeout`` inside whatever Python code the item is in,
which unwinds its stages and leaves the process, its loaded models and the rest of the batch as they were. A
worker process per batch would also stop C code that never returns, but every article would then travel
between processes (pickling an annotated article costs about as much as annotating it) and the models would be
loaded again after each kill. The readers and stages are linear and bounded by the size policy, so what the
budget has to catch is a Python loop gone wrong, which the signal stops at its next bytecode.

The budget is CPU seconds of the process (ITIMER_VIRTUAL), not wall seconds: on a shared machine a wall clock
would stop articles that only waited for a core. Signals reach only the main thread of the main interpreter:
elsewhere (a Dask worker, a web server thread) and on platforms without SIGVTALRM the budget is not enforced, and
``deadline`` does nothing.
"""
from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


class ItemTimeout(BaseException):
    """Raised in the item's code when its budget runs out; a BaseException so that no ``except Exception`` in a
    stage swallows it."""


def _expired(signum: int, frame: FrameType | None) -> None:
    raise ItemTimeout


@contextmanager
def deadline(seconds: int) -> Iterator[None]:
    """Raise ``ItemTimeout`` in the block once it has used ``seconds`` of CPU (0: no budget)."""
    if seconds <= 0 or not hasattr(signal, "SIGVTALRM") or threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGVTALRM, _expired)
    signal.setitimer(signal.ITIMER_VIRTUAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        signal.signal(signal.SIGVTALRM, signal.SIG_DFL if previous is None else previous)
