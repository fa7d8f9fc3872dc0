"""Story clustering: threads across days, near misses apart, the seeds' stories, one story per article in any
order, stable ids as articles arrive."""
from __future__ import annotations

import copy
import json
from functools import cache
from operator import attrgetter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from linimasa.dedup import StoryClusterer, assign_stories, content_hash
from linimasa.dedup.neighbours import top_terms
from linimasa.dedup.stories import reading_order
from linimasa.dedup.story_state import position
from linimasa.dedup.vectors import publication_day
from linimasa.model import Article
from linimasa.pipeline import annotate_article, stages
from linimasa.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
CLICK = ROOT / "tests" / "data" / "dedup"
THREADS = ROOT / "tests" / "data" / "stories"
# Publication dates as the clean and timex stages infer them for the bundled seeds (inputs, not results).
SEED_DATES = {"000": "2023-07-27", "001": "2024-09-14", "002": "2023-07-26", "003": "2023-09-13", "004": "2023-07-31"}


@cache
def corpus() -> tuple[Article, ...]:
    seeds = [Article(id=content_hash(p.read_text()), source=p.name[:3], text=p.read_text(),
                     published=SEED_DATES[p.name[:3]]) for p in sorted((ROOT / "examples" / "seeds").glob("*.txt"))]
    meta = json.loads((CLICK / "meta.json").read_text())
    click = [Article(id=content_hash(p.read_text()), source=p.stem, text=p.read_text(), title=meta[p.name]["title"],
                     published=meta[p.name]["published"]) for p in sorted(CLICK.glob("*.txt"))]
    return tuple(seeds + click)


@cache
def threads() -> dict[str, Article]:
    """The story table's articles, read and annotated as ingest does it (entities feed the story vectors)."""
    from linimasa.clean import clean
    from linimasa.ingest import read

    config, pipeline = Settings(), stages(("segment", "timex", "entities"))
    published = json.loads((THREADS / "published.json").read_text())
    found = {}
    for record in read(sorted(THREADS.glob("*.txt")), settings=config):
        name = Path(record.source).name
        article = annotate_article(clean(record, config), config, pipeline)
        found[name.removesuffix(".txt")] = article.with_(source=name.removesuffix(".txt"), published=published[name])
    return found


def _stories(articles, **options) -> set[frozenset[str]]:
    return {frozenset(s) for s in assign_stories(articles, key=attrgetter("source"), **options).stories()}


def test_dedup_stories_seeds_split_by_event_and_time() -> None:
    seeds = [a for a in corpus() if a.source in SEED_DATES]
    assert _stories(seeds) == {frozenset({"000", "002", "004"}), frozenset({"001"}), frozenset({"003"})}


HABIBIE = ("tribunnews-729", "sindonews-1918", "tempo-3194", "tempo-3743", "sindonews-3103", "okezone-4596",
           "kompas-1014")  # in hospital (10/9), mourning and death (11/9), funeral (12/9), Xanana at the grave (15/9)
SENIOR_TEAM = ("tempo-3915", "tribunnews-19", "okezone-3154", "tempo-453", "kompas-1386")  # 0-3 v Thailand, coach
FIRLI = ("tempo-3428", "okezone-1791", "sindonews-3250", "tempo-439", "okezone-4496")  # ethics row, election


@pytest.mark.parametrize(("articles", "expected"), [
    # a thread: the death's articles say different things on different days and are still one story
    (HABIBIE, [HABIBIE]),
    # two toll-road crashes in one week share every event word, not the road: Jagorawi (Ciawi) vs Cipularang
    (("pos_metro-17", "tempo-2076"), [("pos_metro-17",), ("tempo-2076",)]),
    # two earthquakes four days apart, Halmahera and the Java Sea: the same BMKG words, other places
    (("kompas-909", "tempo-1911"), [("kompas-909",), ("tempo-1911",)]),
    # a U-16 win over the Philippines beside the senior team's loss to Thailand and the coach's future
    ((*SENIOR_TEAM, "sindonews-1212"), [SENIOR_TEAM, ("sindonews-1212",)]),
    # the president on Firli (okezone-4496) and on the KPK bill (okezone-4525), same day, same outlet: the
    # bill's story does not swallow the election's
    ((*FIRLI, "tempo-3593", "okezone-4525"), [FIRLI, ("tempo-3593", "okezone-4525")]),
], ids=["death-hospital-funeral", "two-toll-road-crashes", "two-earthquakes", "u16-beside-senior-team",
        "president-on-two-threads"])
