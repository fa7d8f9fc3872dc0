"""Copies and name links over a store, in time proportional to what is new.

Copies: the store keeps every article's MinHash band keys and rare signals (``store.key_tables``); a new
article's candidates are the stored articles sharing a band key or enough signals with it, and only those are
read back and indexed beside the new ones (``dedup.CopyIndex``), so it is judged against what one run over
every article would have judged it against.

Links: the store keeps the article counts the links are computed from (``entities.links.Counts``); an update
adds the new articles' counts, computes the links from the totals, and relinks the stored articles that
mention an alias whose link changed: their story features change with it.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..dedup.index import CopyIndex, Probe
from ..dedup.links import CopyLink
from ..entities.counts import Counts, counts
from ..entities.links import (
    RELATED,
    Parts,
    designator_links,
    link_parts,
    name_keys,
    person_counts,
    person_links,
    relink,
    surface_links,
    usage_word,
)
from ..entities.resolve import Entity
from ..model import Article, Label
from ..settings import Settings
from ..store import Store

_MAX_POSTINGS = 400  # as dedup.index: a signal in more stored articles than this finds no candidates


@dataclass(frozen=True, slots=True)
class CopyKeys:
    """The new articles' band keys (signed, as the store keeps them) and signals."""

    bands: tuple[tuple[int, str], ...]
    signals: tuple[tuple[str, str], ...]


def copy_keys(fresh: Sequence[Article], settings: Settings) -> CopyKeys:
    index = CopyIndex(config=settings.dedup)
    return _keys({a.id: index.probe(a) for a in fresh})


def _keys(probes: dict[str, Probe]) -> CopyKeys:
    return CopyKeys(tuple((_signed(k), i) for i, p in probes.items() for k in p.bands.tolist()),
                    tuple((s, i) for i, p in probes.items() for s in sorted(p.signals)))


def copies(store: Store, fresh: Sequence[Article], settings: Settings) -> tuple[list[CopyLink], CopyKeys]:
    """The new articles' copy links, among themselves and with the stored articles."""
    index = CopyIndex(config=settings.dedup)
    probes = {a.id: index.probe(a) for a in fresh}
    postings = store.copy_signal_postings(sorted({s for p in probes.values() for s in p.signals}))
    stored = Counter(signal for signal, _ in postings)
    candidates = set(store.copy_band_hits(sorted({_signed(k) for p in probes.values() for k in p.bands.tolist()})))
    candidates |= _sharing(probes, postings, stored, settings.dedup.candidate_min_shared)
    indexed: Counter[str] = Counter()
    for article in store.articles(sorted(candidates - probes.keys())):
        index.add(article, judge=False)
        indexed.update(index.probe(article).signals)
    index.unindexed = stored - indexed
    return [link for article in fresh for link in index.add(article)], _keys(probes)


def _sharing(probes: dict[str, Probe], postings: list[tuple[str, str]], stored: Counter[str],
             least: int) -> set[str]:
    """Stored articles sharing ``least`` signals with a new one, signals of too many articles left out."""
    having: dict[str, list[str]] = {}
    for signal, article_id in postings:
        if stored[signal] <= _MAX_POSTINGS:
            having.setdefault(signal, []).append(article_id)
    found: set[str] = set()
    for probe in probes.values():
        shared = Counter(i for s in probe.signals for i in having.get(s, ()))
        found |= {i for i, n in shared.items() if n >= least}
    return found


def _signed(key: int) -> int:
    """A uint64 band key as the signed 64-bit integer SQL stores."""
    return key - (1 << 64) if key >= 1 << 63 else key


@dataclass(frozen=True, slots=True)
class Linked:
    links: dict[str, Entity]  # every link, chains followed
    found: dict[str, tuple[frozenset[str], dict[str, Entity]]]  # rule -> (aliases whose link changed, now)
    counts: Counts  # the new articles' counts, to add to the stored ones
    keys: frozenset[tuple[str, str, str]]  # (kind, key, entity id) of the new articles' names
    relinked: tuple[Article, ...]  # stored articles mentioning an alias whose link changed, relinked


def linked_anew(fresh: Sequence[Article]) -> Linked:
    """The links of a collection counted from scratch (a rebuild)."""
    added = counts(fresh)
    parts = link_parts(added)
    found = {rule: (frozenset(links), links) for rule, links in _rules(parts).items()}
    return Linked(parts.links(), found, added, _name_keys(added), ())


def link(store: Store, fresh: Sequence[Article]) -> Linked:
    """The links once the new articles are counted: each rule judges again only the names related to a name
    the new articles count (``entities.links.RELATED``); the rest of its stored links stand."""
    added, before = counts(fresh), _stored_parts(store)
    keys = _name_keys(added)
    persons, person_scope = _judged(store, added, keys, ("PER",), lambda sub: person_links(person_counts(sub)))
    places, place_scope = _judged(store, added, keys, ("ORG", "LOC"), designator_links)
    persons = {a: t for a, t in before.persons.items() if a not in person_scope} | persons
    places = {a: t for a, t in before.designators.items() if a not in place_scope} | places
    changed = {a for old, new in ((before.persons, persons), (before.designators, places))
               for a in old.keys() | new.keys() if old.get(a) != new.get(a)}
    surface, surface_scope = _surface(store, added, changed, persons | places)
    surface = {a: t for a, t in before.surface.items() if a not in surface_scope} | surface
    parts = Parts(persons, places, surface)
    links = parts.links()
    return Linked(links, _changed(before, parts), added, keys, _relinked(store, links, fresh))


