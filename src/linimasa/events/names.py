"""Actors by their own names: a title, a rank or a code the entity layer glued before a person's name is not
part of it ("Pol Firli Bahuri", "HMSI Santiko Wardoyo", "Riau Irjen Wido Eko"); initials are ("BJ Habibie").

Such a name is the person the article also names without it (a word-suffix of it, or the surname of one named
in full); else it is cut after the last title or code word, when at least two name words remain, and takes the
id of that name (so that it is one person with "Firli Bahuri" of other articles).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..context import Context
from ..entities.resolve import Entity
from ..lang.id.titles import PERSON_TITLES
from ..model import Event

GLUE = PERSON_TITLES | {"pol", "purn", "ri"}  # "Irjen Pol", "(Purn)", "Presiden RI"
CODE_LETTERS = range(3, 6)  # an all-caps code glued before a name ("HMSI", "PJR"); two letters are initials ("BJ")


def _glued(word: str) -> bool:
    return word.lower() in GLUE or (word.isupper() and word.isalpha() and len(word) in CODE_LETTERS)


def _cut(name: str) -> str:
    words = name.split()
    last = max((k for k, w in enumerate(words[:-1]) if _glued(w)), default=-1)
    return " ".join(words[last + 1:]) if len(words) - last - 1 >= 2 and last >= 0 else name


def people(ctx: Context) -> dict[str, tuple[str, str]]:
    """Entity id of a person named with something glued before -> (id, name) of who it is."""
    persons = {m.entity_id: ctx.name(m) for m in ctx.mentions if m.label.startswith("PER") and m.entity_id}
    by_name = {name.casefold(): (eid, name) for eid, name in persons.items()}
    surnames: dict[str, list[tuple[str, str]]] = {}
    for eid, name in persons.items():
        if len(name.split()) > 1:
            surnames.setdefault(name.split()[-1].casefold(), []).append((eid, name))
    found = {}
    for eid, name in persons.items():
        words = name.split()
        if len(words) < 2 or not any(_glued(w) for w in words[:-1]):
            continue
        tails = [" ".join(words[k:]).casefold() for k in range(1, len(words))]
        known = next((by_name[t] for t in tails if t in by_name and by_name[t][0] != eid), None)
        alone = [p for p in surnames.get(tails[-1], []) if p[0] != eid]
        cut = _cut(name)
        found[eid] = known or (alone[0] if len(alone) == 1 else (Entity("PER", cut).id if cut != name else eid, cut))
    return {eid: person for eid, person in found.items() if person != (eid, persons[eid])}


def named(ctx: Context, events: Sequence[Event]) -> list[Event]:
    """``events`` with glued names of their actors replaced by the person's own."""
    who = people(ctx)
    if not who:
        return list(events)
    out = []
    for e in events:
        pairs = [who.get(a, (a, n)) for a, n in zip(e.actors, e.actor_names, strict=True)]
        unique = list(dict.fromkeys(pairs))
        out.append(replace(e, actors=tuple(a for a, _ in unique), actor_names=tuple(n for _, n in unique)))
    return out