def test_dedup_stories_threads_join_near_misses_stay_apart(articles: tuple[str, ...],
                                                          expected: list[tuple[str, ...]]) -> None:
    assert _stories([threads()[name] for name in articles]) == {frozenset(s) for s in expected}


def test_dedup_stories_the_same_thread_a_year_later_is_another_story() -> None:
    later = [threads()[n].with_(source=f"{n}-2020", published="2020" + threads()[n].published[4:])
             for n in HABIBIE[3:]]
    stories = _stories([threads()[n] for n in HABIBIE] + later)
    assert frozenset(HABIBIE) in stories and frozenset(a.source for a in later) in stories


@settings(max_examples=10, deadline=None)
@given(st.permutations(sorted(HABIBIE + SENIOR_TEAM + FIRLI)))
def test_dedup_stories_do_not_depend_on_input_order(order: list[str]) -> None:
    assert _stories([threads()[n] for n in order]) == {frozenset(HABIBIE), frozenset(SENIOR_TEAM), frozenset(FIRLI)}


def test_dedup_stories_copies_always_share_a_story() -> None:
    undated = [a.with_(published=None) for a in corpus() if a.source in {"000", "002"}]
    assert _stories(undated, copies=[("000", "002")]) == {frozenset({"000", "002"})}


def test_dedup_stories_empty_and_one_word_articles_stay_alone() -> None:
    tiny = [Article(id=str(i), source=f"tiny-{i}", text=t) for i, t in enumerate(["", "Foto", "Jakarta."])]
    stories = _stories([*tiny, *corpus()])
    assert all(frozenset({t.source}) in stories for t in tiny)


@settings(max_examples=25, deadline=None)
@given(st.permutations(range(len(corpus()))))
def test_dedup_stories_every_article_in_exactly_one_story_in_any_order(order: list[int]) -> None:
    articles = [corpus()[i] for i in order]
    stories = assign_stories(articles, key=attrgetter("source")).stories()
    keys = [k for story in stories for k in story]
    assert sorted(keys) == sorted(a.source for a in articles)


@settings(max_examples=25, deadline=None)
@given(st.permutations(range(len(corpus()))))
def test_dedup_stories_id_is_the_first_article_read(order: list[int]) -> None:
    """The same stories in any input order, each named by its first article in reading order (by day)."""
    articles = [corpus()[i] for i in order]
    found = assign_stories(articles, key=attrgetter("source"))
    assert found.story_of == assign_stories(corpus(), key=attrgetter("source")).story_of
    at = {a.source: position(publication_day(a), a.source) for a in articles}
    for keys in found.stories():
        assert found.story_of[keys[0]] == "s-" + min(keys, key=at.__getitem__)


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=0, max_value=len(corpus())))
def test_dedup_stories_resume_from_any_position(cut: int) -> None:
    """A run that starts from what an earlier run left at any position places the rest as one run does."""
    articles = reading_order(corpus(), attrgetter("source"))
    first = StoryClusterer()
    for article in articles[:cut]:
        first.add(article, key=article.source)
    rest = StoryClusterer(past=_Left(first))
    for article in articles[cut:]:
        rest.add(article, key=article.source)
    together = {**first.assignment().story_of, **rest.assignment().story_of}
    for key, story in together.items():
        together[key] = rest.current(story)
    assert together == assign_stories(corpus(), key=attrgetter("source")).story_of


class _Left:
    """What a finished clusterer leaves, as ``story_state.Past`` (what the store keeps, in memory)."""

    def __init__(self, done: StoryClusterer) -> None:
        self.done = done
        self.placed = {p.item.key: p.item for p in done.placements}

    def postings(self, terms, day, window):
        return {t: [k for k, i in self.placed.items() if t in top_terms(i.vector, 12)] for t in terms}

    def items(self, keys):
        return {k: copy.copy(self.placed[k]) for k in keys}

    def stories_of(self, keys):
        return {k: self.done.story(k) for k in keys if k in self.placed}

    def story(self, story_id):
        return copy.deepcopy(self.done.stories()[story_id])


def test_dedup_story_clusterer_keeps_an_article_where_it_first_landed() -> None:
    clusterer = StoryClusterer()
    first = corpus()[0]
    story = clusterer.add(first, key="x")
    assert clusterer.add(corpus()[1], key="x") == story
    assert clusterer.assignment().story_of == {"x": story}
