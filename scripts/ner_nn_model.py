"""The neural tagger in PyTorch (training only; linimasa.entities.nn runs it in numpy).

Layout, mirrored exactly by the numpy code: embeddings of the word (initialised from news
vectors), a char-CNN, shape, clusters, capitalisation, gazetteer tag and cues; a linear
projection; residual dilated convolutions of width 3; tag scores; a linear-chain CRF whose
BIO-invalid transitions are fixed at a large negative score.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch
from torch import nn

from linimasa.entities.nn_inputs import CAP_BUCKETS, COARSE, CUE_BITS, FINE, TAGS, bio_forbidden

FORBIDDEN = -1e4


@dataclass(frozen=True, slots=True, kw_only=True)
class Config:
    hidden: int = 128
    dilations: tuple[int, ...] = (1, 2, 1)
    char_dim: int = 24
    char_filters: int = 48
    dropout: float = 0.5
    word_dropout: float = 0.05
    freeze_words: bool = False


def bio_mask() -> tuple[torch.Tensor, torch.Tensor]:
    """Additive masks: transitions (prev, cur) and starts that BIO forbids."""
    trans, start = torch.zeros(len(TAGS), len(TAGS)), torch.zeros(len(TAGS))
    moves, firsts = bio_forbidden()
    for i, j in moves:
        trans[i, j] = FORBIDDEN
    start[list(firsts)] = FORBIDDEN
    return trans, start


class Net(nn.Module):
    def __init__(self, vectors: np.ndarray, sizes: dict[str, int], cfg: Config) -> None:
        super().__init__()
        self.cfg = cfg
        self.emb_word = nn.Embedding.from_pretrained(torch.tensor(vectors), freeze=cfg.freeze_words)
        self.emb_char = nn.Embedding(sizes["chars"], cfg.char_dim, padding_idx=0)
        self.char_conv = nn.Conv1d(cfg.char_dim, cfg.char_filters, 3, padding=1)
        dims = {"emb_shape": (sizes["shapes"], 8), "emb_coarse": (COARSE + 1, 8), "emb_fine": (FINE + 1, 16),
                "emb_cap": (len(CAP_BUCKETS) + 1, 4), "emb_gaz": (sizes["gaz"], 8), "emb_cue": (1 << CUE_BITS, 8)}
        self.tables = nn.ModuleDict({name: nn.Embedding(n, d) for name, (n, d) in dims.items()})
        width = vectors.shape[1] + cfg.char_filters + sum(d for _, d in dims.values())
        self.proj = nn.Linear(width, cfg.hidden)
        self.convs = nn.ModuleList(nn.Conv1d(cfg.hidden, cfg.hidden, 3, padding=d, dilation=d) for d in cfg.dilations)
        self.out = nn.Linear(cfg.hidden, len(TAGS))
        self.drop = nn.Dropout(cfg.dropout)
        self.trans = nn.Parameter(torch.zeros(len(TAGS), len(TAGS)))
        self.start = nn.Parameter(torch.zeros(len(TAGS)))
        self.end = nn.Parameter(torch.zeros(len(TAGS)))
        mask_trans, mask_start = bio_mask()
        self.register_buffer("mask_trans", mask_trans)
        self.register_buffer("mask_start", mask_start)

    def char_vectors(self, chars: torch.Tensor) -> torch.Tensor:
        """(words, max chars) ids -> (words, filters); padding positions never win the max."""
        h = self.char_conv(self.emb_char(chars).transpose(1, 2))
        h = h.masked_fill((chars == 0).unsqueeze(1), float("-inf"))
        return torch.tanh(h.max(dim=2).values)

    def emissions(self, batch: dict[str, torch.Tensor]) -> torch.Tensor:
        words = batch["word"]
        if self.training and self.cfg.word_dropout:
            words = words.masked_fill(torch.rand(words.shape) < self.cfg.word_dropout, 0)
        chars = self.char_vectors(batch["chars"].view(-1, batch["chars"].shape[-1])).view(*words.shape, -1)
        parts = [self.emb_word(words), chars, *(self.tables[n](batch[n]) for n in self.tables)]
        mask = batch["mask"].unsqueeze(1).float()
        h = torch.relu(self.proj(self.drop(torch.cat(parts, dim=-1)))).transpose(1, 2) * mask
        for conv in self.convs:
            h = (h + torch.relu(conv(self.drop(h)))) * mask
        return self.out(self.drop(h.transpose(1, 2)))

    def crf_scores(self) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        return self.trans + self.mask_trans, self.start + self.mask_start, self.end

    def loss(self, batch: dict[str, torch.Tensor]) -> torch.Tensor:
        """Mean negative log-likelihood of the gold tag paths."""
        emis, tags, mask = self.emissions(batch), batch["tags"], batch["mask"]
        trans, start, end = self.crf_scores()
        rows = torch.arange(len(tags))
        gold = start[tags[:, 0]] + emis[rows, 0, tags[:, 0]]
        alpha = start + emis[:, 0]
        for t in range(1, tags.shape[1]):
            step = mask[:, t]
            gold = gold + (trans[tags[:, t - 1], tags[:, t]] + emis[rows, t, tags[:, t]]) * step
            nxt = torch.logsumexp(alpha.unsqueeze(2) + trans, dim=1) + emis[:, t]
            alpha = torch.where(step.unsqueeze(1), nxt, alpha)
        last = tags[rows, mask.sum(1) - 1]
        return (torch.logsumexp(alpha + end, dim=1) - gold - end[last]).mean()

    def export(self) -> dict[str, np.ndarray]:
        """Arrays for linimasa.entities.nn (the vocabularies are added by the caller)."""
        def arr(t: torch.Tensor, dtype=np.float32) -> np.ndarray:
            return t.detach().numpy().astype(dtype)

        trans, start, end = self.crf_scores()
        out = {"emb_word": arr(self.emb_word.weight, np.float16), "emb_char": arr(self.emb_char.weight),
               "char_w": arr(self.char_conv.weight), "char_b": arr(self.char_conv.bias),
               "proj_w": arr(self.proj.weight.T), "proj_b": arr(self.proj.bias),
               "dilations": np.array(self.cfg.dilations), "out_w": arr(self.out.weight.T), "out_b": arr(self.out.bias),
               "trans": arr(trans), "start": arr(start), "end": arr(end)}
        out.update({name: arr(table.weight) for name, table in self.tables.items()})
        for k, conv in enumerate(self.convs):
            out[f"conv{k}_w"], out[f"conv{k}_b"] = arr(conv.weight), arr(conv.bias)
        return out
