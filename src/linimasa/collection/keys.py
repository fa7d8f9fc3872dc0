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

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ..dedup.index import CopyIndex, Probe
from ..dedup.links import CopyLink
from ..entities.links import Counts, counts, links_from, relink
from ..entities.resolve import Entity
from ..model import Article
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
    indexed = Counter()
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
    links: dict[str, Entity]  # every link, stored and new
    changed: frozenset[str]  # aliases whose link is new, gone or points elsewhere
    counts: Counts  # the new articles' counts, to add to the stored ones
    relinked: tuple[Article, ...]  # stored articles mentioning a changed alias, relinked


def link(store: Store, fresh: Sequence[Article]) -> Linked:
    added = counts(fresh)
    total = stored_counts(store)
    total.add(added)
    links = links_from(total)
    before = store.entity_link_targets()
    now = {alias: (target.id, target.name) for alias, target in links.items()}
    changed = frozenset(a for a in before.keys() | now.keys() if before.get(a) != now.get(a))
    new = {a.id for a in fresh}
    mentioning = [i for i in store.articles_mentioning(sorted(changed)) if i not in new]
    return Linked(links, changed, added, tuple(relink(a, links) for a in store.articles(mentioning)))


def stored_counts(store: Store) -> Counts:
    rows = store.entity_counts()
    found = Counts()
    found.ids.update({(i, label): n for i, label, n in rows["entity_counts"]})
    found.names.update({(i, name): n for i, name, n in rows["entity_names"]})
    found.usage.update({(w, i, label, name): n for w, i, label, name, n in rows["entity_usage"]})
    return found


def count_rows(added: Counts) -> dict[str, dict[tuple[str, ...], int]]:
    """``Store.add_entity_counts`` rows of new counts."""
    return {"entity_counts": dict(added.ids), "entity_names": dict(added.names),
            "entity_usage": dict(added.usage)}

