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

from ..model import Modality
from . import dates
from .groups import Group, Groups, day_kind, index_keys, same_day, stance, statement
from .model import DateConflict, Entry, Evidence
from .select import REACTIONS

MAX_ACTORS = 4
DISPUTE_DAYS = 3  # two days further apart than this are two events, however alike
SHARED_WORDS = 2  # informative stems a follower shares with an entry it joins without a shared person
ACROSS_WORDS = 3  # … that two threads' reports of one happening share when they name no one in common
OCCASIONS = frozenset({"CONSULT", ""})  # types that name the occasion rather than what happened there
SITTING = frozenset({"CONSULT", "AGREE", "law"})  # a sitting, what it agrees, the law it passes (type or kind)
# PLOVER's quad classes: two mentions of one happening often differ in type within a class ("rapat paripurna …
# menyepakati": CONSULT and AGREE); a type outside them (or none) is a family of its own
FAMILIES = {**dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "CONCEDE"), "verbal cooperation"),
            **dict.fromkeys(("COOPERATE", "AID", "RETREAT"), "material cooperation"),
            **dict.fromkeys(("REQUEST", "ACCUSE", "REJECT", "THREATEN"), "verbal conflict"),
            **dict.fromkeys(("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"), "material conflict")}


def family(event_type: str) -> str:
    return FAMILIES.get(event_type, event_type)


def polarity(event_type: str) -> str:
    """Cooperation or conflict (PLOVER's two halves), else the type itself."""
    return family(event_type).split()[-1]


def _same_kind(group: Group, ev: Evidence) -> bool:
    """The founder's type or kind (a death, a crash); its polarity (cooperation, conflict) when one sentence
    states both; its PLOVER class, stance with stance and happening with happening, when one person acts in
    both (the first actor of each); a happening of no known kind when the sentences share the event's words.
    What one holder says in one article on one day is one statement."""
    if stance(ev) and statement(ev) in group.statements:
        return True  # "Agus membantah pernyataan Alex" … "Agus mengakui terdapat dinamika"
    if _one_sitting(group, ev):
        return True
    if ev.actors and (ev.article_id, ev.start, ev.actors[0]) in group.holders:
        return True  # one holder in one sentence: 'Pemerintah setuju diatur …, tapi … tidak' (AGREE, REJECT)
    first = group.evidence[0]
    kind = first.type
    shared = (ev.article_id, ev.start) in group.sentences
    worded = len(group.words.intersection(ev.words)) >= SHARED_WORDS
    if not ev.type or not kind:
        same = not ev.type and not kind and ev.happening == first.happening
        unknown = not (ev.type or ev.happening) or not (kind or first.happening)
        return shared or (same and (bool(ev.happening) or worded)) or (unknown and _person_on_the_day(group, ev))
    if ev.type == kind:
        return True
    if shared:  # 'berunjuk rasa menolak RKUHP': a protest that rejects is one event
        return polarity(ev.type) == polarity(kind)
    if (ev.type in REACTIONS) != (kind in REACTIONS):
        return False  # a stance taken is not the happening it is about, nor the meeting it is taken at
    return family(ev.type) == family(kind) and ev.actors[0] in group.people & {first.actors[0]}


def _person_on_the_day(group: Group, ev: Evidence) -> bool:
    """A mention of no known kind ('kebijakan cukai rokok yang diumumkan') says only that something happened:
    the same person's act on the same day the texts give ('Kita semua akhirnya memutuskan untuk kenaikan cukai
    rokok …,' ujar Sri Mulyani) is that something."""
    return (bool(group.people.intersection(ev.people)) and ev.anchored and dates.precision(ev.date) == 0
            and ev.date == group.date and bool(group.anchored_dates[ev.date]))


def _one_sitting(group: Group, ev: Evidence) -> bool:
    """A sitting and what it decides, on the day the text gives: the plenary (CONSULT), the vote (AGREE) and the
    law it passes ('mengesahkan', a happening) of one body ('Rapat Paripurna DPR pada Selasa' and 'DPR
    mengesahkan revisi UU KPK')."""
    return ((ev.type or ev.happening) in SITTING and bool(group.kinds & SITTING) and bool(ev.actors)
            and ev.actors[0] in group.actors and ev.anchored and dates.precision(ev.date) == 0
            and dates.compatible(group.date, ev.date))


