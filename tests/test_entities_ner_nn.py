"""The numpy side of the neural tagger: convolution layout, Viterbi decoding and BIO validity."""
from __future__ import annotations

import itertools

import numpy as np
import pytest

from linimasa.entities.nn import _conv, conv_taps, viterbi
from linimasa.entities.nn_inputs import TAGS, bio_forbidden

FORBIDDEN = -1e4


def bio_transitions(rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    trans, start, end = rng.normal(size=(len(TAGS), len(TAGS))), rng.normal(size=len(TAGS)), rng.normal(size=len(TAGS))
    moves, firsts = bio_forbidden()
    for i, j in moves:
        trans[i, j] = FORBIDDEN
    start[list(firsts)] = FORBIDDEN
    return trans, start, end


def path_score(path: tuple[int, ...], emis: np.ndarray, trans, start, end) -> float:
    return start[path[0]] + end[path[-1]] + sum(emis[t, k] for t, k in enumerate(path)) + sum(
        trans[a, b] for a, b in itertools.pairwise(path))


def bio_valid(tags: list[str]) -> bool:
    return all(not cur.startswith("I-") or prev[2:] == cur[2:] for prev, cur in zip(["O", *tags], tags))


@pytest.mark.parametrize("seed, length", [(0, 1), (1, 2), (2, 3), (3, 4)])
def test_entities_ner_nn_viterbi_finds_the_best_path(seed: int, length: int) -> None:
    rng = np.random.default_rng(seed)
    emis, (trans, start, end) = rng.normal(size=(length, len(TAGS))) * 3, bio_transitions(rng)
    best = max(itertools.product(range(len(TAGS)), repeat=length), key=lambda p: path_score(p, emis, trans, start, end))
    assert tuple(viterbi(emis, trans, start, end)) == best


@pytest.mark.parametrize("seed, length", [(s, n) for s in range(4) for n in (1, 5, 30)])
def test_entities_ner_nn_viterbi_never_breaks_bio(seed: int, length: int) -> None:
    """Even when the scores shout I- everywhere, no I-X follows O or another type, nor opens a sentence."""
    rng = np.random.default_rng(seed)
    emis = rng.normal(size=(length, len(TAGS)))
    emis[:, [k for k, tag in enumerate(TAGS) if tag.startswith("I-")]] += 50
    tags = [TAGS[k] for k in viterbi(emis, *bio_transitions(rng))]
    assert len(tags) == length and bio_valid(tags)


@pytest.mark.parametrize("rows, dilation", [(1, 1), (4, 1), (6, 2), (3, 4)])
def test_entities_ner_nn_conv_matches_a_direct_sum(rows: int, dilation: int) -> None:
    """Width-3 convolution with zero padding, as torch.nn.Conv1d(padding=d, dilation=d) computes it."""
    rng = np.random.default_rng(rows)
    h, weight, bias = rng.normal(size=(rows, 5)), rng.normal(size=(4, 5, 3)), rng.normal(size=4)
    padded = np.concatenate([np.zeros((dilation, 5)), h, np.zeros((dilation, 5))])
    direct = np.stack([bias + sum(weight[:, :, k] @ padded[t + k * dilation] for k in range(3)) for t in range(rows)])
    assert np.allclose(_conv(h, conv_taps(weight), bias, dilation), direct)
