"""Updates in any batches give what one build gives: copies, stories (with their ids) and disputes.

Timeline entries are not compared: the entries stage extends stored entries greedily (a mention joins the best
entry there is when it arrives, and stored entries no new mention reaches never merge), so they depend on the
order articles arrive in, by design (``timeline.merge``); see the collection stages' docstring.

The articles: the five seeds, the story table's CLICK-ID threads (a death over six days, crashes and quakes kept
apart, the KPK threads a president's remarks bridge), the copy pairs (near copies, rewrites, templates) and the
first articles of one week of the bundled CLICK-ID sample. Each is annotated once; a hypothesis example stores
them in random batches, in a random order, and brings the collection up to date after each batch.
"""
from __future__ import annotations

import itertools
import json
from functools import cache
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from linimasa.clean import clean
from linimasa.collection import Collection
from linimasa.ingest import read
from linimasa.model import Article
from linimasa.pipeline import annotate_article, stages
from linimasa.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
WEEK = ("2019-09-16", "2019-09-17", "2019-09-18")  # of the CLICK-ID sample
SAMPLE = 36


@cache
def corpus() -> tuple[Article, ...]:
    config, pipeline = Settings(), stages()
    published = json.loads((DATA / "stories" / "published.json").read_text())
    published |= {name: meta["published"] for name, meta in json.loads((DATA / "dedup" / "meta.json").read_text())
                  .items()}
    paths = [*sorted((ROOT / "examples" / "seeds").glob("*.txt")), *sorted((DATA / "stories").glob("*.txt")),
             *sorted((DATA / "dedup").glob("*.txt"))]
    week = [r for r in read([str(DATA / "click-id-1000.csv.gz")], settings=config)
            if (getattr(r, "published", None) or "")[:10] in WEEK][:SAMPLE]
    found = {}
    for record in [*read([str(p) for p in paths], settings=config), *week]:
        article = annotate_article(clean(record, config), config, pipeline)
        given = published.get(Path(record.source).name)
        found[article.id] = article.with_(published=given) if given else article
    return tuple(found.values())


def _stored(collection: Collection) -> dict[str, Any]:
    store = collection.store
    return {"copies": store.copy_pairs(), "stories": store.story_assignment(),
            "disputes": sorted(json.dumps(d, sort_keys=True) for d in store.disputes())}


@cache
def one_build() -> dict[str, Any]:
    with Collection(Settings(database=":memory:")) as collection:
        collection.store.add(corpus())
        collection.update_timeline()
        return _stored(collection)


def test_collection_updates_corpus_has_what_the_property_needs() -> None:
    built = one_build()
    assert len(built["copies"]) >= 4 and built["disputes"]
    assert len(set(built["stories"].values())) < len(built["stories"]) - 10  # threads, not singletons


@settings(max_examples=12, deadline=None)
@given(st.permutations(range(len(corpus()))), st.lists(st.integers(1, len(corpus()) - 1), max_size=4))
def test_collection_updates_in_any_batches_equal_one_build(order: list[int], cuts: list[int]) -> None:
    articles = [corpus()[i] for i in order]
    bounds = [0, *sorted(set(cuts)), len(articles)]
    with Collection(Settings(database=":memory:")) as collection:
        for start, end in itertools.pairwise(bounds):
            collection.store.add(articles[start:end])
            collection.update_timeline()
        assert _stored(collection) == one_build()


def test_collection_updates_a_late_first_article_renames_its_story() -> None:
    """The first article of the longest thread arrives after all the others: the thread is read again from it
    and takes its id, as one build names it."""
    stories = one_build()["stories"]
    longest = max(set(stories.values()), key=list(stories.values()).count)
    late = longest.removeprefix("s-")
    with Collection(Settings(database=":memory:")) as collection:
        collection.store.add([a for a in corpus() if a.id != late])
        collection.update_timeline()
        before = collection.store.story_assignment()
        collection.store.add([a for a in corpus() if a.id == late])
        collection.update_timeline()
        assert longest not in before.values() and _stored(collection) == one_build()
