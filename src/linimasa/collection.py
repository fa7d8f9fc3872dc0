"""A stored collection of articles: the library surface the CLI and the HTTP API are thin layers over."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from .model import Article, Failure
from .settings import Settings
from .store import open_store


@dataclass(slots=True)
class IngestReport:
    new: int = 0
    existing: int = 0
    failures: list[Failure] = field(default_factory=list)

    @property
    def status(self) -> str:
        if not self.failures:
            return "ok"
        return "partial" if self.new + self.existing else "failed"


class Collection:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.store = open_store(settings)

    def __enter__(self) -> Collection:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self.store.close()

    def ingest(self, paths: Iterable[str], *, on_item: Callable[[Article | Failure], Any] | None = None
               ) -> IngestReport:
        """Read, clean, annotate and store; bad inputs are reported, never fatal to the batch."""
        from .distributed import processor
        from .ingest import read

        process = processor(self.settings)  # one process, or Dask when --workers/--scheduler is set
        report = IngestReport()

        def articles() -> Iterator[Article]:
            for item in process(read(paths, settings=self.settings), self.settings):
                if on_item is not None:
                    on_item(item)
                if isinstance(item, Failure):
                    report.failures.append(item)
                else:
                    yield item

        added = self.store.add(articles())
        report.new, report.existing = added.new, added.existing
        return report

    def get(self, key: str) -> Article | None:
        article_id = self.store.resolve(key)
        return self.store.get(article_id) if article_id else None

    def search(self, query: str, *, limit: int = 20, offset: int = 0):  # noqa: ANN201 - (total, hits)
        return self.store.search(query, limit=limit, offset=offset)

    def articles(self) -> Iterator[Article]:
        return self.store.articles()

    def __len__(self) -> int:
        return self.store.count()
