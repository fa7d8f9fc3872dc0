"""Context-cue rules that find names the CRF misses, from how Indonesian news writes them.

- a title, then the name: ``Menteri Pertahanan Rusia Sergei Shoigu``, ``Laksamana Kim Myong Sik``;
- a name in apposition to a title: ``Hong Min, direktur …``;
- a byline: ``Penulis : Edwin Shri Bimo``;
- an organisation head and its name, up to the country it belongs to:
  ``Institut Unifikasi Nasional Korea``, ``Partai Komunis China`` (then ``Li Hongzhong``);
- a name and an organisation tail: ``Tata Motors``, ``Bush Exploration Co``.

A word counts as name-like when it is capitalised and unlabelled news mostly writes it so
(or never saw it); common words written with a capital (``Pertahanan``) are not.
"""
from __future__ import annotations

from functools import lru_cache

from ..lang.id.titles import (
    APPOSITION_CUES,
    BYLINE_CUES,
    HONORIFICS,
    NAME_PART_TITLES,
    ORG_HEADS,
    ORG_TAILS,
    PERSON_TITLES,
    TITLE_INNER,
)
from . import ner
from .resolve import alias_table, key, places

MAX_TITLE_GAP = 6
_ORG_INNER = frozenset({"dan", "untuk", "for", "of", "and", "the", "de"})


def known_label(words: list[str]) -> str | None:
    """Label of a phrase the alias table or the curated country and city lists know."""
    if not all(w[:1].isalnum() for w in words):
        return None
    return _known_phrase(" ".join(words))


@lru_cache(maxsize=1 << 16)
def _known_phrase(phrase: str) -> str | None:
    phrase = key(phrase)
    entity = alias_table().get(phrase)
    return entity.label if entity else "LOC" if phrase in places() else None


def name_like(word: str) -> bool:
    if not word[:1].isupper() or (word.lower() in PERSON_TITLES and word.lower() not in HONORIFICS):
        return False
    entry = ner.lexicons().clusters.get(word.lower())
    return entry is None or entry[2] in ("3", "4")


def plausible_name(words: list[str], i: int, j: int, taken: dict[int, str]) -> bool:
    """Two or more words, none labelled otherwise by the model, no acronym, not a known place."""
    if j - i < 2 or any(taken.get(k, "PER") != "PER" for k in range(i, j)):
        return False
    if any((len(w) > 1 and w.isupper()) or not w.replace("-", "").isalpha() for w in words[i:j]):
        return False
    return ner.lexicons().gazetteer.get(words[i].lower(), "PER") != "LOC"


def _name_run(words: list[str], i: int, taken: dict[int, str]) -> int:
    """End of the run of name-like, unlabelled words starting at ``i``."""
    j = i
    while j < len(words) and name_like(words[j]) and taken.get(j, "PER") == "PER":
        j += 1
    return j


def _in_title(word: str, label: str | None) -> bool:
    """Words a title phrase runs over before the name: title words, places and bodies, common words."""
    low = word.lower()
    return label in ("LOC", "ORG") or low in PERSON_TITLES or low in TITLE_INNER or (
        word[:1].isupper() and not name_like(word))


def trim_title(words: list[str], i: int, j: int) -> int:
    """First word of a person span after any leading title (``Laksamana Kim Myong Sik``)."""
    while j - i > 1 and words[i].lower() in PERSON_TITLES and words[i].lower() not in NAME_PART_TITLES:
        i += 1
    return i


def after_title(words: list[str], taken: dict[int, str]) -> list[tuple[int, int, str]]:
    """Names following a title phrase; the name starts after the title's last place or body."""
    out = []
    for i, word in enumerate(words):
        if word.lower() not in PERSON_TITLES or word.lower() in HONORIFICS:
            continue
        j = i + 1
        while j < len(words) and j - i <= MAX_TITLE_GAP and _in_title(words[j], taken.get(j)):
            j += 1
        end = _name_run(words, j, taken)
        fills_gap = not any(k in taken for k in range(j, end))
        if fills_gap and plausible_name(words, j, end, taken) and taken.get(end) not in ("ORG", "LOC"):
            out.append((j, end, "PER"))
    return out


