"""Collection-wide name links: a person named only ``Anies`` in one article is the ``Anies Baswedan``
other articles introduce.

Within an article, short names already resolve to the longer name it introduced (``resolve``). An
article that uses the short name alone gets the short id (``per:anies``); this module links such ids
to the full name once the collection shows which full name the short one stands for. The link is
made only when one full name clearly dominates (``Habibie`` is the father far more often than the
son) and is not dwarfed by the short name itself: ``Soekarno`` is a name in its own right, not a
short form of the rarer ``Ratna Sari Dewi Soekarno``.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from ..model import Article, Mention
from .resolve import Entity, alias_table, key

MIN_ARTICLES = 3  # a full name seen in fewer articles is too weak a signal
DOMINANCE = 0.75  # the full name's share of the articles of every full name the short one could stand for
MAX_SHORT_RATIO = 2.0  # the short id may be used in at most this many times as many articles as the full one


@dataclass(frozen=True, slots=True)
class NameCount:
    """A person entity (its id as an article resolved it) and in how many articles it occurs."""

    id: str
    name: str
    articles: int


def _short(name: str) -> bool:
    """One word, not an acronym, not an alias-table name (``SBY`` and ``Jokowi`` resolve there)."""
    return (" " not in name and "-" not in name and len(name) >= 3 and not name.isupper()
            and key(name) not in alias_table())


def person_links(counts: Iterable[NameCount]) -> dict[str, Entity]:
    """Person id -> the full-name entity it stands for across the collection: initials first
    (``BJ Habibie`` is ``Bacharuddin Jusuf Habibie``), then short names, counted with what the
    initials joined."""
    counts = list(counts)
    links = _initial_links(counts)
    merged: dict[str, NameCount] = {}
    for c in counts:
        target = links[c.id].id if c.id in links else c.id
        kept = merged.get(target) or NameCount(target, links[c.id].name if c.id in links else c.name, 0)
        merged[target] = NameCount(kept.id, kept.name, kept.articles + c.articles)
    short = _short_links([c for c in counts if c.id not in links], list(merged.values()))
    return links | short


def _initials(words: list[str]) -> str | None:
    """``BJ Habibie``, ``B.J. Habibie`` -> ``bj``; None unless every word before the last is initials."""
    letters = "".join(w.replace(".", "") for w in words[:-1])
    return letters.lower() if letters.isalpha() and letters.isupper() and len(words) > 1 else None


def _initial_links(counts: list[NameCount]) -> dict[str, Entity]:
    """A name of initials and a last name -> the one longer name those initials abbreviate."""
    by_last: dict[str, list[NameCount]] = defaultdict(list)
    for c in counts:
        words = c.name.split()
        if len(words) > 1 and _initials(words) is None:
            by_last[key(words[-1])].append(c)
    links = {}
    for c in counts:
        words = c.name.split()
        letters = _initials(words)
        if letters is None:
            continue
        matches = [f for f in by_last.get(key(words[-1]), [])
                   if "".join(w[0] for w in f.name.split()[:-1]).lower() == letters]
        if best := _dominant(matches):
            links[c.id] = Entity("PER", best.name)
    return links


def _dominant(candidates: list[NameCount]) -> NameCount | None:
    """The candidate seen often enough, in most of the articles of them all (a misspelling is outvoted)."""
    if not candidates:
        return None
    best = max(candidates, key=lambda x: (x.articles, x.id))
    total = sum(x.articles for x in candidates)
    return best if best.articles >= MIN_ARTICLES and best.articles >= DOMINANCE * total else None


def _short_links(counts: list[NameCount], full: list[NameCount]) -> dict[str, Entity]:
    """A one-word name -> the full name whose first or last word it is, when that name dominates."""
    full_by_word: dict[str, list[NameCount]] = defaultdict(list)
    for c in full:
        words = c.name.split()  # ``Soekarno-Hatta`` is one word: not a full name ``Soekarno`` shortens
        if len(words) > 1:
            for word in {key(words[0]), key(words[-1])}:
                full_by_word[word].append(c)
    links = {}
    for c in counts:
        best = _dominant(full_by_word.get(key(c.name), [])) if _short(c.name) else None
        if best and c.articles <= MAX_SHORT_RATIO * best.articles:
            links[c.id] = Entity("PER", best.name)
    return links


def person_counts(articles: Iterable[Article]) -> list[NameCount]:
    """Article counts of each person id, from annotated articles (what the store counts with SQL)."""
    seen: dict[str, set[str]] = defaultdict(set)
    names: dict[str, str] = {}
    for article in articles:
        for m in article.entities:
            if m.label == "PER" and m.entity_id:
                seen[m.entity_id].add(article.id)
                names.setdefault(m.entity_id, m.name)
    return [NameCount(i, names[i], len(docs)) for i, docs in sorted(seen.items())]


def relink(article: Article, links: Mapping[str, Entity]) -> Article:
    """The article with its linked mentions carrying the full name's id and name."""
    if not links or not any(m.entity_id in links for m in article.entities):
        return article
    return article.with_(entities=tuple(_relinked(m, links.get(m.entity_id)) for m in article.entities))


def _relinked(mention: Mention, target: Entity | None) -> Mention:
    return mention if target is None else replace(mention, entity_id=target.id, name=target.name)


def link_people(articles: list[Article]) -> tuple[list[Article], dict[str, Entity]]:
    """The articles with short person names linked across them, and the links."""
    links = person_links(person_counts(articles))
    return [relink(a, links) for a in articles], links
