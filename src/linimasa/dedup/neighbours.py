"""Nearest earlier articles for story clustering: an inverted index over each article's heaviest terms.

Only articles sharing a few of those terms are compared in full, so adding an article costs the length of a
few posting lists, not a pass over the collection.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .places import Places
from .vectors import Vector, cosine


@dataclass(eq=False, slots=True)
class Indexed:
    """An article as the index holds it, with the similarities of its nearest neighbours so far."""

    key: str
    vector: Vector
    day: int | None
    capacity: int  # how many nearest neighbours it keeps
    main: frozenset[str] = frozenset()  # its main terms (``vectors.main_terms``)
    places: Places = Places(frozenset(), frozenset())
    nearest: list[float] = field(default_factory=list)  # best first

    def would_keep(self, sim: float) -> bool:
        """Whether an article this close would be among its nearest so far."""
        return len(self.nearest) < self.capacity or sim > self.nearest[-1]

    def offer(self, sim: float) -> None:
        if self.would_keep(sim):
            self.nearest = sorted([*self.nearest, sim], reverse=True)[:self.capacity]


class ArticleIndex:
    def __init__(self, *, top_terms: int, min_shared: int, max_candidates: int, window_days: int) -> None:
        self.top_terms, self.min_shared = top_terms, min_shared
        self.max_candidates, self.window_days = max_candidates, window_days
        self._items: dict[str, Indexed] = {}
        self._postings: dict[str, list[str]] = defaultdict(list)

    def add(self, item: Indexed) -> None:
        self._items[item.key] = item
        for term in self._top(item.vector):
            self._postings[term].append(item.key)

    def similar(self, item: Indexed) -> list[tuple[float, Indexed]]:
        """Indexed articles within the time window that share terms with ``item``, a main term among them,
        most similar first."""
        shared: Counter[str] = Counter()
        for term in self._top(item.vector):
            shared.update(self._postings.get(term, ()))
        found = []
        for key, n in shared.most_common():
            if n < self.min_shared or len(found) == self.max_candidates:
                break
            other = self._items[key]
            if item.main & other.main and not (item.places.elsewhere(other.places) and other.places.elsewhere(item.places)) and (
                    item.day is None or other.day is None or abs(item.day - other.day) <= self.window_days):
                found.append((cosine(item.vector, other.vector), other))
        return sorted(found, key=lambda pair: pair[0], reverse=True)

    def _top(self, vector: Vector) -> list[str]:
        return sorted(vector, key=vector.__getitem__, reverse=True)[:self.top_terms]

