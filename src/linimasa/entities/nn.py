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
from threadpoolctl import ThreadpoolController

from .features import Lexicons
from .nn_inputs import TAGS, Vocab, char_ids, context_inputs, type_inputs

TYPE_TABLES = ("emb_shape", "emb_coarse", "emb_fine", "emb_cap")
CONTEXT_TABLES = ("emb_gaz", "emb_cue")


def _relu(x: np.ndarray) -> np.ndarray:
    return np.maximum(x, 0.0)


def _conv(h: np.ndarray, taps: tuple[np.ndarray, ...], bias: np.ndarray, dilation: int) -> np.ndarray:
    """1-D convolution of width 3 over rows, zero-padded; ``taps`` are the (in, out) matrices of rows t-d, t, t+d."""
    y = h @ taps[1] + bias
    y[dilation:] += h[:-dilation] @ taps[0]
    y[:-dilation] += h[dilation:] @ taps[2]
    return y


def conv_taps(weight: np.ndarray) -> tuple[np.ndarray, ...]:
    """(out, in, 3) convolution kernel as its three (in, out) tap matrices for ``_conv``."""
    return tuple(np.ascontiguousarray(weight[:, :, k].T) for k in range(weight.shape[2]))


def viterbi(emissions: np.ndarray, trans: np.ndarray, start: np.ndarray, end: np.ndarray) -> list[int]:
    """Best tag path; ``trans[i, j]`` scores tag i followed by tag j (forbidden moves are very negative)."""
    score = start + emissions[0]
    back = []
    for row in emissions[1:]:
        cand = score[:, None] + trans
        back.append(cand.argmax(axis=0))
        score = cand.max(axis=0) + row
    path = [int((score + end).argmax())]
    for best in reversed(back):
        path.append(int(best[path[-1]]))
    return path[::-1]


class Network:
    """One trained network: first-layer tables projected once, char-CNN, convolutions, tag and CRF scores."""

    def __init__(self, w: Mapping[str, np.ndarray]) -> None:
        proj, rows = w["proj_w"], 0
        projected = {}
        for name in ("emb_word", "emb_char_out", *TYPE_TABLES, *CONTEXT_TABLES):
            width = w["char_b"].shape[0] if name == "emb_char_out" else w[name].shape[1]
            block = proj[rows:rows + width]
            projected[name] = block if name == "emb_char_out" else w[name] @ block
            rows += width
        self.projected, self.bias = projected, w["proj_b"]
        self.char_emb, self.char_w, self.char_b = w["emb_char"], conv_taps(w["char_w"]), w["char_b"]
        self.convs = [(conv_taps(w[f"conv{k}_w"]), w[f"conv{k}_b"], int(d)) for k, d in enumerate(w["dilations"])]
        self.out_w, self.out_b = w["out_w"], w["out_b"]
        self.crf = w["trans"], w["start"], w["end"]

    def type_vector(self, ids: tuple[int, ...], chars: list[int]) -> np.ndarray:
        """First-layer input of one word type: its word, char-CNN, shape, cluster and case rows."""
        char = np.tanh(_conv(self.char_emb[chars], self.char_w, self.char_b, 1).max(axis=0))
        p = self.projected
        vec = p["emb_word"][ids[0]] + char @ p["emb_char_out"]
        return vec + sum(p[name][i] for name, i in zip(TYPE_TABLES, ids[1:]))

    def emissions(self, x: np.ndarray, gaz: list[int], cues: list[int]) -> np.ndarray:
        h = _relu(x + self.projected["emb_gaz"][gaz] + self.projected["emb_cue"][cues] + self.bias)
        for weight, bias, dilation in self.convs:
            h = h + _relu(_conv(h, weight, bias, dilation))
        return h @ self.out_w + self.out_b


class Tagger:
    """The vocabularies, one or more networks (an ensemble averages their scores) and a per-type cache."""

    def __init__(self, arrays: Mapping[str, np.ndarray], lex: Lexicons) -> None:
        w = {k: v.astype(np.float32) if v.dtype.kind == "f" else v for k, v in arrays.items()}
        self.lex = lex
        self.vocab = Vocab.from_lists(*(w[k].tolist() for k in ("v_words", "v_chars", "v_shapes", "v_gaz")))
        self.members = [Network({k.split(".", 1)[1]: v for k, v in w.items() if k.startswith(f"m{m}.")})
                        for m in range(sum(k.endswith(".proj_w") for k in w))]
        self.trans, self.start, self.end = (np.mean(scores, axis=0) for scores in zip(*(n.crf for n in self.members)))
        self.cache: dict[str, list[np.ndarray]] = {}
        self.blas = ThreadpoolController()

    @classmethod
    def load(cls, path: Path, lex: Lexicons) -> Tagger:
        with np.load(path) as arrays:
            return cls(dict(arrays), lex)

    def _type_vectors(self, word: str) -> list[np.ndarray]:
        vecs = self.cache.get(word)
        if vecs is None:
            ids, chars = type_inputs(word, self.vocab, self.lex), char_ids(word, self.vocab)
            vecs = self.cache[word] = [net.type_vector(ids, chars) for net in self.members]
        return vecs

    def emissions(self, words: list[str]) -> np.ndarray:
        gaz, cues = context_inputs(words, self.vocab, self.lex)
        rows = [self._type_vectors(w) for w in words]
        scores = [net.emissions(np.stack([r[m] for r in rows]), gaz, cues) for m, net in enumerate(self.members)]
        return scores[0] if len(scores) == 1 else np.mean(scores, axis=0)

    def tag(self, words: list[str]) -> list[str]:
        if not words:
            return []
        with self.blas.limit(limits=1, user_api="blas"):  # threads cost more than they save on products this small
            scores = self.emissions(words)
        return [TAGS[i] for i in viterbi(scores, self.trans, self.start, self.end)]
