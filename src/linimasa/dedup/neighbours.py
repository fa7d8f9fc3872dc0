"""Nearest earlier articles for story clustering: an inverted index over each article's heaviest terms.

Only articles sharing a few of those terms are compared in full, so adding an article costs the length of a
few posting lists, not a pass over the collection.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .places import NOWHERE, Places
from .vectors import Vector, cosine


@dataclass(eq=False, slots=True)
class Indexed:
    """An article as the index holds it, with the similarities of its nearest neighbours so far."""

    key: str
    vector: Vector
    day: int | None
    capacity: int  # how many nearest neighbours it keeps
    main: frozenset[str] = frozenset()  # its main terms (``vectors.main_terms``)
    places: Places = NOWHERE
    nearest: list[float] = field(default_factory=list)  # best first

    def would_keep(self, sim: float) -> bool:
        """Whether an article this close would be among its nearest so far."""
        return len(self.nearest) < self.capacity or sim > self.nearest[-1]

    def compatible(self, other: Indexed, *, window_days: int) -> bool:
        """Whether the two may be one story at all: a main term in common, not each at places the other never
        names, and published within the window when both dates are known."""
        return bool(self.main & other.main) and not (
            self.places.elsewhere(other.places) and other.places.elsewhere(self.places)) and (
            self.day is None or other.day is None or abs(self.day - other.day) <= window_days)

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
        """Indexed articles sharing terms with ``item`` and compatible with it, most similar first."""
        shared: Counter[str] = Counter()
        for term in self._top(item.vector):
            shared.update(self._postings.get(term, ()))
        found: list[tuple[float, Indexed]] = []
        for key, n in shared.most_common():
            if n < self.min_shared or len(found) == self.max_candidates:
                break
            other = self._items[key]
            if item.compatible(other, window_days=self.window_days):
                found.append((cosine(item.vector, other.vector), other))
        return sorted(found, key=lambda pair: pair[0], reverse=True)

    def _top(self, vector: Vector) -> list[str]:
        return sorted(vector, key=vector.__getitem__, reverse=True)[:self.top_terms]

