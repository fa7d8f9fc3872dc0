"""Names as people type them: an entity by its id, name, any alias or short name (``Jokowi``, ``KPK``); an outlet
by its name, another spelling or its web domain (``tempo.co``). Also name search and suggestions as one types.

One index of every (entity, surface form) pair, built once per database version (``Memo``): a lookup is then
a dictionary read, and a prefix search a bisection, however large the collection.
"""
from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass
from typing import TypeVar

from ..lang.id.kinds import LABEL_NAMES
from ..lang.id.outlets import canonical_outlet, outlet_from_host
from ..store import Store
from .memo import Memo
from .params import Params

SUGGESTIONS = 10
P = TypeVar("P", bound=Params)


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    name: str
    label: str
    mentions: int
    articles: int
    aliases: tuple[str, ...]  # most used first


@dataclass(frozen=True, slots=True)
class NameIndex:
    entities: dict[str, Entity]
    by_form: dict[str, tuple[str, ...]]  # casefolded name or alias -> entity ids, most mentioned first
    forms: tuple[str, ...]  # the keys of by_form, sorted: prefix search by bisection
    uses: dict[str, int]  # form -> mentions written that way (a name counts its entity's mentions)

    def entity(self, text: str) -> str | None:
        """The entity a user means: an id as is, else the most mentioned entity with that name or alias."""
        if text in self.entities:
            return text
        found = self.by_form.get(text.strip().casefold())
        return found[0] if found else None

    def search(self, text: str, *, label: str | None = None) -> list[Entity]:
        """Entities whose name or an alias contains ``text`` (case-insensitively), most mentioned first."""
        needle = text.strip().casefold()
        ids = {i for form, ids in self.by_form.items() if needle in form for i in ids}
        hits = [self.entities[i] for i in ids if label is None or self.entities[i].label == label]
        return sorted(hits, key=lambda e: (-e.articles, -e.mentions, e.name))

    def suggest(self, prefix: str, *, limit: int = SUGGESTIONS) -> list[dict[str, str]]:
        """Names and aliases starting with ``prefix``, the most used first: the form typed, labelled with the
        entity it names (or the entity's kind, when the form is its name)."""
        start = prefix.strip().casefold()
        forms = self.forms[bisect_left(self.forms, start):bisect_left(self.forms, start + "\uffff")]
        out = []
        for form in sorted(forms, key=lambda f: (-self.uses[f], f))[:limit]:
            entity = self.entities[self.by_form[form][0]]
            shown = next((a for a in entity.aliases if a.casefold() == form), entity.name)
            out.append({"value": shown, "label": entity.name if shown != entity.name else
                        LABEL_NAMES.get(entity.label, entity.label)})
        return out


def build(db: Store) -> NameIndex:
    totals = db.entity_totals()
    forms: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))  # form -> entity -> mentions
    aliases: dict[str, list[tuple[int, str]]] = defaultdict(list)
    heads: dict[str, tuple[str, str]] = {}
    for row in db.alias_counts():
        heads[row["id"]] = (row["name"], row["label"])
        aliases[row["id"]].append((row["mentions"], row["text"]))
        forms[row["text"].casefold()][row["id"]] += row["mentions"]
        forms[row["name"].casefold()][row["id"]] += row["mentions"]
    entities = {i: Entity(i, name, label, mentions=totals.get(i, (0, 0))[0], articles=totals.get(i, (0, 0))[1],
                          aliases=tuple(text for _, text in sorted(aliases[i], key=lambda a: (-a[0], a[1]))))
                for i, (name, label) in heads.items()}
    by_form = {form: tuple(sorted(ids, key=lambda i: (-ids[i], i))) for form, ids in forms.items()}
    uses = {form: sum(ids.values()) for form, ids in forms.items()}
    return NameIndex(entities, by_form, tuple(sorted(by_form)), uses)


def names(db: Store, cache: Memo) -> NameIndex:
    return cache.get(("names",), lambda: build(db))


def outlet(db: Store, cache: Memo, text: str) -> str:
    """The stored outlet a user means by a name, a spelling or a domain (``tempo.co``), else ``text`` as typed."""
    stored = cache.get(("outlets",), db.outlets)
    wanted = text.strip().casefold()
    meant = {wanted, *(o.casefold() for o in (canonical_outlet(text), outlet_from_host(wanted)) if o)}
    for row in stored:  # most articles first
        name = str(row["outlet"])
        if name.casefold() in meant or (canonical_outlet(name) or "").casefold() in meant:
            return name
    return text


def outlet_suggestions(db: Store, cache: Memo, prefix: str, *, limit: int = SUGGESTIONS) -> list[dict[str, str]]:
    start = prefix.strip().casefold()
    rows = cache.get(("outlets",), db.outlets)
    return [{"value": r["outlet"], "label": f"{r['articles']} artikel"}
            for r in rows if start in r["outlet"].casefold()][:limit]


def resolved(db: Store, cache: Memo, params: P) -> P:
    """Filter parameters with ``entity``, ``speaker`` and ``outlet`` as stored: the names people type
    resolved to an entity id or a stored outlet (a name nothing matches is kept, and finds nothing)."""
    changes: dict[str, str] = {}
    for field in ("entity", "speaker"):
        if (value := getattr(params, field, None)) is not None:
            changes[field] = names(db, cache).entity(value) or value
    if (value := getattr(params, "outlet", None)) is not None:
        changes["outlet"] = outlet(db, cache, value)
    return params.model_copy(update=changes) if changes else params
