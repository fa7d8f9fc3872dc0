"""Collection-wide name links: a person named only ``Anies`` in one article is the ``Anies Baswedan``
other articles introduce, and a bare ``KPU`` the ``Komisi Pemilihan Umum`` other articles define it as.

Within an article, short names already resolve to the longer name it introduced (``resolve``). An
article that names a person differently gets a different id (``per:anies``, ``per:bj-habibie``,
``per:gatot-soebroto``); this module links such ids to one entity once the collection shows which
name they stand for. Three passes, each over the names left by the one before, counted with what it
joined:

1. old and new spelling (``Soebroto`` = ``Subroto``, ``Djoko`` = ``Joko``): the commonest form wins;
2. initials (``BJ Habibie``, ``B.J. Habibie``) -> the one longer name they abbreviate;
3. short names (``Anies``, ``Sri Mulyani``), the first or last words of a longer name -> that name.

Passes 2 and 3 link only when one name clearly dominates (``Habibie`` stays apart while his family
members' names compete) and, for short names, when the short name is not far commoner than the full
one: ``Soekarno`` is a name in its own right, not a short form of ``Ratna Sari Dewi Soekarno``.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from functools import cache, partial

from ..lang.id.names import DESIGNATORS
from ..model import Article, Event, Label, Mention, Quote
from .resolve import Entity, abbreviates, alias_table, key

MIN_ARTICLES = 3  # a full name seen in fewer articles is too weak a signal
DOMINANCE = 0.75  # the full name's share of the articles of every name the short one could stand for
MAX_SHORT_RATIO = 2.0  # the short id may be used in at most this many times as many articles as the full one
# Van Ophuijsen and Soewandi spellings that names kept after the 1972 reform
_OLD_SPELLING = ((re.compile("oe"), "u"), (re.compile("dj"), "j"), (re.compile("tj"), "c"), (re.compile("sj"), "sy"))


@dataclass(frozen=True, slots=True)
class NameCount:
    """A person entity (its id as an article resolved it) and in how many articles it occurs."""

    id: str
    name: str
    articles: int


def person_links(counts: Iterable[NameCount]) -> dict[str, Entity]:
    """Person id -> the entity it stands for across the collection."""
    counts = list(counts)
    links: dict[str, Entity] = {}
    for find in (_spelling_links, _initial_links, _short_links):
        found = _followed(find(_roots(counts, links)))
        links = {alias: found.get(target.id, target) for alias, target in links.items()} | found
    return links


def _followed(links: dict[str, Entity]) -> dict[str, Entity]:
    """Each link to the end of its chain (``Mulyani`` -> ``Sri Mulyani`` -> ``Sri Mulyani Indrawati``); a link
    that would lead back to its own alias is dropped."""
    out = {}
    for alias, target in links.items():
        seen = {alias}
        while target.id in links and target.id not in seen:
            seen.add(target.id)
            target = links[target.id]
        if target.id not in seen:
            out[alias] = target
    return out


def _roots(counts: list[NameCount], links: Mapping[str, Entity]) -> list[NameCount]:
    """The names not linked elsewhere, each counted with the articles of the names linked to it."""
    merged: dict[str, NameCount] = {}
    for c in counts:
        target = links.get(c.id)
        root = NameCount(target.id, target.name, 0) if target else NameCount(c.id, c.name, 0)
        kept = merged.get(root.id, root)
        merged[root.id] = NameCount(kept.id, kept.name, kept.articles + c.articles)
    return list(merged.values())


def _dominant(candidates: list[NameCount]) -> NameCount | None:
    """The candidate seen often enough, in most of the articles of them all (a misspelling is outvoted)."""
    if not candidates:
        return None
    best = max(candidates, key=lambda x: (x.articles, x.id))
    total = sum(x.articles for x in candidates)
    return best if best.articles >= MIN_ARTICLES and best.articles >= DOMINANCE * total else None


def spelling_key(name: str) -> str:
    s = key(name)
    for pattern, new in _OLD_SPELLING:
        s = pattern.sub(new, s)
    return s


def _spelling_links(roots: list[NameCount]) -> dict[str, Entity]:
    groups: dict[str, list[NameCount]] = defaultdict(list)
    for c in roots:
        groups[spelling_key(c.name)].append(c)
    links: dict[str, Entity] = {}
    for group in groups.values():
        best = max(group, key=lambda x: (x.articles, x.id))
        links |= {c.id: Entity("PER", best.name) for c in group if c is not best}
    return links


def _initials(words: list[str]) -> str | None:
    """``BJ Habibie``, ``B.J. Habibie`` -> ``bj``; None unless every word before the last is initials."""
    letters = "".join(w.replace(".", "") for w in words[:-1])
    return letters.lower() if letters.isalpha() and letters.isupper() and len(words) > 1 else None


def _initial_links(roots: list[NameCount]) -> dict[str, Entity]:
    by_last: dict[str, list[NameCount]] = defaultdict(list)
    for c in roots:
        words = c.name.split()
        if len(words) > 1 and _initials(words) is None:
            by_last[key(words[-1])].append(c)
    links = {}
    for c in roots:
        words = c.name.split()
        letters = _initials(words)
        if letters is None:
            continue
        matches = [f for f in by_last.get(key(words[-1]), [])
                   if "".join(w[0] for w in f.name.split()[:-1]).lower() == letters]
        if best := _dominant(matches):
            links[c.id] = Entity("PER", best.name)
    return links


def _short(name: str) -> bool:
    """Not an acronym or an alias-table name (``SBY`` and ``Jokowi`` resolve there), no hyphenated word."""
    return len(name) >= 3 and not name.isupper() and "-" not in name and key(name) not in alias_table()


def _ends(words: list[str]) -> set[str]:
    """The keys of a name's shorter forms: its first and last words, and runs of them (``Sri Mulyani``)."""
    return {key(" ".join(words[:n])) for n in range(1, len(words))} | {
        key(" ".join(words[-n:])) for n in range(1, len(words))}


