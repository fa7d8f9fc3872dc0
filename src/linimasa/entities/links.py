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
    """Short person id -> the full-name entity it stands for across the collection."""
    counts = list(counts)
    full_by_word: dict[str, list[NameCount]] = defaultdict(list)
    for c in counts:
        words = c.name.split()  # ``Soekarno-Hatta`` is one word: not a full name ``Soekarno`` shortens
        if len(words) > 1:
            for word in {key(words[0]), key(words[-1])}:
                full_by_word[word].append(c)
    links = {}
    for c in counts:
        candidates = full_by_word.get(key(c.name)) if _short(c.name) else None
        if not candidates:
            continue
        best = max(candidates, key=lambda x: (x.articles, x.id))
        total = sum(x.articles for x in candidates)
        if (best.articles >= MIN_ARTICLES and best.articles >= DOMINANCE * total
                and c.articles <= MAX_SHORT_RATIO * best.articles):
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
