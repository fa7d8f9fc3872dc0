"""Cross-document event merge: event mentions -> one timeline entry per real-world event.

Founders (``select``) start entries, most precise dates first; other mentions join an entry they fit or
are left out. A mention is the same event as an entry when it is of the same kind (``_same_kind``), names
no person the entry lacks while the entry names one it lacks, and its date is compatible: a day inside
the entry's week or month ("Shoigu mengunjungi Korea Utara pada Juli lalu" joins the visit of 26 July),
or a day a few days off when type, first actor and words agree (then the entry records a date dispute).
Mentions join only entries of their own story: across a collection, a frequent actor (a president) does
something of the same kind within a week in many unrelated threads. A past event recalled in the text
(dated well before publication) may join an entry of any story: that is how later threads refer back to it.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..model import Modality
from . import dates
from .model import DateConflict, Entry, Evidence
from .select import REACTIONS

MAX_ACTORS = 4
DISPUTE_DAYS = 3  # two days further apart than this are two events, however alike
SHARED_WORDS = 2  # informative stems a follower shares with an entry it joins without a shared person
OCCASIONS = frozenset({"CONSULT", ""})  # types that name the occasion rather than what happened there
# PLOVER's quad classes: two mentions of one happening often differ in type within a class ("rapat paripurna …
# menyepakati": CONSULT and AGREE); a type outside them (or none) is a family of its own
FAMILIES = {**dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "CONCEDE"), "verbal cooperation"),
            **dict.fromkeys(("COOPERATE", "AID", "RETREAT"), "material cooperation"),
            **dict.fromkeys(("REQUEST", "ACCUSE", "REJECT", "THREATEN"), "verbal conflict"),
            **dict.fromkeys(("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"), "material conflict")}


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
    sentences: set[tuple[str, int]] = field(default_factory=set)  # (article id, sentence start) of the evidence
    words: set[str] = field(default_factory=set)
    statements: set[tuple[str, str, str | None]] = field(default_factory=set)  # (article, holder, date) of reactions
    days: set[str] = field(default_factory=set)  # _same_day keys of the evidence
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
        self.sentences.add((ev.article_id, ev.start))
        self.words.update(ev.words)
        if ev.type in REACTIONS:
            self.statements.add(_statement(ev))
        if day := _same_day(ev):
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
    """Groups in creation order, indexed by actor: only groups sharing an actor can take a mention, or
    one with a mention of the same kind on the same day in the same article ("KPK menetapkan Imam Nahrawi
    sebagai tersangka" … "Ditetapkan dua orang tersangka, yaitu IMR dan MIU")."""

    groups: list[Group] = field(default_factory=list)
    by_actor: dict[str, list[Group]] = field(default_factory=dict)

    def new(self, group_id: str) -> Group:
        self.groups.append(Group(group_id, len(self.groups)))
        return self.groups[-1]

    def add(self, group: Group, ev: Evidence) -> None:
        for actor in set(ev.actors) - group.actors:
            self.by_actor.setdefault(actor, []).append(group)
        if day := _same_day(ev):
            self.by_actor.setdefault(day, []).append(group)
        group.add(ev)

    def sharing(self, actors: Sequence[str]) -> list[Group]:
        found = {g.order: g for a in actors for g in self.by_actor.get(a, ())}
        return [found[k] for k in sorted(found)]


def family(event_type: str) -> str:
    return FAMILIES.get(event_type, event_type)


def polarity(event_type: str) -> str:
    """Cooperation or conflict (PLOVER's two halves), else the type itself."""
    return family(event_type).split()[-1]


def _statement(ev: Evidence) -> tuple[str, str, str | None]:
    return ev.article_id, ev.actors[0], ev.date


def _same_kind(group: Group, ev: Evidence) -> bool:
    """The founder's type or kind (a death, a crash); its polarity (cooperation, conflict) when one sentence
    states both; its PLOVER class, stance with stance and happening with happening, when one person acts in
    both (the first actor of each); a happening of no known kind when the sentences share the event's words.
    What one holder says in one article on one day is one statement."""
    if ev.type in REACTIONS and _statement(ev) in group.statements:
        return True  # "Agus membantah pernyataan Alex" … "Agus mengakui terdapat dinamika"
    first = group.evidence[0]
    kind = first.type
    shared = (ev.article_id, ev.start) in group.sentences
    worded = len(group.words.intersection(ev.words)) >= SHARED_WORDS
    if not ev.type or not kind:
        same = not ev.type and not kind and ev.happening == first.happening
        return shared or (same and (bool(ev.happening) or worded))
    if ev.type == kind:
        return True
    if shared:  # 'berunjuk rasa menolak RKUHP': a protest that rejects is one event
        return polarity(ev.type) == polarity(kind)
    if (ev.type in REACTIONS) != (kind in REACTIONS):
        return False  # a stance taken is not the happening it is about, nor the meeting it is taken at
    return family(ev.type) == family(kind) and ev.actors[0] in group.people & {first.actors[0]}


def _one_happening(group: Group, ev: Evidence) -> bool:
    """A death, a funeral, a crash, a match… of one day told by the text: one event, whoever else the
    sentences name (the president leading the funeral, the wife buried beside)."""
    first = group.evidence[0]
    return (bool(ev.happening) and ev.happening == first.happening and ev.anchored and first.anchored
            and dates.precision(ev.date) == 0 and ev.date == first.date)


def _across_stories(group: Group, ev: Evidence) -> bool:
    """Two threads that tell one happening: the same type or kind, the same day both texts give, and two
    participants in common (the match Indonesia-Malaysia of 5 September in the match story and in the story
    of the petition it set off)."""
    first = group.evidence[0]
    return (bool(ev.type or ev.happening) and (ev.type, ev.happening) == (first.type, first.happening)
            and ev.anchored and first.anchored and dates.precision(ev.date) == 0 and ev.date == first.date
            and len(group.actors.intersection(ev.actors)) >= 2)


def _fits(group: Group, ev: Evidence, *, founder: bool) -> bool:
    if ev.story and group.stories and ev.story not in group.stories and not _across_stories(group, ev):
        return False
    people = set(ev.people)
    if people - group.people and group.people - people and not _one_happening(group, ev):
        return False  # each side names a person the other lacks
    if not _same_kind(group, ev):
        return False
    if founder:
        if ev.anchored and _same_day(ev) and group.anchored_days.get(ev.article_id, {ev.date}) - {ev.date}:
            return False  # an article that dates two mentions to different days tells two events
        return dates.compatible(group.date, ev.date) or _disputed_day(group, ev)
    # dated only by publication, a mention must name the same person, share the event's words, or restate a
    # mention of its own article
    related = (people & group.people or len(group.words.intersection(ev.words)) >= SHARED_WORDS
               or _same_day(ev) in group.days)
    return bool(related) and dates.near_publication(group.date, ev.date, planned=ev.modality == "planned")


def _same_day(ev: Evidence) -> str | None:
    return f"{ev.article_id} {ev.type or ev.happening} {ev.date}" if dates.precision(ev.date) == 0 else None


def _disputed_day(group: Group, ev: Evidence) -> bool:
    """Sources of one thread that give the same happening different days a few days apart ('Sabtu (7/9)' and
    'sejak Senin lalu'): one event with a date dispute, when its type, its first actor (a person) and its
    words agree."""
    first = group.evidence[0]
    return (bool(ev.story) and ev.type == first.type and ev.happening == first.happening
            and ev.actors[0] == first.actors[0] and ev.actors[0] in ev.people
            and len(group.words.intersection(ev.words)) >= SHARED_WORDS
            and dates.days_apart(group.date, ev.date) <= DISPUTE_DAYS)


def _best(groups: Groups, ev: Evidence, *, founder: bool) -> Group | None:
    day = _same_day(ev)
    fitting = [g for g in groups.sharing([*ev.actors, day] if day else ev.actors) if _fits(g, ev, founder=founder)]
    return max(fitting, key=lambda g: (ev.type in g.types, len(g.actors & set(ev.actors))),
               default=None)


def entry_id(ev: Evidence) -> str:
    return "ev_" + hashlib.sha1(f"{ev.article_id}:{ev.trigger_start}".encode()).hexdigest()[:12]


def group(founders: list[Evidence], followers: list[Evidence], groups: Groups) -> Groups:
    """Place founders (most precise dates first), then followers, into ``groups`` (extended in place)."""
    for ev in founders:
        target = _best(groups, ev, founder=True) or groups.new(entry_id(ev))
        groups.add(target, ev)
        target.grown = True
    for ev in followers:
        follows = _best(groups, ev, founder=False)
        if follows:
            groups.add(follows, ev)
            follows.grown = True
    return groups


def merge_groups(groups: Groups) -> tuple[list[Group], list[tuple[str, str]]]:
    """Join groups that turned out to be one event (a date got more precise); record (kept, merged).

    At least one of the two must have taken evidence in this build: stored entries that nothing new touched
    stay as they are, so adding unrelated articles never rearranges the rest of the timeline."""
    kept = Groups()
    merges = []
    for g in groups.groups:
        lead = g.evidence[0]
        into = next((k for k in kept.sharing(lead.actors) if (g.grown or k.grown)
                     and _fits(k, lead, founder=True)), None)
        if into is None:
            into = kept.new(g.id)
        else:
            merges.append((into.id, g.id))
        into.grown = into.grown or g.grown
        for ev in g.evidence:
            kept.add(into, ev)
    return kept.groups, merges


def conflict(evidence: Sequence[Evidence]) -> DateConflict | None:
    by_value: dict[str, list[str]] = {}
    for e in evidence:
        if e.anchored and e.date and dates.precision(e.date) == 0:
            by_value.setdefault(e.date, []).append(e.source)
    if len(by_value) < 2 or len({s for srcs in by_value.values() for s in srcs}) < 2:
        return None  # one source alone does not dispute itself
    return DateConflict(tuple((value, tuple(dict.fromkeys(srcs))) for value, srcs in sorted(by_value.items())))


def to_entry(g: Group) -> Entry:
    types = Counter(e.type for e in g.evidence)
    # a tie goes to what happened at a meeting over the meeting, and to any type over none
    kind = max(types, key=lambda t: (types[t], t not in OCCASIONS, t != "", -list(types).index(t)))
    names = {a: n for e in g.evidence for a, n in zip(e.actors, e.actor_names, strict=True)}
    ranked = [a for a, _ in Counter(a for e in g.evidence for a in e.actors).most_common(MAX_ACTORS)]
    places = Counter(e.where for e in g.evidence if e.where)
    return Entry(g.id, g.date, kind, tuple(ranked), tuple(names[a] for a in ranked),
                 places.most_common(1)[0][0] if places else None, tuple(g.evidence), conflict=conflict(g.evidence),
                 modality=modality(g.evidence), background=all(e.background for e in g.evidence))


def modality(evidence: Sequence[Evidence]) -> Modality:
    """Asserted when any source states it as fact; else reported (only as someone's claim), else planned."""
    found = {e.modality for e in evidence}
    return next((m for m in ("asserted", "reported", "planned") if m in found), "asserted")
