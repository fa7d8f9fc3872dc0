"""A stored collection of articles: the library surface the CLI and the HTTP API are thin layers over."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .model import Article, Failure, Known
from .settings import Settings
from .store import Hit, open_store

if TYPE_CHECKING:
    from .timeline import Timeline


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

    def ingest(self, paths: Iterable[str], *, on_item: Callable[[Article | Failure | Known], Any] | None = None,
               refresh: bool = False) -> IngestReport:
        """Read, clean, annotate and store; bad inputs are reported, never fatal to the batch. Articles
        already stored are not annotated again (they gain the new source), unless ``refresh``: after an
        upgrade of the annotators, say."""
        from .distributed import processor
        from .ingest import read

        process = processor(self.settings)  # one process, or Dask when --workers/--scheduler is set
        # workers get a copy of the stored ids; in this process each article is looked up in the store
        distributed = self.settings.workers or self.settings.scheduler
        known_ids = frozenset() if refresh else self.store.id_set() if distributed else self.store
        report, known = IngestReport(), []

        def articles() -> Iterator[Article]:
            for item in process(read(paths, settings=self.settings), self.settings, known=known_ids):
                if on_item is not None:
                    on_item(item)
                if isinstance(item, Failure):
                    report.failures.append(item)
                elif isinstance(item, Known):
                    known.append(item)
                else:
                    yield item

        added = self.store.add(articles())
        self.store.add_sources((k.id, k.source) for k in known)
        report.new, report.existing = added.new, added.existing + len(known)
        return report

    def update_timeline(self, *, rebuild: bool = False) -> TimelineUpdate:
        """Run the whole-collection stages for articles stored since the last update, and store the results.

        Copies and stories look at the whole collection (existing stories keep their ids, merges are
        recorded); short person names are linked to the full name the collection shows they stand for
        (``entities.links``); disputes are found again in the stories the new articles join; timeline entries are
        extended with the new articles only, so stored entries keep their ids. ``rebuild`` builds the
        entries again from every stored article (after a stage improved).
        """
        from dataclasses import asdict

        from .dedup import assign_stories, find_copies
        from .entities.links import link_names
        from .timeline import build, claims, storage

        known = self.store.story_assignment()
        ids = self.store.ids()
        if not ids or (not rebuild and known.keys() >= set(ids)):  # nothing new: decided without reading articles
            return TimelineUpdate(0, 0, 0, 0)
        articles, links = link_names(list(self.store.articles(ids)))
        new = articles if rebuild else [a for a in articles if a.id not in known]
        # stored articles are indexed, not compared again: their copy links are stored already
        stored = [] if rebuild else [a for a in articles if a.id in known]
        copies = find_copies(new, indexed=stored, settings=self.settings)
        pairs = sorted({*(self.store.copy_pairs() if stored else ()), *((c.a, c.b) for c in copies)})
        stories = assign_stories(articles, existing=known, settings=self.settings, copies=pairs)
        story_of = stories.story_of
        touched = {story_of[a.id] for a in new} | {kept for kept, _ in stories.merges}
        disputes = claims.by_story([a for a in articles if story_of[a.id] in touched], story_of)
        timeline = build(new, settings=self.settings, previous=None if rebuild else storage.load(self.store),
                         story_of=story_of)
        # One transaction: an article counts as seen (it has a story) only once its entries are stored too,
        # so a run killed midway is redone whole by the next one.
        with self.store.transaction():
            self.store.put_entity_links({alias: target.id for alias, target in links.items()})
            self.store.put_copies(copies)
            self.store.put_stories(story_of, merges=stories.merges,
                                   meta=_story_meta([a for a in articles if story_of[a.id] in touched], story_of))
            self.store.put_disputes({merged: [] for _, merged in stories.merges}
                                    | {story: [asdict(d) for d in found] for story, found in disputes.items()})
            if rebuild:
                self.store.clear_events()
            storage.save(timeline, self.store, story_of=story_of)
        return TimelineUpdate(len(new), len(pairs), len(set(story_of.values())), len(timeline.entries))

    def timeline(self) -> Timeline:
        """The stored timeline (see ``update_timeline``)."""
        from .timeline import storage

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


def _story_meta(articles: list[Article], story_of: Mapping[str, str]) -> dict[str, dict[str, Any]]:
    """A label (the earliest title), an extractive briefing and the date range of each story."""
    from .timeline.briefing import story_briefing

    members: dict[str, list[Article]] = {}
    for article in sorted(articles, key=lambda a: a.published or ""):
        members.setdefault(story_of[article.id], []).append(article)
    meta = {}
    for story_id, group in members.items():
        dates = [a.published for a in group if a.published]
        meta[story_id] = {"label": next((a.title for a in group if a.title), group[0].text[:80]),
                          "summary": story_briefing(group),
                          "first_date": dates[0] if dates else None, "last_date": dates[-1] if dates else None}
    return meta
