"""A stored collection of articles: the library surface the CLI and the HTTP API are thin layers over."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..model import Article, Failure, Known, Record
from ..settings import Settings
from ..store import Hit, Store, open_store
from .period import Period

if TYPE_CHECKING:
    from ..timeline import Timeline


@dataclass(frozen=True, slots=True)
class TimelineUpdate:
    articles: int  # articles the collection stages had not seen before
    copies: int
    stories: int
    events: int


@dataclass(slots=True)
class IngestReport:
    new: int = 0
    existing: int = 0
    skipped: int = 0  # published outside the period asked for (``ingest --since/--until``): not failures
    failures: list[Failure] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)  # of the articles stored or recognised, in input order

    @property
    def status(self) -> str:
        if not self.failures:
            return "ok"
        return "partial" if self.new + self.existing else "failed"


class Collection:
    def __init__(self, settings: Settings, *, store: Store | None = None, read_only: bool = False) -> None:
        """The collection the settings name; ``store``: over a connection the caller opened (and closes);
        ``read_only``: opened for reading only (see ``open_store``)."""
        self.settings = settings
        self.store: Store = store or open_store(settings, read_only=read_only)
        self._owns_store = store is None

    def __enter__(self) -> Collection:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        if self._owns_store:
            self.store.close()

    def ingest(self, paths: Iterable[str], *, on_item: Callable[[Article | Failure | Known], Any] | None = None,
               refresh: bool = False, period: Period = Period()) -> IngestReport:
        """Read PATHS (files, directories, globs, ``-``), then ``add`` what was read."""
        from ..ingest import read

        return self.add(read(paths, settings=self.settings), on_item=on_item, refresh=refresh, period=period)

    def add(self, records: Iterable[Record | Failure], *,
            on_item: Callable[[Article | Failure | Known], Any] | None = None, refresh: bool = False,
            period: Period = Period()) -> IngestReport:
        """Clean, annotate and store; bad inputs are reported, never fatal to the batch. Articles already stored
        are not annotated again (they gain the new source), unless ``refresh``: after an upgrade of the
        annotators, say. Articles published outside ``period`` are counted as skipped and not stored: judged by
        the record's date before any annotation when it has one, else by the date cleaning finds. The timeline
        is brought up to date by ``update_timeline``."""
        from ..distributed import processor

        process = processor(self.settings)  # one process, or Dask when --workers/--scheduler is set
        # workers get a copy of the stored ids; in this process each article is looked up in the store
        distributed = self.settings.workers or self.settings.scheduler
        known_ids = frozenset() if refresh else self.store.id_set() if distributed else self.store
        report, known = IngestReport(), []

        def in_period() -> Iterator[Record | Failure]:
            for record in records:
                if isinstance(record, Record) and period.decides(record.published) and not period.keeps(
                        record.published):
                    report.skipped += 1
                else:
                    yield record

        def articles() -> Iterator[Article]:
            for item in process(in_period() if period else records, self.settings, known=known_ids):
                if isinstance(item, Article) and not period.keeps(item.published):
                    report.skipped += 1
                    continue
                if on_item is not None:
                    on_item(item)
                if isinstance(item, Failure):
                    report.failures.append(item)
                    continue
                report.ids.append(item.id)
                if isinstance(item, Known):
                    known.append(item)
                else:
                    yield item

        added = self.store.add(articles())
        self.store.add_sources((k.id, k.source) for k in known)
        report.new, report.existing = added.new, added.existing + len(known)
        for _, failure in added.refused:
            report.failures.append(failure)
            if on_item is not None:
                on_item(failure)
        refused = {article_id for article_id, _ in added.refused}
        report.ids = [i for i in report.ids if i not in refused]
        return report

    def update_timeline(self, *, rebuild: bool = False, ids: Iterable[str] | None = None) -> TimelineUpdate:
        """Run the collection stages (``collection.stages``) for the articles stored since the last update, and
        store what they find.

        Copies and stories look at the whole collection (existing stories keep their ids, merges are recorded);
        names are linked to the entity the collection shows they stand for; disputes are found again in the
        stories the new articles join; timeline entries are extended with the new articles only, so stored
        entries keep their ids. ``rebuild`` builds the entries again from every stored article (after a stage
        improved). ``ids``: only these of the new articles (an ingest's own), so that ingests running at once
        give what they would one after the other: another's articles wait for its own update.

        The update reads what is stored and writes what it found in one exclusive transaction (``Store.exclusive``):
        updates of several processes queue rather than each extend the same stored timeline.
        """
        from . import stages, stored

        wanted = None if ids is None else frozenset(ids)
        if not rebuild and not stored.pending(self.store, wanted):  # decided without the lock
            return TimelineUpdate(0, 0, 0, 0)
        with self.store.exclusive():
            found = stored.read(self.store, rebuild=rebuild, ids=wanted)
            if found is None:
                return TimelineUpdate(0, 0, 0, 0)
            update = stages.run(found, self.settings)
            stored.write(self.store, update)
        return TimelineUpdate(len(update.new), len(update.pairs), len(set(update.stories.story_of.values())),
                              len(update.timeline.entries))

    def timeline(self) -> Timeline:
        """The stored timeline (see ``update_timeline``)."""
        from ..timeline import storage

        return storage.load_collection(self.store)

    def copies(self, article_id: str) -> list[dict[str, Any]]:
        return self.store.copies(article_id)

    def get(self, key: str) -> Article | None:
        article_id = self.store.resolve(key)
        return self.store.get(article_id) if article_id else None

    def search(self, query: str, *, limit: int = 20, offset: int = 0) -> tuple[int, list[Hit]]:
        return self.store.search(query, limit=limit, offset=offset)

    def articles(self) -> Iterator[Article]:
        return self.store.articles()

    def __len__(self) -> int:
        return self.store.count()

