"""Story clustering: the seeds' stories, one story per article in any order, stable ids as articles arrive."""
from __future__ import annotations

import json
from functools import cache
from operator import attrgetter
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from linimasa.dedup import StoryClusterer, assign_stories, content_hash
from linimasa.model import Article

ROOT = Path(__file__).resolve().parents[1]
CLICK = ROOT / "tests" / "data" / "dedup"
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


def _stories(articles, **options) -> set[frozenset[str]]:
    return {frozenset(s) for s in assign_stories(articles, key=attrgetter("source"), **options).stories()}


def test_dedup_stories_seeds_split_by_event_and_time() -> None:
    seeds = [a for a in corpus() if a.source in SEED_DATES]
    assert _stories(seeds) == {frozenset({"000", "002", "004"}), frozenset({"001"}), frozenset({"003"})}


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
@given(st.permutations(range(len(corpus()))), st.integers(min_value=1, max_value=len(corpus()) - 1))
def test_dedup_stories_ids_stable_when_articles_are_added(order: list[int], cut: int) -> None:
    articles = [corpus()[i] for i in order]
    before = assign_stories(articles[:cut], key=attrgetter("source")).story_of
    after = assign_stories(articles, existing=before, key=attrgetter("source"))
    merged_into = dict((merged, kept) for kept, merged in after.merges)
    for key, story in before.items():
        while story in merged_into:  # a story may only change id by a recorded merge
            story = merged_into[story]
        assert after.story_of[key] == story


def test_dedup_story_clusterer_keeps_an_article_where_it_first_landed() -> None:
    clusterer = StoryClusterer()
    first = corpus()[0]
    story = clusterer.add(first, key="x")
    assert clusterer.add(corpus()[1], key="x") == story
    assert clusterer.assignment().story_of == {"x": story}
