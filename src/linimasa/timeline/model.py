"""The collection-level data: timeline entries with their evidence, disputes and stories."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Evidence:
    """One event mention that supports an entry: the sentence that states it, in one article."""

    article_id: str
    source: str
    start: int
    end: int
    trigger_start: int
    trigger_end: int
    type: str
    date: str | None
    anchored: bool  # date read from the text rather than the publication date
    modality: str
    actors: tuple[str, ...]  # entity ids (names where an actor has no id)
    actor_names: tuple[str, ...]
    where: str | None
    people: tuple[str, ...] = ()  # the actors that are persons: two events with different people differ
    story: str | None = None  # the article's story, within which it merges; None: a past event recalled
    background: bool = False  # the text dates it well before publication: a past event recalled
    happening: str = ""  # for a type outside PLOVER, its kind (death, funeral, accident…: lang.id.happenings)
    words: tuple[str, ...] = ()  # the informative stems of its sentence ("celaka", "tol", "cipularang")


@dataclass(frozen=True, slots=True)
class DateConflict:
    """Sources that date one event differently: each value with the sources that give it."""

    values: tuple[tuple[str, tuple[str, ...]], ...]


@dataclass(frozen=True, slots=True)
class Entry:
    id: str  # derived from the founding evidence, so it stays stable as articles are added
    date: str | None
    type: str
    actors: tuple[str, ...]
    actor_names: tuple[str, ...]
    where: str | None
    evidence: tuple[Evidence, ...]
    summary: str = ""
    disputed: bool = False
    conflict: DateConflict | None = None
    quotes: tuple[str, ...] = ()  # attributed quotes near the evidence: 'Speaker: "…"'
    modality: str = "asserted"  # asserted, reported or planned: how its sources state it
    background: bool = False  # every source recalls it as past, well before publication
    reacts_to: str | None = None  # the id of the entry a reaction (accusation, denial…) responds to

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(e.source for e in self.evidence))


@dataclass(frozen=True, slots=True)
class Dispute:
    """A claim some sources make and others deny."""

    claim: str  # the sentence stating the accusation
    claimants: tuple[str, ...]
    deniers: tuple[str, ...]
    accused: tuple[str, ...]
    sources: tuple[str, ...]
    denials: tuple[str, ...] = ()  # the sentences stating the denials


@dataclass(frozen=True, slots=True)
class Story:
    id: str
    sources: tuple[str, ...]
    briefing: str = ""


@dataclass(frozen=True, slots=True)
class Timeline:
    entries: tuple[Entry, ...]
    stories: tuple[Story, ...] = ()
    duplicates: tuple[tuple[str, str], ...] = ()
    disputes: tuple[Dispute, ...] = ()
    merges: tuple[tuple[str, str], ...] = ()  # (kept entry id, merged entry id)
