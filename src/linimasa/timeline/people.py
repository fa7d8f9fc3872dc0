"""Within one story, a person named shortly is the person of that story whose fuller name covers it.

Articles of one thread name one person differently (``Habibie``, ``BJ Habibie``, ``Bacharuddin Jusuf
Habibie``; ``Imam`` and ``Imam Nahrawi``) and the collection-wide links (``entities.links``) leave a short
name apart when other people of the collection share it. Inside a story the ambiguity is small: the short
name is the most frequent fuller name there that contains its words, or whose initials it abbreviates. Event
merging compares people, so evidence is rewritten to those names before it is grouped.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace

from ..model import Article
from .model import Evidence

Person = tuple[str, str]  # (id, name)


def _words(name: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\w+", name.casefold()))


def covers(full: str, short: str) -> bool:
    """Does ``full`` name the person ``short`` names in fewer words ("BJ Habibie" for "Bacharuddin Jusuf
    Habibie": initials stand for the words they abbreviate)?"""
    long, brief = _words(full), _words(short)
    if len(brief) >= len(long) or not brief:
        return False
    rest = list(long)
    for word in brief:
        if word in rest:
            rest.remove(word)
            continue
        if len(word) > 3 or not _abbreviates(word, rest):
            return False
        del rest[:len(word)]
    return True


def _abbreviates(word: str, rest: list[str]) -> bool:
    return len(rest) >= len(word) and all(w.startswith(c) for c, w in zip(word, rest, strict=False))


def _targets(counts: Counter[Person]) -> dict[Person, Person]:
    """Each person named by one word or with initials -> the most frequent fuller name covering it, followed
    to the end of the chain ('Pol Dedi Prasetyo' is a rank glued to 'Dedi Prasetyo', not a fuller name)."""
    by_word: dict[str, list[Person]] = {}  # a covering name shares every non-initial word: look those up
    for person in counts:
        for word in set(_words(person[1])):
            by_word.setdefault(word, []).append(person)
    found = {}
    for person in counts:
        words = _words(person[1])
        if not words or (len(words) > 1 and not any(len(w) <= 3 for w in words)):
            continue  # a full name is its own; a longer one covering it more often has a title glued on
        fuller = [other for other in by_word.get(max(words, key=len), ()) if covers(other[1], person[1])]
        if fuller:
            found[person] = max(fuller, key=lambda p: (counts[p], len(p[1])))
    for person, target in found.items():
        while target in found:
            target = found[target]
        found[person] = target
    return found


def resolve(evidence: Sequence[Evidence], articles: Sequence[Article], story_of: Mapping[str, str]) -> list[Evidence]:
    """The evidence with each short person name replaced by the fuller one of its story (``story_of``:
    article id -> story; an article without one is a story of its own), counted over the person mentions
    of the story's articles."""
    counts: dict[str, Counter[Person]] = {}
    for article in articles:
        counts.setdefault(story_of.get(article.id, article.id), Counter()).update(
            (m.entity_id or m.name, m.name) for m in article.entities if m.label.startswith("PER") and m.name)
    targets = {story: _targets(found) for story, found in counts.items()}
    return [_renamed(ev, targets.get(story_of.get(ev.article_id, ev.article_id), {})) for ev in evidence]


def _renamed(ev: Evidence, targets: Mapping[Person, Person]) -> Evidence:
    pairs = [targets.get(p, p) for p in zip(ev.actors, ev.actor_names, strict=True)]
    if pairs == list(zip(ev.actors, ev.actor_names, strict=True)):
        return ev
    moved = {old: new for old, new in zip(ev.actors, (a for a, _ in pairs), strict=True)}
    kept = dict.fromkeys(pairs)  # two names of one person become one actor
    return replace(ev, actors=tuple(a for a, _ in kept), actor_names=tuple(n for _, n in kept),
                   people=tuple(dict.fromkeys(moved[p] for p in ev.people)))
