"""Entries being built (``Group``) and the index that finds the ones a mention may join (``Groups``).

A group is found by what a mention shares with it: an actor; the same kind on the same day in the same
article ("KPK menetapkan Imam Nahrawi sebagai tersangka" … "Ditetapkan dua orang tersangka, yaitu IMR dan
MIU"); or, for a happening outside PLOVER, its kind on the day the text gives (a crash reported as on "Tol
Cipularang", on "Cipularang" or on no named road). ``merge`` decides whether the mention fits.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from . import dates
from .model import Evidence
from .select import REACTIONS


@dataclass(slots=True)
class Group:
    """An entry being built; actor and person sets are kept up to date as evidence is added."""

    id: str
    order: int
    evidence: list[Evidence] = field(default_factory=list)
    actors: set[str] = field(default_factory=set)
    people: set[str] = field(default_factory=set)
    date: str | None = None
    types: set[str] = field(default_factory=set)
    kinds: set[str] = field(default_factory=set)  # types, and the kinds of happenings outside PLOVER
    sentences: set[tuple[str, int]] = field(default_factory=set)  # (article id, sentence start) of the evidence
    holders: set[tuple[str, int, str]] = field(default_factory=set)  # (article id, sentence start, first actor)
    words: set[str] = field(default_factory=set)
    statements: set[tuple[str, str, str | None]] = field(default_factory=set)  # (article, holder, date) of stances
    days: set[str] = field(default_factory=set)  # same_day keys of the evidence
    day_kinds: set[str] = field(default_factory=set)  # day_kind keys of the evidence
    keys: set[str] = field(default_factory=set)  # index_keys of the evidence: what Groups finds it by
    anchored_days: dict[str, set[str]] = field(default_factory=dict)  # article -> days its text gives
    stories: set[str] = field(default_factory=set)
    # date -> count, anchored (read from the text) and all; counted as evidence arrives, since groups of a
    # frequent actor grow large and recounting made merging quadratic
    anchored_dates: Counter[str | None] = field(default_factory=Counter)
    all_dates: Counter[str | None] = field(default_factory=Counter)
    grown: bool = False  # took evidence in this build (a stored entry nothing new touched has not)

    def add(self, ev: Evidence) -> None:
        self.evidence.append(ev)
        self.actors.update(ev.actors)
        self.people.update(ev.people)
        self.types.add(ev.type)
        self.kinds.add(ev.type or ev.happening)
        self.sentences.add((ev.article_id, ev.start))
        if ev.actors:
            self.holders.add((ev.article_id, ev.start, ev.actors[0]))
        self.words.update(ev.words)
        if stance(ev):
            self.statements.add(statement(ev))
        if kind := day_kind(ev):
            self.day_kinds.add(kind)
        if day := same_day(ev):
            self.days.add(day)
            if ev.anchored and ev.date:
                self.anchored_days.setdefault(ev.article_id, set()).add(ev.date)
        if ev.story:
            self.stories.add(ev.story)
        self.all_dates[ev.date] += 1
        if ev.anchored:
            self.anchored_dates[ev.date] += 1
        dated = self.anchored_dates or self.all_dates
        self.date = min(dated, key=lambda d: (dates.precision(d), -dated[d]), default=None)


@dataclass(slots=True)
class Groups:
    """Groups in creation order, indexed by the keys of their evidence (``index_keys``)."""

    groups: list[Group] = field(default_factory=list)
    by_key: dict[str, list[Group]] = field(default_factory=dict)

    def new(self, group_id: str) -> Group:
        self.groups.append(Group(group_id, len(self.groups)))
        return self.groups[-1]

    def add(self, group: Group, ev: Evidence) -> None:
        for key in index_keys(ev):
            if key not in group.keys:
                group.keys.add(key)
                self.by_key.setdefault(key, []).append(group)
        group.add(ev)

    def sharing(self, keys: Sequence[str]) -> list[Group]:
        found = {g.order: g for k in keys for g in self.by_key.get(k, ())}
        return [found[k] for k in sorted(found)]


def stance(ev: Evidence) -> bool:
    """A reaction, or a person's agreeing ('Wapres Jusuf Kalla Setuju Ada Dewan Pengawas KPK, tetapi…'): what
    one holder says in one article on one day is one statement, agreeing with one point and rejecting another."""
    return ev.type in REACTIONS or (ev.type == "AGREE" and bool(ev.actors) and ev.actors[0] in ev.people)


def statement(ev: Evidence) -> tuple[str, str, str | None]:
    return ev.article_id, ev.actors[0], ev.date


def day_kind(ev: Evidence) -> str | None:
    """Its type or kind with the day its text gives."""
    kind = ev.type or ev.happening
    return f"{kind} {ev.date}" if kind and ev.anchored and dates.precision(ev.date) == 0 else None


def index_keys(ev: Evidence) -> list[str]:
    """What a group that may take ``ev`` is indexed by: its actors, its day in its article, its happening's day."""
    happening = None if ev.type else day_kind(ev)  # a typed event is found by its actors
    return [*ev.actors, *(k for k in (same_day(ev), happening) if k)]


def same_day(ev: Evidence) -> str | None:
    return f"{ev.article_id} {ev.type or ev.happening} {ev.date}" if dates.precision(ev.date) == 0 else None
