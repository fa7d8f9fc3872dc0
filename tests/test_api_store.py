"""The store reads behind the API's pages, on both backends: article heads, entity samples, timeline filters."""
from __future__ import annotations

from dataclasses import replace

import pytest
from pg import pg_url  # noqa: F401 - fixture
from test_store import article
from test_store_postgres import CORPUS, any_store  # noqa: F401 - fixture

from linimasa.store import EventRow

EVENTS = [EventRow("e1", "2023-07-26", "CONSULT", None, "Kim bertemu Shoigu",
                   actors=(("per:kim", "Kim Jong-un"),), sources=(("a1", 0, 10), ("a2", 0, 8))),
          EventRow("e2", "2023-07-24", "AGREE", None, "tol", actors=(("per:jokowi", "Joko Widodo"),),
                   sources=(("a2", 9, 15),))]


def test_api_store_article_heads_are_articles_without_layers(any_store: object) -> None:
    any_store.add(CORPUS)
    heads = any_store.article_heads(["a2", "a1", "a1", "missing"])
    assert [a.id for a in heads] == ["a2", "a1"]
    for head in heads:
        full = any_store.get(head.id)
        assert head == replace(full, entities=(), quotes=(), sentences=(), tokens=(), timexes=(), roles=(),
                               events=(), warnings=())


def test_api_store_entity_sample_pairs_articles_and_entities(any_store: object) -> None:
    any_store.add(CORPUS[:3])  # the last item re-stores a1 from a copy, without its mentions
    sample = sorted((r["article_id"], r["id"], r["name"]) for r in any_store.entity_sample("per:kim"))
    assert sample == [("a1", "per:kim", "Kim Jong-un"), ("a1", "per:shoigu", "Sergei Shoigu")]


@pytest.mark.parametrize(("filters", "expected"), [
    ({"outlet": "antara"}, ["e1"]),
    ({"outlet": "ANTARA"}, ["e1"]),
    ({"entity": "joko widodo"}, ["e2"]),
    ({"entity": "per:kim"}, ["e1"]),
    ({"outlet": "nowhere"}, []),
])
def test_api_store_timeline_filters_agree(any_store: object, filters: dict, expected: list) -> None:
    any_store.add([*CORPUS, article("a9", "Lain.", "z.txt", outlet="Lain")])
    any_store.put_events(EVENTS)
    total, rows = any_store.events(**filters)
    assert (total, [r.id for r in rows]) == (len(expected), expected)
