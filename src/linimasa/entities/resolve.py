"""Entity resolution: one canonical name and one stable id per real-world entity.

The id is derived from the label and the normalised canonical name, never from a counter,
so it is the same in every document of a run and across runs. Canonical names come from the
alias table; otherwise short person names (``Kim``, ``Tuan Putin``) and truncated
organisation names (``Partai Komunis``) resolve to the longer name the document introduced.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from ..lang.id.aliases import ALIASES, METONYMS
from ..lang.id.names import DESIGNATORS, WORLD_CITIES, countries
from ..lang.id.titles import HONORIFICS
from ..model import Label


@dataclass(frozen=True, slots=True)
class Entity:
    label: Label
    name: str

    @property
    def id(self) -> str:
        return f"{self.label.lower()}:{slug(self.name)}"


_KEY_GAPS = re.compile(r"[\s\-‐–—.'’]+")


@lru_cache(maxsize=1 << 16)  # names recur: collection-wide links key every name of the collection
def key(name: str) -> str:
    """Case-, accent-, hyphen- and space-blind key: 'Kim Jong-un' == 'KIM JONG UN'."""
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()
    return _KEY_GAPS.sub("", s)  # compiled once: key runs for every phrase the lookups try


@lru_cache(maxsize=1 << 16)
def slug(name: str) -> str:
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


@cache
def alias_table() -> dict[str, Entity]:
    table = {}
    for canonical, (label, variants) in ALIASES.items():
        for variant in (canonical, *variants):
            table[key(variant)] = Entity(label, canonical)
    return table


@cache
def places() -> frozenset[str]:
    """Keys of the curated country and city names."""
    return frozenset(key(p) for p in (*countries(), *WORLD_CITIES))


def canonical(name: str, label: Label) -> Entity:
    """The alias table's entity, else the name as written (a shouted dateline place in title case)."""
    if name.isupper() and len(name) > 3 and key(name) in places():
        name = name.title()
    return alias_table().get(key(name)) or Entity(label, name)


def strip_honorific(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in HONORIFICS:
        words = words[1:]
    return " ".join(words)


def _longer_name(words: list[str], label: str, full: Counter[Entity]) -> Entity | None:
    """The most frequent longer name in the document that this short name abbreviates."""
    low = [w.lower() for w in words]
    for entity, _ in full.most_common():
        other = entity.name.replace("-", " ").lower().split()
        if entity.label != label or len(other) <= len(low):
            continue
        if label == "PER" and len(low) == 1 and low[0] in (other[0], other[-1]):
            return entity
        if (label == "ORG" and other[:len(low)] == low) or (DESIGNATORS.get(other[0]) == label and other[1:] == low):
            return entity
    return None


def abbreviates(short: str, long: str) -> bool:
    """``KPU``, ``Kemenhan``, ``Korut``, ``Jokowi`` abbreviate ``Komisi Pemilihan Umum``, ``Kementerian
    Pertahanan``, ``Korea Utara``, ``Joko Widodo``: one word whose letters come, in order, from the
    longer name, starting with its first letter."""
    letters, source = key(short), key(long)
    if " " in short.strip() or len(long.split()) < 2 or len(letters) < 2 or not source or letters[0] != source[0]:
        return False
    rest = iter(source)
    return all(c in rest for c in letters)


def resolve(names: list[tuple[str, Label]], *, defined: Iterable[tuple[int, int]] = ()) -> list[Entity]:
    """Entities for the (surface text, label) mentions of one document, in order. ``defined`` pairs
    (full name, its abbreviation) by mention index, as the document wrote them: ``Komisi Pemilihan Umum
    (KPU)``; every mention of the abbreviation is then the full name's entity."""
    first = [canonical(strip_honorific(text), label) for text, label in names]
    short_for = {key(first[j].name): first[i] for i, j in defined}
    full = Counter(e for e in first if len(e.name.split()) > 1 or "-" in e.name)
    out = []
    for entity in first:
        words = entity.name.split()
        if key(entity.name) in short_for:
            entity = short_for[key(entity.name)]
        elif key(entity.name) not in alias_table() and len(words) < 4:
            entity = _longer_name(words, entity.label, full) or entity
        out.append(entity)
    return out


def metonym_target(name: str) -> Entity | None:
    target = METONYMS.get(name)
    return canonical(target, "LOC") if target else None