def _changed(before: Parts, after: Parts) -> dict[str, tuple[frozenset[str], dict[str, Entity]]]:
    """Each rule's aliases whose link changed, with their links now (what the store keeps changes there)."""
    found = {}
    for rule, links in _rules(after).items():
        stored = _rules(before)[rule]
        moved = frozenset(a for a in stored.keys() | links.keys() if stored.get(a) != links.get(a))
        found[rule] = (moved, {a: links[a] for a in moved if a in links})
    return found


def _relinked(store: Store, links: dict[str, Entity], fresh: Sequence[Article]) -> tuple[Article, ...]:
    """The stored articles that mention an alias whose link changed, relinked (those the stages have placed:
    another ingest's articles wait for its own update)."""
    targets = store.entity_link_targets()
    moved = sorted(a for a in targets.keys() | links.keys()
                   if targets.get(a) != ((links[a].id, links[a].name) if a in links else None))
    new = {a.id for a in fresh}
    placed = store.story_assignment_of(store.articles_mentioning(moved))
    return tuple(relink(a, links) for a in store.articles(sorted(i for i in placed if i not in new)))


def _rules(parts: Parts) -> dict[str, dict[str, Entity]]:
    return {"persons": parts.persons, "designators": parts.designators, "surface": parts.surface}


def _name_keys(added: Counts) -> frozenset[tuple[str, str, str]]:
    labels: dict[str, set[Label]] = defaultdict(set)
    for entity_id, label in added.ids:
        labels[entity_id].add(label)
    return frozenset((kind, key, i) for i, name in added.names for label in labels[i]
                     for kind, key in name_keys(i, label, name))


def _judged(store: Store, added: Counts, keys: frozenset[tuple[str, str, str]], labels: tuple[Label, ...],
            rule: Callable[[Counts], dict[str, Entity]]) -> tuple[dict[str, Entity], set[str]]:
    """A rule's links over the names related to the new articles' names of ``labels``, and the aliases it
    judged: those names' ids and the ids their names give."""
    related = _closure(store, {i for i, lab in added.ids if lab in labels}, keys)
    sub = Counts()
    rows = store.entity_counts_of(sorted(related))
    sub.ids.update({(i, lab): n for i, lab, n in rows["entity_counts"]})
    sub.names.update({(i, name): n for i, name, n in rows["entity_names"]})
    sub.ids.update({k: n for k, n in added.ids.items() if k[0] in related})
    sub.names.update({k: n for k, n in added.names.items() if k[0] in related})
    scope = related | {Entity(lab, name).id for (i, name) in sub.names for lab in labels}
    return rule(sub), scope


def _closure(store: Store, seeds: set[str], keys: frozenset[tuple[str, str, str]]) -> set[str]:
    """``seeds`` and every id related to them, directly or through others."""
    found, frontier = set(seeds), set(seeds)
    while frontier:
        own = {*store.entity_keys(sorted(frontier)), *((k, v) for k, v, i in keys if i in frontier)}
        wanted = {(RELATED[k], v) for k, v in own}
        reached = store.entities_keyed(sorted(wanted)) | {i for k, v, i in keys if (k, v) in wanted}
        frontier = reached - found
        found |= reached
    return found


def _surface(store: Store, added: Counts, changed: set[str],
             links: dict[str, Entity]) -> tuple[dict[str, Entity], set[str]]:
    """Surface links judged again for every id written as a word the new articles write, or as one whose
    uses changed with a person or designator link; each such id with every word it is written as."""
    words = {usage_word(w) for w, *_ in added.usage} | {r[4] for r in store.entity_usage(entity_ids=sorted(changed))}
    scope = {r[1] for r in store.entity_usage(words=sorted(words))} | {i for w, i, *_ in added.usage
                                                                       if usage_word(w) in words}
    words |= {r[4] for r in store.entity_usage(entity_ids=sorted(scope))} | {usage_word(w) for w, i, *_ in added.usage
                                                                          if i in scope}
    sub = Counts()
    sub.usage.update({r[:4]: r[5] for r in store.entity_usage(words=sorted(words))})
    sub.usage.update({k: n for k, n in added.usage.items() if usage_word(k[0]) in words})
    return {i: t for i, t in surface_links(sub, links).items() if i in scope}, scope


def _stored_parts(store: Store) -> Parts:
    rules: dict[str, dict[str, Entity]] = {"persons": {}, "designators": {}, "surface": {}}
    for part, alias, _, label, name in store.name_links():
        rules[part][alias] = Entity(label, name)  # type: ignore[arg-type]
    return Parts(rules["persons"], rules["designators"], rules["surface"])


def count_rows(added: Counts) -> dict[str, dict[tuple[str, ...], int]]:
    """``Store.add_entity_counts`` rows of new counts."""
    return {"entity_counts": {(i, label): n for (i, label), n in added.ids.items()},
            "entity_names": {(i, name): n for (i, name), n in added.names.items()},
            "entity_usage": {(*k, usage_word(k[0])): n for k, n in added.usage.items()}}