def _short_links(roots: list[NameCount]) -> dict[str, Entity]:
    """A short name -> the longer name it begins or ends, when that name dominates."""
    # ``Soekarno-Hatta`` is one word: not a longer name ``Soekarno`` shortens
    by_end: dict[str, list[NameCount]] = defaultdict(list)
    for c in roots:
        for end in _ends(c.name.split()):
            by_end[end].append(c)
    links = {}
    for c in roots:
        best = _dominant(by_end.get(key(c.name), [])) if _short(c.name) else None
        if best and c.articles <= MAX_SHORT_RATIO * best.articles:
            links[c.id] = Entity("PER", best.name)
    return links


def person_counts(articles: Iterable[Article]) -> list[NameCount]:
    """Article counts of each person id, from annotated articles."""
    seen: dict[str, set[str]] = defaultdict(set)
    names: dict[str, str] = {}
    for article in articles:
        for m in article.entities:
            if m.label == "PER" and m.entity_id and m.name.strip():
                seen[m.entity_id].add(article.id)
                names.setdefault(m.entity_id, m.name)
    return [NameCount(i, names[i], len(docs)) for i, docs in sorted(seen.items())]


def relink(article: Article, links: Mapping[str, Entity]) -> Article:
    """The article with its linked mentions carrying the linked entity's id and name, and so the actors of
    its events and the speakers of its quotes (which hold entity ids too)."""
    if not links or not any(m.entity_id in links for m in article.entities):
        return article
    return article.with_(entities=tuple(_relinked(m, links.get(m.entity_id)) for m in article.entities),
                         events=tuple(_event(e, links) for e in article.events),
                         quotes=tuple(_quote(q, links.get(q.speaker_id)) for q in article.quotes))


def _event(event: Event, links: Mapping[str, Entity]) -> Event:
    if not any(a in links for a in event.actors):
        return event
    pairs = [(links[a].id, links[a].name) if a in links else (a, n)
             for a, n in zip(event.actors, event.actor_names, strict=True)]
    kept = dict.fromkeys(pairs)  # a short and a full name of one person in one event are one actor
    return replace(event, actors=tuple(a for a, _ in kept), actor_names=tuple(n for _, n in kept))


