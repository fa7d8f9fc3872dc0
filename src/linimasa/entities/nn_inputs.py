"""Integer inputs of the neural tagger: the same code at training and at tagging time.

Per word type (cacheable): word id, character ids, short shape, coarse and fine cluster and
capitalisation bucket. Per position (context): gazetteer BIO tag and a bit mask of the
title/speech/place/organisation cues the CRF also uses.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..lang.id.titles import ORG_HEADS, PERSON_TITLES, PLACE_CUES, SPEECH_CUES
from .features import Lexicons, gazetteer_tags, shape, short_shape

TAGS = ("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC")
MAX_CHARS = 20
CUE_BITS = 5
CAP_BUCKETS = ("0", "1", "2", "3", "4", "-")  # id 0: not in the cluster table
COARSE, FINE = 64, 512


def bio_forbidden() -> tuple[set[tuple[int, int]], set[int]]:
    """Tag transitions (previous, current) and first tags that BIO forbids: ``I-X`` only continues ``X``."""
    inside = {j: tag[2:] for j, tag in enumerate(TAGS) if tag.startswith("I-")}
    moves = {(i, j) for j, kind in inside.items() for i, prev in enumerate(TAGS) if prev[2:] != kind}
    return moves, set(inside)


@dataclass(frozen=True, slots=True)
class Vocab:
    """String-to-id tables learnt at training time; id 0 is padding/unknown, 1 unknown where both exist."""

    words: dict[str, int]
    chars: dict[str, int]
    shapes: dict[str, int]
    gazetteer: dict[str, int]

    @classmethod
    def from_lists(cls, words: list[str], chars: list[str], shapes: list[str], gazetteer: list[str]) -> Vocab:
        def ids(items: list[str], first: int) -> dict[str, int]:
            return {s: i for i, s in enumerate(items, first)}

        return cls(ids(words, 1), ids(chars, 2), ids(shapes, 1), ids(gazetteer, 1))


def word_short_shape(word: str) -> str:
    return short_shape(shape(word))[:6]


def type_inputs(word: str, vocab: Vocab, lex: Lexicons) -> tuple[int, int, int, int, int]:
    """(word, shape, coarse cluster, fine cluster, capitalisation bucket) ids of one word type."""
    low = word.lower()
    cl = lex.clusters.get(low)
    coarse, fine, cap = (int(cl[0]) + 1, int(cl[1]) + 1, CAP_BUCKETS.index(cl[2]) + 1) if cl else (0, 0, 0)
    return vocab.words.get(low, 0), vocab.shapes.get(word_short_shape(word), 0), coarse, fine, cap


def char_ids(word: str, vocab: Vocab) -> list[int]:
    return [vocab.chars.get(c, 1) for c in word[:MAX_CHARS]]


@lru_cache(maxsize=1 << 16)
def _cues(low: str, prev: str) -> int:
    flags = (prev in PERSON_TITLES, prev in SPEECH_CUES, prev in PLACE_CUES, low in ORG_HEADS, low in PERSON_TITLES)
    return sum(bit << k for k, bit in enumerate(flags))


def context_inputs(words: list[str], vocab: Vocab, lex: Lexicons) -> tuple[list[int], list[int]]:
    """Gazetteer tag ids and cue bit masks, one per word."""
    lower = [w.lower() for w in words]
    gaz = [vocab.gazetteer.get(g, 0) for g in gazetteer_tags(lower, words, lex.gazetteer)]
    return gaz, [_cues(low, lower[i - 1] if i else "<s>") for i, low in enumerate(lower)]
