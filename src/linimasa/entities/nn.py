"""The neural tagger at run time, in numpy: char-CNN + embeddings, dilated CNN encoder, CRF decoding.

Weights come from ``resources/ner/tagger.npz`` (written by scripts/train_ner_nn.py). The first
layer is linear in its inputs, so everything that depends on the word type alone (word vector,
char-CNN, shape, clusters, capitalisation) is projected once per type and cached; a sentence
then costs one row sum, a few matrix products and a Viterbi pass.
"""
from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import numpy as np

from .features import Lexicons
from .nn_inputs import TAGS, Vocab, char_ids, context_inputs, type_inputs

TYPE_TABLES = ("emb_shape", "emb_coarse", "emb_fine", "emb_cap")
CONTEXT_TABLES = ("emb_gaz", "emb_cue")


def _relu(x: np.ndarray) -> np.ndarray:
    return np.maximum(x, 0.0)


def _conv(h: np.ndarray, weight: np.ndarray, bias: np.ndarray, dilation: int) -> np.ndarray:
    """1-D convolution of width 3 over rows; ``weight`` is (3 * in, out), rows zero-padded."""
    pad = np.zeros((dilation, h.shape[1]), h.dtype)
    hp = np.concatenate([pad, h, pad])
    n = len(h)
    return np.concatenate([hp[:n], hp[dilation:dilation + n], hp[2 * dilation:]], axis=1) @ weight + bias


def conv_matrix(weight: np.ndarray) -> np.ndarray:
    """(out, in, 3) convolution kernel as a (3 * in, out) matrix for ``_conv``."""
    return np.concatenate([weight[:, :, k].T for k in range(weight.shape[2])])


def viterbi(emissions: np.ndarray, trans: np.ndarray, start: np.ndarray, end: np.ndarray) -> list[int]:
    """Best tag path; ``trans[i, j]`` scores tag i followed by tag j (forbidden moves are very negative)."""
    score = start + emissions[0]
    back = []
    cols = np.arange(len(start))
    for row in emissions[1:]:
        cand = score[:, None] + trans
        best = cand.argmax(axis=0)
        back.append(best)
        score = cand[best, cols] + row
    path = [int((score + end).argmax())]
    for best in reversed(back):
        path.append(int(best[path[-1]]))
    return path[::-1]


class Tagger:
    """Loaded weights plus a cache of first-layer vectors per word type."""

    def __init__(self, arrays: Mapping[str, np.ndarray], lex: Lexicons) -> None:
        w = {k: v.astype(np.float32) if v.dtype.kind == "f" else v for k, v in arrays.items()}
        self.lex = lex
        self.vocab = Vocab.from_lists(*(w[k].tolist() for k in ("v_words", "v_chars", "v_shapes", "v_gaz")))
        proj, rows = w["proj_w"], 0
        projected = {}
        for name in ("emb_word", "emb_char_out", *TYPE_TABLES, *CONTEXT_TABLES):
            width = w["char_b"].shape[0] if name == "emb_char_out" else w[name].shape[1]
            block = proj[rows:rows + width]
            projected[name] = block if name == "emb_char_out" else w[name] @ block
            rows += width
        self.projected, self.bias = projected, w["proj_b"]
        self.char_emb, self.char_w, self.char_b = w["emb_char"], conv_matrix(w["char_w"]), w["char_b"]
        self.convs = [(conv_matrix(w[f"conv{k}_w"]), w[f"conv{k}_b"], int(d)) for k, d in enumerate(w["dilations"])]
        self.out_w, self.out_b = w["out_w"], w["out_b"]
        self.trans, self.start, self.end = w["trans"], w["start"], w["end"]
        self.cache: dict[str, np.ndarray] = {}

    @classmethod
    def load(cls, path: Path, lex: Lexicons) -> Tagger:
        with np.load(path) as arrays:
            return cls(dict(arrays), lex)

    def _char_vector(self, word: str) -> np.ndarray:
        h = _conv(self.char_emb[char_ids(word, self.vocab)], self.char_w, self.char_b, 1)
        return np.tanh(h.max(axis=0))

    def _type_vector(self, word: str) -> np.ndarray:
        vec = self.cache.get(word)
        if vec is None:
            ids = type_inputs(word, self.vocab, self.lex)
            p = self.projected
            vec = p["emb_word"][ids[0]] + self._char_vector(word) @ p["emb_char_out"]
            vec = vec + sum(p[name][i] for name, i in zip(TYPE_TABLES, ids[1:]))
            self.cache[word] = vec
        return vec

    def emissions(self, words: list[str]) -> np.ndarray:
        gaz, cues = context_inputs(words, self.vocab, self.lex)
        x = np.stack([self._type_vector(w) for w in words])
        h = _relu(x + self.projected["emb_gaz"][gaz] + self.projected["emb_cue"][cues] + self.bias)
        for weight, bias, dilation in self.convs:
            h = h + _relu(_conv(h, weight, bias, dilation))
        return h @ self.out_w + self.out_b

    def tag(self, words: list[str]) -> list[str]:
        if not words:
            return []
        return [TAGS[i] for i in viterbi(self.emissions(words), self.trans, self.start, self.end)]
