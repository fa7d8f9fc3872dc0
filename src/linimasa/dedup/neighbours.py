"""Nearest earlier articles for story clustering: an inverted index over each article's heaviest terms.

Only articles sharing a few of those terms are compared in full, so adding an article costs the length of a
few posting lists, not a pass over the collection. Articles placed before the run (``story_state.Past``) are
looked up there, only those of the posting lists and the time window.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .places import NOWHERE, Places
from .vectors import Vector, cosine

if TYPE_CHECKING:
    from .story_state import Past


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

    def offer(self, sim: float) -> bool:
        """Keep ``sim`` if it is among the nearest so far; whether it was."""
        kept = self.would_keep(sim)
        if kept:
            self.nearest = sorted([*self.nearest, sim], reverse=True)[:self.capacity]
        return kept


class ArticleIndex:
    def __init__(self, *, top_terms: int, min_shared: int, max_candidates: int, window_days: int,
                 past: Past) -> None:
        self.top_terms, self.min_shared = top_terms, min_shared
        self.max_candidates, self.window_days = max_candidates, window_days
        self._past = past
        self._items: dict[str, Indexed] = {}  # placed in this run, and those of the past looked up
        self._postings: dict[str, list[str]] = defaultdict(list)  # of the articles placed in this run

    def add(self, item: Indexed) -> None:
        self._items[item.key] = item
        for term in top_terms(item.vector, self.top_terms):
            self._postings[term].append(item.key)

    def similar(self, item: Indexed) -> list[tuple[float, Indexed]]:
        """Indexed articles sharing terms with ``item`` and compatible with it, most similar first."""
        top = top_terms(item.vector, self.top_terms)
        before = self._past.postings(top, item.day, self.window_days)
        shared: Counter[str] = Counter()
        for term in top:  # the past's articles were read first: a tie goes to the earlier, as in one run
            shared.update(before.get(term, ()))
            shared.update(self._postings.get(term, ()))
        ranked = [key for key, n in shared.most_common() if n >= self.min_shared]
        found: list[tuple[float, Indexed]] = []
        for start in range(0, len(ranked), self.max_candidates):  # the past's articles a page at a time
            page = ranked[start:start + self.max_candidates]
            self._items.update(self._past.items([key for key in page if key not in self._items]))
            for key in page:
                other = self._items[key]
                if item.compatible(other, window_days=self.window_days):
                    found.append((cosine(item.vector, other.vector), other))
                    if len(found) == self.max_candidates:
                        return sorted(found, key=lambda pair: pair[0], reverse=True)
        return sorted(found, key=lambda pair: pair[0], reverse=True)


def top_terms(vector: Vector, top: int) -> list[str]:
    """An article's heaviest terms: what the index finds it by."""
    return sorted(vector, key=vector.__getitem__, reverse=True)[:top]