def _one_happening(group: Group, ev: Evidence) -> bool:
    """A death, a funeral, a crash, a match… of one day told by the text: one event, whoever else the
    sentences name (the president leading the funeral, the wife buried beside)."""
    return bool(ev.happening) and day_kind(ev) in group.day_kinds


def _told_alike(group: Group, ev: Evidence) -> bool:
    """Reports that name no one in common ('Tol Cipularang', 'Cipularang', or no one at all): one happening on
    the day both texts give, in one thread or told in the same words."""
    return _one_happening(group, ev) and ((bool(ev.story) and ev.story in group.stories) or _worded(group, ev))


def _worded(group: Group, ev: Evidence, least: int = SHARED_WORDS) -> bool:
    return len(group.words.intersection(ev.words)) >= least


def _across_stories(group: Group, ev: Evidence) -> bool:
    """Two threads that tell one happening: the same type or kind on the same day both texts give, and two
    participants in common, or one and the event's words, or, for a happening outside PLOVER, more of its words
    (the match Indonesia-Malaysia of 5 September in the match story and in the story of the petition it set off;
    'Indonesia menelan kekalahan 0-3 dari Thailand' and 'skuad Garuda takluk 0-3 dari Thailand')."""
    if day_kind(ev) not in group.day_kinds:
        return False
    shared = len(group.actors.intersection(ev.actors))
    return shared >= 2 or (shared == 1 and _worded(group, ev)) or (not ev.type and _worded(group, ev, ACROSS_WORDS))


def _fits(group: Group, ev: Evidence, *, founder: bool) -> bool:
    if ev.story and group.stories and ev.story not in group.stories and not _across_stories(group, ev):
        return False
    people = set(ev.people)
    if people - group.people and group.people - people and not _one_happening(group, ev):
        return False  # each side names a person the other lacks
    if not _same_kind(group, ev):
        return False
    if not group.actors.intersection(ev.actors) and same_day(ev) not in group.days and not _told_alike(group, ev):
        return False
    if founder:
        if ev.anchored and same_day(ev) and group.anchored_days.get(ev.article_id, {ev.date}) - {ev.date}:
            return False  # an article that dates two mentions to different days tells two events
        return dates.compatible(group.date, ev.date) or _disputed_day(group, ev)
    # dated only by publication, a mention must name the same person, share the event's words, or restate a
    # mention of its own article
    related = people & group.people or _worded(group, ev) or same_day(ev) in group.days or _told_alike(group, ev)
    if ev.anchored and dates.precision(ev.date) == 0:  # a happening the text dates, naming no one
        return bool(related) and dates.compatible(group.date, ev.date)
    return bool(related) and dates.near_publication(group.date, ev.date, planned=ev.modality == "planned")


def _disputed_day(group: Group, ev: Evidence) -> bool:
    """Sources of one thread that give the same happening different days a few days apart ('Sabtu (7/9)' and
    'sejak Senin lalu'): one event with a date dispute, when its type, its first actor (a person) and its
    words agree."""
    first = group.evidence[0]
    return (bool(ev.story) and ev.type == first.type and ev.happening == first.happening
            and bool(ev.actors) and ev.actors[:1] == first.actors[:1] and ev.actors[0] in ev.people
            and len(group.words.intersection(ev.words)) >= SHARED_WORDS
            and dates.days_apart(group.date, ev.date) <= DISPUTE_DAYS)


def _best(groups: Groups, ev: Evidence, *, founder: bool) -> Group | None:
    fitting = [g for g in groups.sharing(index_keys(ev)) if _fits(g, ev, founder=founder)]
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
        into = next((k for k in kept.sharing(index_keys(lead)) if (g.grown or k.grown)
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
    # a mention of no type and no known kind ('digelar') says nothing of what happened: it does not vote
    types = Counter(e.type for e in g.evidence if e.type or e.happening) or Counter(e.type for e in g.evidence)
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
