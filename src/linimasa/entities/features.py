"""CRF features for one sentence of words: the same code at training and at tagging time.

Besides word, affix, shape and ±2 context, three resources learnt or curated offline help
with names never seen in the labelled data: word clusters and capitalisation rates from
unlabelled news, and gazetteer matches (longest match, BIO per label).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from ..lang.id.titles import ORG_HEADS, PERSON_TITLES, PLACE_CUES, SPEECH_CUES

MAX_GAZ_WORDS = 6


@dataclass(frozen=True, slots=True)
class Lexicons:
    """``clusters``: lower word -> (coarse, fine, capitalisation bucket); ``gazetteer``: phrase -> labels."""

    clusters: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    gazetteer: dict[str, str] = field(default_factory=dict)


class Clusters:
    """A hashable view of the cluster table, so per-word features can be cached per table."""

    __slots__ = ("table",)

    def __init__(self, table: dict[str, tuple[str, str, str]]) -> None:
        self.table = table

    def get(self, word: str) -> tuple[str, str, str] | None:
        return self.table.get(word)

    def __hash__(self) -> int:
        return id(self.table)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Clusters) and other.table is self.table


@lru_cache(maxsize=1 << 17)
def shape(word: str) -> str:
    return "".join("X" if c.isupper() else "x" if c.isalpha() else "d" if c.isdigit() else c for c in word)


def short_shape(full: str) -> str:
    out = full[:1]
    for c in full[1:]:
        if c != out[-1]:
            out += c
    return out


def gazetteer_tags(lower: list[str], words: list[str], gazetteer: dict[str, str]) -> list[str]:
    """BIO gazetteer tags (``B-LOC``, ``I-PER|LOC``) from the longest capitalised match."""
    tags = ["O"] * len(words)
    i = 0
    while i < len(words):
        if not words[i][:1].isupper():
            i += 1
            continue
        for n in range(min(MAX_GAZ_WORDS, len(words) - i), 0, -1):
            labels = gazetteer.get(" ".join(lower[i:i + n]))
            if labels:
                tags[i:i + n] = ["B-" + labels] + ["I-" + labels] * (n - 1)
                i += n
                break
        else:
            i += 1
    return tags


@lru_cache(maxsize=1 << 17)
def _word_features(word: str, clusters: Clusters) -> tuple[str, ...]:
    """Features of the word itself (cached: news repeats its words)."""
    low, sh = word.lower(), shape(word)
    cl = clusters.get(low)
    feats = ["w=" + low, "p3=" + low[:3], "s2=" + low[-2:], "s3=" + low[-3:], "s4=" + low[-4:],
             "sh=" + (sh if len(sh) < 8 else short_shape(sh)), "ss=" + short_shape(sh)]
    feats += ["c1=" + cl[0], "c2=" + cl[1], "cap=" + cl[2]] if cl else ["oov"]
    if "-" in word:
        feats.append("hyph")
    return tuple(feats)


@lru_cache(maxsize=1 << 17)
def _context_features(word: str, d: int, clusters: Clusters) -> tuple[str, ...]:
    """Features of a neighbour ``d`` words away."""
    low = word.lower()
    cl = clusters.get(low)
    feats = [f"{d}w={low}", f"{d}ss={short_shape(shape(word))}"]
    if cl:
        feats += [f"{d}c1={cl[0]}", f"{d}c2={cl[1]}"]
    return tuple(feats)


# Every word a cue feature tests; the model fingerprint (probe.py) probes each one.
CUE_WORDS = PERSON_TITLES | SPEECH_CUES | PLACE_CUES | ORG_HEADS


def _cue_features(low: str, prev: str) -> list[str]:
    feats = []
    if prev in PERSON_TITLES:
        feats.append("title-1")
    if prev in SPEECH_CUES:
        feats.append("speech-1")
    if prev in PLACE_CUES:
        feats.append("place-1")
    if low in ORG_HEADS:
        feats.append("orghead")
    if low in PERSON_TITLES:
        feats.append("title")
    return feats


def sentence_features(words: list[str], lex: Lexicons) -> list[list[str]]:
    lower = [w.lower() for w in words]
    gaz = gazetteer_tags(lower, words, lex.gazetteer)
    clusters = Clusters(lex.clusters)
    n = len(words)
    out = []
    for i in range(n):
        feats = [*_word_features(words[i], clusters), "g=" + gaz[i]]
        feats += _cue_features(lower[i], lower[i - 1] if i else "<s>")
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                feats += _context_features(words[j], d, clusters)
                feats.append(f"{d}g={gaz[j]}")
            else:
                feats.append(f"{d}<pad>")
        if i:
            feats.append(f"bi-1={lower[i - 1]}|{lower[i]}")
        if i + 1 < n:
            feats.append(f"bi+1={lower[i]}|{lower[i + 1]}")
        out.append(feats)
    return out