def _quote(quote: Quote, target: Entity | None) -> Quote:
    return quote if target is None else replace(quote, speaker_id=target.id, speaker=target.name)


def _relinked(mention: Mention, target: Entity | None) -> Mention:
    return mention if target is None else replace(mention, entity_id=target.id, name=target.name)


def surface_links(articles: Iterable[Article], links: Mapping[str, Entity]) -> dict[str, Entity]:
    """An abbreviation left as its own entity (``org:kpu``) -> the name other articles resolve that very
    word to (``Komisi Pemilihan Umum (KPU)``), when one name dominates those articles and the bare
    abbreviation is not far commoner than its resolved uses."""
    resolved: dict[str, Counter[str]] = defaultdict(Counter)  # word -> entity id it stands for -> articles
    own: dict[str, Counter[str]] = defaultdict(Counter)  # word -> its own entity id -> articles
    entities: dict[str, Entity] = {}
    usage = cache(partial(_usage, links=links))  # a collection writes the same few names over and over
    for article in articles:
        usages = set()  # each counted once per article
        for m in article.entities:
            word, target_id, target, use = usage(article.span_text(m), m.entity_id, m.label, m.name)
            entities.setdefault(target_id, target)
            usages.add((word, target_id, use))
        for word, entity_id, use in usages:
            if use == "abbreviation":
                resolved[word][entity_id] += 1
            elif use == "name":
                own[word][entity_id] += 1
    found: dict[str, Entity] = {}
    for word, ids in own.items():
        ranked = resolved[word].most_common() if word in resolved else []
        if not ranked or ranked[0][1] < MIN_ARTICLES or ranked[0][1] < DOMINANCE * sum(n for _, n in ranked):
            continue
        best, uses = ranked[0]
        found |= {i: entities[best] for i, n in ids.items()
                  if i not in links and i != best and n <= MAX_SHORT_RATIO * uses}
    return found


def _usage(text: str, entity_id: str, label: Label, name: str, *,
           links: Mapping[str, Entity]) -> tuple[str, str, Entity, str | None]:
    """(key of the word written, the entity a mention of ``entity_id`` stands for and its id, whether the
    word is that entity's whole ``"name"`` or an ``"abbreviation"`` of it rather than one of its words:
    ``KPU`` for ``Komisi Pemilihan Umum``, not ``Persib`` for ``Persib Bandung``)."""
    written = text.removeprefix("(").removesuffix(")")
    target = links.get(entity_id) or Entity(label, name)
    word = key(written)
    if word == key(target.name):
        return word, target.id, target, "name"
    words = {key(w) for w in target.name.split()}
    abbreviated = " " not in written and word not in words and abbreviates(written, target.name)
    return word, target.id, target, "abbreviation" if abbreviated else None


def designator_links(articles: Iterable[Article]) -> dict[str, Entity]:
    """``Partai Golkar`` and ``Golkar``, ``Provinsi Jawa Barat`` and ``Jawa Barat``: the rarer form -> the commoner."""
    seen: dict[str, set[str]] = defaultdict(set)
    entities: dict[str, Entity] = {}
    for article in articles:
        for m in article.entities:
            if m.label in ("ORG", "LOC") and m.name.strip():
                seen[m.entity_id].add(article.id)
                entities.setdefault(m.entity_id, Entity(m.label, m.name))
    links = {}
    for entity in entities.values():
        head, _, rest = entity.name.partition(" ")
        bare = Entity(entity.label, rest).id
        if DESIGNATORS.get(head.lower()) == entity.label and bare in entities:
            rare, common = sorted((entity.id, bare), key=lambda i: (len(seen[i]), i))
            links[rare] = entities[common]
    return links


def link_names(articles: list[Article]) -> tuple[list[Article], dict[str, Entity]]:
    """The articles with names linked across them (persons by name, organisations and places with or without
    their designator, abbreviations by usage), and the links."""
    links = person_links(person_counts(articles)) | designator_links(articles)
    links = _followed(links | surface_links(articles, links))
    return [relink(a, links) for a in articles], links
