"""What story clustering keeps as it reads a collection: each story's aggregate, every article's place in the
reading order, and the state a run starts from (``Past``: nothing for a build, what earlier updates stored for
an update).

Articles are read in one fixed order (``position``: by day, undated last, ties by key), so a run that starts
from the stored state at the first new article's position and reads the rest again gives what one build over
every article gives.
"""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from .neighbours import Indexed
from .vectors import Vector, cosine

Position = str


def position(day: int | None, key: str) -> Position:
    """Where an article comes in the reading order. The part before the key has a fixed width, so positions
    compare as strings the way (undated, day, key) tuples do, in Python and in SQL alike."""
    return f"{day is None:d}{day or 0:07d}{key}"


def event(at: Position, n: int) -> str:
    """The ``n``-th change an article made when it was placed: 0 its joining a story, 1… the merges it caused.
    Sorts after ``at`` itself and before every later position (positions of one run share their width)."""
    return f"{at}{n:02d}"


@dataclass(slots=True)
class Aggregate:
    """A story as placement sees it: its size, main terms and centroid."""

    order: Position  # its first article's: when stories merge, the oldest keeps its id
    size: int = 0
    terms: Counter[str] = field(default_factory=Counter)  # main terms of its articles, counted
    centroid: Vector = field(default_factory=dict)  # sum of member vectors
    squares: float = 0.0  # squared norm of the centroid, kept current so similarity needs no pass over it
    last: str = ""  # the latest change (``event``): a stored aggregate is the story's state at any later position

    def join(self, vector: Vector, main: frozenset[str], *, at: str) -> None:
        self.size += 1
        self.terms.update(main)
        self._add(vector)
        self.last = at

    def absorb(self, other: Aggregate, *, at: str) -> None:
        self.size += other.size
        self.terms.update(other.terms)
        self._add(other.centroid)
        self.last = at

    def _add(self, vector: Vector) -> None:
        for term, weight in vector.items():
            old = self.centroid.get(term, 0.0)
            self.centroid[term] = old + weight
            self.squares += (old + weight) ** 2 - old * old

    def similarity(self, vector: Vector) -> float:
        return cosine(vector, self.centroid) / (self.squares ** 0.5 or 1.0)

    def closeness(self, other: Aggregate) -> float:
        return self.similarity(other.centroid) / (other.squares ** 0.5 or 1.0)

    def about(self, main: frozenset[str], share: float) -> bool:
        """Whether one of ``main`` is a main term of at least ``share`` of the story's articles: a thread is
        held together by what it is about, so an article reaching it through one drifted member stays out."""
        need = max(1, math.ceil(share * self.size))
        return any(self.terms[term] >= need for term in main)


class Past(Protocol):
    """The placements made before a run's first article, as they were at that point."""

    def postings(self, terms: Sequence[str], day: int | None, window: int) -> Mapping[str, Sequence[str]]:
        """Keys of the articles with each of ``terms`` among their top terms, in reading order; only those
        within ``window`` days of ``day`` and the undated (all of them when ``day`` is None)."""
        ...

    def items(self, keys: Sequence[str]) -> Mapping[str, Indexed]:
        """The articles as the index holds them, with their nearest similarities as they were."""
        ...

    def stories_of(self, keys: Sequence[str]) -> Mapping[str, str]:
        """The story of each of ``keys`` placed before; the others are left out."""
        ...

    def story(self, story_id: str) -> Aggregate: ...


class Nothing:
    """The past of a build: no article placed before."""

    def postings(self, terms: Sequence[str], day: int | None, window: int) -> Mapping[str, Sequence[str]]:
        return {}

    def items(self, keys: Sequence[str]) -> Mapping[str, Indexed]:
        return {}

    def stories_of(self, keys: Sequence[str]) -> Mapping[str, str]:
        return {}

    def story(self, story_id: str) -> Aggregate:
        raise KeyError(story_id)


NOTHING = Nothing()
