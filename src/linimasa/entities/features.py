"""CRF features for one sentence of words: the same code at training and at tagging time.

Besides word, affix, shape and ±2 context, three resources learnt or curated offline help
with names never seen in the labelled data: word clusters and capitalisation rates from
unlabelled news, and gazetteer matches (longest match, BIO per label).
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise

from ..lang.id.titles import ORG_HEADS, PERSON_TITLES, PLACE_CUES, SPEECH_CUES

MAX_GAZ_WORDS = 6


@dataclass(frozen=True, slots=True)
class Lexicons:
    """``clusters``: lower word -> (coarse, fine, capitalisation bucket); ``gazetteer``: phrase -> labels.

    ``attributes``, when given, are the features a trained model holds weights for: the others are left out,
    as the tagger would ignore them anyway (and converting them costs it more than the rest of tagging).
    ``words`` caches what the features say about each distinct word given these tables (news repeats its
    words); it is emptied when it holds ``CACHED_WORDS``, so a long-running process stays bounded.
    """

    clusters: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    gazetteer: dict[str, str] = field(default_factory=dict)
    attributes: frozenset[str] | None = None
    words: dict[str, Described] = field(default_factory=dict, compare=False, repr=False)

    def weighed(self, feats: Iterable[str]) -> tuple[str, ...]:
        """The features the model can weigh (crfsuite reads a name only up to a NUL: such a one stays)."""
        known = self.attributes
        return tuple(feats) if known is None else tuple(f for f in feats if f in known or "\0" in f)


CACHED_WORDS = 1 << 17
OFFSETS = (-2, -1, 1, 2)  # the context window
_PADS = tuple((f"{d}<pad>",) for d in OFFSETS)


@dataclass(frozen=True, slots=True)
class Described:
    """One word's features: its own, and those it lends a neighbour ``d`` words away, for each of ``OFFSETS``.
    Each ends with the gazetteer feature of a word outside any gazetteer match (the usual case; a match replaces
    it)."""

    lower: str
    own: tuple[str, ...]
    around: tuple[tuple[str, ...], ...]


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


def _describe(word: str, lex: Lexicons) -> Described:
    low, sh = word.lower(), shape(word)
    cl = lex.clusters.get(low)
    own = ["w=" + low, "p3=" + low[:3], "s2=" + low[-2:], "s3=" + low[-3:], "s4=" + low[-4:],
           "sh=" + (sh if len(sh) < 8 else short_shape(sh)), "ss=" + short_shape(sh)]
    own += ["c1=" + cl[0], "c2=" + cl[1], "cap=" + cl[2]] if cl else ["oov"]
    if "-" in word:
        own.append("hyph")
    around = [(f"{d}w={low}", f"{d}ss={short_shape(sh)}", *((f"{d}c1={cl[0]}", f"{d}c2={cl[1]}") if cl else ()))
              for d in OFFSETS]
    plain = _gazetteer_features("O")  # each tuple's last place, which a gazetteer match takes
    return Described(low, (*lex.weighed(own), plain[0]),
                     tuple((*lex.weighed(feats), g) for feats, g in zip(around, plain[1:], strict=True)))


@cache
def _gazetteer_features(tag: str) -> tuple[str, ...]:
    """The gazetteer tag as a word's own feature, then as its neighbours see it."""
    return ("g=" + tag, *(f"{d}g={tag}" for d in OFFSETS))


def _described(words: list[str], lex: Lexicons) -> list[Described]:
    known = lex.words
    if len(known) > CACHED_WORDS:
        known.clear()
    return [known.get(w) or known.setdefault(w, _describe(w, lex)) for w in words]


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
    """Per word: its own features, its gazetteer tag, cue features, each neighbour's (or a pad), bigrams.

    Built a column at a time (the neighbour columns are the word column shifted) from per-word parts computed
    once per distinct word: this is the hot path of tagging.
    """
    if not words:
        return []
    n = len(words)
    described = _described(words, lex)
    lower = [d.lower for d in described]
    gaz = gazetteer_tags(lower, words, lex.gazetteer)
    own = [d.own if tag == "O" else (*d.own[:-1], _gazetteer_features(tag)[0])
           for d, tag in zip(described, gaz, strict=True)]
    cues = [_cue_features(low, prev) for low, prev in zip(lower, ["<s>", *lower[:-1]], strict=True)]
    near = [[d.around[k] if tag == "O" else (*d.around[k][:-1], _gazetteer_features(tag)[k + 1])
             for d, tag in zip(described, gaz, strict=True)] for k in range(len(OFFSETS))]
    # neighbour d of word i is word i + d: the column shifted by d, padded where that falls outside
    columns = [([_PADS[k]] * -d + near[k])[:n] if d < 0 else (near[k][d:] + [_PADS[k]] * d)[:n]
               for k, d in enumerate(OFFSETS)]
    pairs = [f"{a}|{b}" for a, b in pairwise(lower)]
    before = [(), *_each_weighed(["bi-1=" + p for p in pairs], lex)]
    after = [*_each_weighed(["bi+1=" + p for p in pairs], lex), ()]
    return [[*o, *c, *m2, *m1, *p1, *p2, *b, *a]
            for o, c, m2, m1, p1, p2, b, a in zip(own, cues, *columns, before, after, strict=True)]


def _each_weighed(feats: list[str], lex: Lexicons) -> list[tuple[str, ...]]:
    """``lex.weighed`` of each feature alone, inline: most bigrams are unknown to the model."""
    known = lex.attributes
    if known is None:
        return [(f,) for f in feats]
    return [(f,) if f in known or "\0" in f else () for f in feats]
