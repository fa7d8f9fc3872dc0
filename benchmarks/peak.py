"""Peak resident memory of a process tree (the benchmark and its Dask workers), sampled in the background."""
from __future__ import annotations

import threading
from types import TracebackType

import psutil


class PeakMemory:
    """``with PeakMemory() as peak: …`` then ``peak.total_mb`` (all processes at once) and ``peak.main_mb``."""

    def __init__(self, pid: int | None = None, *, every: float = 0.2) -> None:
        self.root = psutil.Process(pid)
        self.every = every
        self.total_mb = self.main_mb = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self._stop.set()
        self._thread.join()

    def _watch(self) -> None:
        while not self._stop.is_set():
            self.sample()
            self._stop.wait(self.every)

    def sample(self) -> None:
        try:
            main = self.root.memory_info().rss
            children = sum(_rss(child) for child in self.root.children(recursive=True))
        except psutil.Error:
            return
        self.main_mb = max(self.main_mb, main / 2**20)
        self.total_mb = max(self.total_mb, (main + children) / 2**20)


def _rss(process: psutil.Process) -> int:
    try:
        return process.memory_info().rss
    except psutil.Error:  # a worker that exited between listing and reading
        return 0
