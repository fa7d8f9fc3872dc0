"""An entity's co-occurring entities and network edges, counted from one sample of (article, entity) rows."""
from __future__ import annotations

import pytest

from linimasa.api.neighbours import neighbourhood

NAMES = {"per:kim": "Kim", "loc:moskow": "Moskow", "per:shoigu": "Shoigu", "loc:seoul": "Seoul"}
SAMPLE = {"a1": ["per:kim", "per:shoigu", "loc:moskow"], "a2": ["per:kim", "loc:moskow"],
          "a3": ["per:kim", "loc:seoul", "per:shoigu"], "a4": ["per:kim"]}


def rows(sample: dict[str, list[str]]) -> list[dict[str, str]]:
    return [{"article_id": a, "id": e, "name": NAMES[e], "label": e[:3].upper()}
            for a, es in sample.items() for e in es]


@pytest.mark.parametrize(("limit", "network_size", "neighbours", "edges"), [
    (10, 10, [("loc:moskow", 2), ("per:shoigu", 2), ("loc:seoul", 1)],
     [("loc:moskow", "per:kim", 2), ("loc:moskow", "per:shoigu", 1), ("loc:seoul", "per:kim", 1),
      ("loc:seoul", "per:shoigu", 1), ("per:kim", "per:shoigu", 2)]),
    (2, 1, [("loc:moskow", 2), ("per:shoigu", 2)], [("loc:moskow", "per:kim", 2)]),  # ties broken by name
    (10, 0, [("loc:moskow", 2), ("per:shoigu", 2), ("loc:seoul", 1)], []),
])
def test_api_neighbours_counts_shared_articles(limit: int, network_size: int, neighbours: list, edges: list) -> None:
    near = neighbourhood("per:kim", rows(SAMPLE), limit=limit, network_size=network_size)
    assert [(n["id"], n["shared"]) for n in near.neighbours] == neighbours
    assert list(near.edges) == edges


def test_api_neighbours_of_a_lone_entity_are_empty() -> None:
    near = neighbourhood("per:kim", rows({"a4": ["per:kim"]}), limit=10, network_size=10)
    assert (near.neighbours, near.edges) == ((), ())
