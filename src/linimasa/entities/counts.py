"""What the collection-wide name links (``links``) are computed from: articles counted per entity id, per name
written for it and per written form. Counts add up, so a collection keeps them as tables and adds each new
article's (``store.key_tables``); one build counts every article at once.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..model import Article, Label


@dataclass(slots=True)
class Counts:
    """Articles per entity id (as each article resolved it), per name written for it, per written form."""

    ids: Counter[tuple[str, Label]] = field(default_factory=Counter)  # (entity id, label)
    names: Counter[tuple[str, str]] = field(default_factory=Counter)  # (entity id, name)
    usage: Counter[tuple[str, str, Label, str]] = field(default_factory=Counter)  # (written, entity id, label, name)

    def add(self, other: Counts) -> None:
        self.ids.update(other.ids)
        self.names.update(other.names)
        self.usage.update(other.usage)

    def names_by_id(self) -> dict[str, list[tuple[str, int]]]:
        """Entity id -> (name, articles) of each name written for it."""
        by_id: dict[str, list[tuple[str, int]]] = defaultdict(list)
        for (entity_id, name), n in self.names.items():
            by_id[entity_id].append((name, n))
        return by_id


def commonest(names: list[tuple[str, int]]) -> str:
    """The name most articles write (ties: the first in sort order), whatever order articles came in."""
    return min(names, key=lambda kv: (-kv[1], kv[0]))[0]


def counts(articles: Iterable[Article]) -> Counts:
    """Each article counted once per entity id, name and written form (unlinked: as it resolved them)."""
    found = Counts()
    for article in articles:
        named = [m for m in article.entities if m.entity_id and m.name.strip()]
        found.ids.update({(m.entity_id, m.label) for m in named})
        found.names.update({(m.entity_id, m.name) for m in named})
        found.usage.update({(article.span_text(m).removeprefix("(").removesuffix(")"), m.entity_id or "", m.label,
                             m.name) for m in article.entities})
    return found
