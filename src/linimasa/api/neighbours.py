"""An entity's co-occurring entities and their network, counted from one sample of its latest articles.

One read of (article, entity) pairs (``store.entity_sample``) replaces an aggregate query per figure:
the neighbours and the edges between them come from the same articles, so they always agree.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import combinations
from typing import Any


@dataclass(frozen=True, slots=True)
class Neighbourhood:
    neighbours: tuple[dict[str, Any], ...]  # id, name, label, shared (articles); most shared first
    edges: tuple[tuple[str, str, int], ...]  # (a, b, shared articles), a < b, among the entity and its closest


def neighbourhood(entity_id: str, sample: Iterable[Mapping[str, Any]], *, limit: int,
                  network_size: int) -> Neighbourhood:
    """``sample`` rows carry article_id, id, name, label; the network joins the entity and its
    ``network_size`` closest neighbours."""
    present: dict[str, set[str]] = defaultdict(set)
    info: dict[str, dict[str, Any]] = {}
    for row in sample:
        present[row["article_id"]].add(row["id"])
        info[row["id"]] = {"id": row["id"], "name": row["name"], "label": row["label"]}
    shared = Counter(e for entities in present.values() for e in entities if e != entity_id)
    ranked = sorted(shared, key=lambda e: (-shared[e], info[e]["name"], e))[:limit]
    nodes = {entity_id, *ranked[:network_size]}
    pairs = Counter(pair for entities in present.values() for pair in combinations(sorted(entities & nodes), 2))
    return Neighbourhood(tuple(info[e] | {"shared": shared[e]} for e in ranked),
                         tuple(sorted((a, b, n) for (a, b), n in pairs.items())))