def apposition(words: list[str], taken: dict[int, str]) -> list[tuple[int, int, str]]:
    """``Hong Min, direktur …``: two or more name-like words, a comma, a lower-case title."""
    out = []
    for k in range(2, len(words) - 1):
        if words[k] == "," and words[k + 1] in APPOSITION_CUES:
            i = k
            while i > 0 and name_like(words[i - 1]):
                i -= 1
            if plausible_name(words, i, k, taken):
                out.append((i, k, "PER"))
    return out


def byline(words: list[str], taken: dict[int, str]) -> list[tuple[int, int, str]]:
    out = []
    for i in range(len(words) - 2):
        if words[i].lower() in BYLINE_CUES and words[i + 1] == ":":
            end = _name_run(words, i + 2, taken)
            if end > i + 2:
                out.append((i + 2, end, "PER"))
    return out


def _place_end(words: list[str], j: int) -> int:
    """End of a known place starting at ``j`` (two words, then one), or ``j`` if none."""
    for n in (2, 1):
        if j + n <= len(words) and known_label(words[j:j + n]) == "LOC":
            return j + n
    return j


def _org_end(words: list[str], i: int) -> int:
    """End of the capitalised run after the head at ``i`` (``dan`` inside), cut after a known place."""
    j = i + 1
    while j < len(words) and (words[j][:1].isupper() or (words[j] in _ORG_INNER and j + 1 < len(words)
                              and words[j + 1][:1].isupper())):
        place = _place_end(words, j)
        if place > j:
            return place
        j += 1
    return j


def _org_head(words: list[str], i: int, taken: dict[int, str]) -> bool:
    """A capitalised organisation head word that does not end a model place or name (``Amerika Serikat``)."""
    label = taken.get(i)
    ends_name = label in ("LOC", "PER") and taken.get(i - 1) == label != taken.get(i + 1)
    return not ends_name and words[i][:1].isupper() and words[i].lower() in ORG_HEADS


def organisations(words: list[str], taken: dict[int, str]) -> list[tuple[int, int, str]]:
    """An organisation head and its capitalised words, ending at a place if one comes; a name
    right after that place is a person (``Partai Komunis China Li Hongzhong``).

    Where the model labelled words of the run, the rule wins only if none is a person and the
    run ends at a place, and not where the model's organisation runs on past it.
    """
    out = []
    i = 0
    while i < len(words):
        if not _org_head(words, i, taken):
            i += 1
            continue
        j = _org_end(words, i)
        inside = {taken[k] for k in range(i, j) if k in taken}
        person = _name_run(words, j, {})
        runs_on = taken.get(j) == "ORG" and taken.get(j - 1) == "ORG" and person - j < 2
        at_place = "LOC" in (known_label(words[j - 1:j]), taken.get(j - 1))
        named = at_place or inside or any(name_like(w) for w in words[i + 1:j])
        if j - i >= 2 and named and not runs_on and (not inside or ("PER" not in inside and at_place)):
            out.append((i, j, "ORG"))
            if person - j >= 2:
                out.append((j, person, "PER"))
        i = max(j, i + 1)
    return out


def tailed_organisations(words: list[str], taken: dict[int, str]) -> list[tuple[int, int, str]]:
    """Name-like words ending in an organisation tail (up to five before it; ``&`` inside), unless an
    organisation the model found runs on past the tail (``Korea Research Institute for National Strategy``)."""
    out = []
    for j, word in enumerate(words):
        if (not (word[:1].isupper() and word.rstrip(".").lower() in ORG_TAILS)
                or taken.get(j + 1) == taken.get(j) == "ORG"):
            continue
        i = j
        # a sentence's first word is capitalised anyway: it must look like a name (not ``Melansir``)
        while i > 0 and j - i < 5 and ((words[i - 1][:1].isupper() and (i > 1 or name_like(words[0])))
                                       or (words[i - 1] == "&" and i > 1)):
            i -= 1
        if i < j and words[i] != "&":
            out.append((i, j + 1, "ORG"))
    return out
