"""Cross-document event merge: event mentions -> one timeline entry per real-world event.

Only mentions the text dates (a timex in the sentence) or that lead an article may found
an entry; other mentions, dated only by publication, join an entry they fit or are left
out (background and side remarks). A dated background mention ("Shoigu mengunjungi Korea
Utara pada Juli lalu") fits the entry of the visit because July 2023 contains its day.
Mentions join only entries of their own story: across a collection, a frequent actor (a president)
does something of the same kind within a week in many unrelated threads. A past event recalled in
the text (dated well before publication) may join an entry of any story: that is how later threads
refer back to it.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ..model import Article, Event
from . import dates
from .model import DateConflict, Entry, Evidence

CLAIM_TYPES = frozenset({"ACCUSE", "REJECT"})  # shown as disputes, not as events
HISTORY_YEARS = 1  # events dated more than this before publication are background, not news
MAX_ACTORS = 4
LEAD_SENTENCES = 2  # an article's main event is stated in its opening sentences


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
        if ev.story:
            self.stories.add(ev.story)
        self.all_dates[ev.date] += 1
        if ev.anchored:
            self.anchored_dates[ev.date] += 1
        dated = self.anchored_dates or self.all_dates
        self.date = min(dated, key=lambda d: (dates.precision(d), -dated[d]), default=None)


@dataclass(slots=True)
class Groups:
    """Groups in creation order, indexed by actor: only groups sharing an actor can take a mention."""

    groups: list[Group] = field(default_factory=list)
    by_actor: dict[str, list[Group]] = field(default_factory=dict)

    def new(self, group_id: str) -> Group:
        self.groups.append(Group(group_id, len(self.groups)))
        return self.groups[-1]

    def add(self, group: Group, ev: Evidence) -> None:
        for actor in set(ev.actors) - group.actors:
            self.by_actor.setdefault(actor, []).append(group)
        group.add(ev)

    def sharing(self, actors: Sequence[str]) -> list[Group]:
        found = {g.order: g for a in actors for g in self.by_actor.get(a, ())}
        return [found[k] for k in sorted(found)]


def _anchored(article: Article, event: Event) -> bool:
    return any(event.start <= t.start < event.end and (t.anchor or t.value).startswith(event.date or "-")
               for t in article.timexes)


def _evidence(article: Article, event: Event, persons: dict[str, tuple[str, str]], person_ids: set[str],
              story: str | None) -> Evidence:
    pairs = [_as_person(a or n, n, persons) for a, n in zip(event.actors, event.actor_names, strict=True)]
    anchored = _anchored(article, event)
    recalled = anchored and dates.retrospective(event.date, article.published)
    return Evidence(article.id, article.source, event.start, event.end, event.trigger_start, event.trigger_end,
                    event.type, event.date, anchored, event.modality,
                    tuple(a for a, _ in pairs), tuple(n for _, n in pairs), event.where,
                    tuple(a for a, _ in pairs if a in person_ids), None if recalled else story)


def _eligible(event: Event, published: str | None) -> bool:
    year, now = dates.year(event.date), dates.year(published)
    historical = year is not None and now is not None and year < now - HISTORY_YEARS
    return bool(event.actors) and event.type not in CLAIM_TYPES and event.modality != "negated" and not historical


def _persons(articles: Sequence[Article]) -> dict[str, tuple[str, str]]:
    """Collection-wide people: name key -> (id, name)."""
    return {_key(m.name): (m.entity_id or m.name, m.name) for a in articles for m in a.entities
            if m.label.startswith("PER") and m.name}


def _key(name: str) -> str:
    return " ".join(name.casefold().replace("-", " ").split())


def _as_person(actor: str, name: str, persons: dict[str, tuple[str, str]]) -> tuple[str, str]:
    """An actor whose name ends with a known person's name is that person: a name span that swallowed
    a title ("Politbiro Partai Komunis Cina Li Hongzhong")."""
    words = _key(name).split()
    tails = (" ".join(words[i:]) for i in range(1, len(words) - 1))
    return next((persons[t] for t in tails if t in persons), (actor, name))


def _founds(ev: Evidence, lead: bool) -> bool:
    """Dated by the text, or the article's lead; a week or more vague needs a person acting."""
    return lead or (ev.anchored and (dates.precision(ev.date) == 0 or bool(ev.people)))


def mentions(articles: Sequence[Article], story_of: Mapping[str, str]) -> tuple[list[Evidence], list[Evidence]]:
    """(founders, followers): evidence that may start an entry, and evidence that may only join one."""
    founders: list[Evidence] = []
    followers: list[Evidence] = []
    persons = _persons(articles)
    person_ids = {pid for pid, _ in persons.values()}
    for article in articles:
        usable = [e for e in article.events if e.date and _eligible(e, article.published)]
        later = article.sentences[LEAD_SENTENCES:LEAD_SENTENCES + 1]
        opening = later[0].start if later else len(article.text)
        lead = min((e.start for e in usable if e.start < opening), default=-1)
        for event in usable:
            ev = _evidence(article, event, persons, person_ids, story_of.get(article.id))
            (founders if _founds(ev, event.start == lead) else followers).append(ev)
    founders.sort(key=lambda e: dates.precision(e.date))
    return founders, followers


def _fits(group: Group, ev: Evidence, *, founder: bool) -> bool:
    if ev.story and group.stories and ev.story not in group.stories:
        return False
    people = set(ev.people)
    if people - group.people and group.people - people:  # each side names a person the other lacks
        return False
    if ev.type != group.evidence[0].type and not people & group.people:
        return False  # one event only if the same kind of thing happens, or the same person acts
    if founder:
        return dates.compatible(group.date, ev.date)
    return dates.near_publication(group.date, ev.date, planned=ev.modality == "planned")


def _best(groups: Groups, ev: Evidence, *, founder: bool) -> Group | None:
    fitting = [g for g in groups.sharing(ev.actors) if _fits(g, ev, founder=founder)]
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
                     and lead.type == k.evidence[0].type and _fits(k, lead, founder=True)), None)
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
    if len(by_value) < 2:
        return None
    return DateConflict(tuple((value, tuple(dict.fromkeys(srcs))) for value, srcs in sorted(by_value.items())))


def to_entry(g: Group) -> Entry:
    types = Counter(e.type for e in g.evidence)
    names = {a: n for e in g.evidence for a, n in zip(e.actors, e.actor_names, strict=True)}
    ranked = [a for a, _ in Counter(a for e in g.evidence for a in e.actors).most_common(MAX_ACTORS)]
    places = Counter(e.where for e in g.evidence if e.where)
    return Entry(g.id, g.date, types.most_common(1)[0][0], tuple(ranked), tuple(names[a] for a in ranked),
                 places.most_common(1)[0][0] if places else None, tuple(g.evidence), conflict=conflict(g.evidence))
