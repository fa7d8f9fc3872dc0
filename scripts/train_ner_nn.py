"""Train the neural NER tagger (PyTorch, CPU, one thread) and export it for numpy inference.

Selection protocol: `--dev` trains on NERGrit train + idner-news-2k train (de-duplicated against
valid, dev and both tests), stops early on NERGrit valid + idner-news-2k dev (model alone) and
prints the whole-pipeline dev scores. Without `--dev` it trains on train + dev (de-duplicated
against both tests) for the shipped model; the epoch count is then the one chosen on dev.
"""
from __future__ import annotations

import argparse
import copy
import json
import random
import time
from collections import Counter
from pathlib import Path

import numpy as np
import torch

from linimasa.entities import ner
from linimasa.entities.evaluate import read_conll, score_file
from linimasa.entities.features import gazetteer_tags
from linimasa.entities.nn import Tagger
from linimasa.entities.nn_inputs import TAGS, Vocab, char_ids, context_inputs, type_inputs, word_short_shape

from ner_corpora import deduplicate
from ner_embeddings import news_vectors
from ner_nn_model import Config, Net

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "ner"
NEWS = ROOT.parent / "shared" / "data" / "news" / "click-id"
OUT = ROOT / "src" / "linimasa" / "resources" / "ner"
TRAIN = [DATA / "nergrit/train_preprocess.txt", DATA / "idner-news-2k/train.txt"]
DEV = {"nergrit-valid": DATA / "nergrit/valid_preprocess.txt", "idner-dev": DATA / "idner-news-2k/dev.txt"}
TESTS = {"nergrit": DATA / "nergrit/test_preprocess.txt", "idner-news-2k": DATA / "idner-news-2k/test.txt"}
TAG_ID = {t: i for i, t in enumerate(TAGS)}


def build_vocab(sents, news_words: list[str], lex) -> Vocab:
    chars = Counter(c for s in sents for w, _ in s for c in w)
    shapes = Counter(word_short_shape(w) for s in sents for w, _ in s)
    gaz = sorted({g for s in sents for g in _gaz_strings([w for w, _ in s], lex)})
    return Vocab.from_lists(news_words, sorted(c for c, n in chars.items() if n >= 2),
                            sorted(s for s, n in shapes.items() if n >= 2), gaz)


def _gaz_strings(words: list[str], lex) -> list[str]:
    return gazetteer_tags([w.lower() for w in words], words, lex.gazetteer)


def encode(sent, vocab: Vocab, lex) -> dict[str, list]:
    words = [w for w, _ in sent]
    types = [type_inputs(w, vocab, lex) for w in words]
    gaz, cues = context_inputs(words, vocab, lex)
    cols = dict(zip(("word", "emb_shape", "emb_coarse", "emb_fine", "emb_cap"), zip(*types)))
    return {**cols, "emb_gaz": gaz, "emb_cue": cues, "chars": [char_ids(w, vocab) for w in words],
            "tags": [TAG_ID[t] for _, t in sent]}


def batch_tensors(items: list[dict[str, list]]) -> dict[str, torch.Tensor]:
    n, width = max(len(it["tags"]) for it in items), max(len(c) for it in items for c in it["chars"])
    out = {}
    for key in ("word", "emb_shape", "emb_coarse", "emb_fine", "emb_cap", "emb_gaz", "emb_cue", "tags"):
        out[key] = torch.tensor([list(it[key]) + [0] * (n - len(it[key])) for it in items])
    chars = torch.zeros(len(items), n, width, dtype=torch.long)
    for b, it in enumerate(items):
        for t, c in enumerate(it["chars"]):
            chars[b, t, :len(c)] = torch.tensor(c)
    out["chars"] = chars
    out["mask"] = torch.tensor([[t < len(it["tags"]) for t in range(n)] for it in items])
    return out


def span_f1(tagger: Tagger, sents) -> float:
    tp = n_sys = n_gold = 0
    for sent in sents:
        gold = set(ner.bio_spans([t for _, t in sent]))
        found = set(ner.bio_spans(tagger.tag([w for w, _ in sent])))
        tp, n_sys, n_gold = tp + len(gold & found), n_sys + len(found), n_gold + len(gold)
    return 2 * tp / (n_sys + n_gold) if n_sys + n_gold else 0.0


def arrays(nets: list[Net], vocab: Vocab) -> dict[str, np.ndarray]:
    """The file linimasa.entities.nn reads: vocabularies, then each network's arrays under ``m<k>.``."""
    out = {f"m{k}.{name}": a for k, net in enumerate(nets) for name, a in net.export().items()}
    for key, table in (("v_words", vocab.words), ("v_chars", vocab.chars), ("v_shapes", vocab.shapes),
                       ("v_gaz", vocab.gazetteer)):
        out[key] = np.array(sorted(table, key=table.get))
    return out


def fit(train, dev, vectors, vocab, lex, cfg: Config, a, seed: int) -> tuple[Net, list[float]]:
    """One network; with ``dev``, the epoch with the best mean dev span F1 (model alone), else the last."""
    torch.manual_seed(seed)
    sizes = {"chars": len(vocab.chars) + 2, "shapes": len(vocab.shapes) + 1, "gaz": len(vocab.gazetteer) + 1}
    net = Net(vectors, sizes, cfg)
    opt = torch.optim.Adam(net.parameters(), lr=a.lr)
    data = [encode(s, vocab, lex) for s in train]
    rng, best, history = random.Random(seed), None, []
    for epoch in range(a.epochs):
        net.train()
        rng.shuffle(data)
        t0, total = time.time(), 0.0
        for k in range(0, len(data), a.batch):
            opt.zero_grad()
            loss = net.loss(batch_tensors(data[k:k + a.batch]))
            loss.backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            opt.step()
            total += loss.item()
        net.eval()
        if not dev:
            print(f"seed {seed} epoch {epoch + 1}: loss {total:.1f}, {time.time() - t0:.0f} s", flush=True)
            continue
        with torch.no_grad():
            tagger = Tagger(arrays([net], vocab), lex)
        scores = [round(span_f1(tagger, sents), 4) for sents in dev]
        history.append(round(sum(scores) / len(scores), 4))
        print(f"seed {seed} epoch {epoch + 1}: loss {total:.1f}, dev {scores}, {time.time() - t0:.0f} s", flush=True)
        if history[-1] >= max(history):
            best = copy.deepcopy(net.state_dict())
        elif len(history) - 1 - history.index(max(history)) >= a.patience:
            break
    if best is not None:
        net.load_state_dict(best)
    return net.eval(), history


def training_data(*, dev: bool) -> tuple[list, list, dict]:
    """Training sentences de-duplicated against the held-out ones, the dev sets (when selecting) and a summary."""
    tests = [read_conll(path) for path in TESTS.values()]
    devs = [read_conll(path) for path in DEV.values()]
    paths = TRAIN if dev else [*TRAIN, *DEV.values()]
    raw = [s for path in paths for s in read_conll(path)]
    train, dropped = deduplicate(raw, [*tests, *devs] if dev else tests)
    print(f"training sentences: {len(raw)} read, {dropped} dropped as duplicates of held-out ones, {len(train)} kept")
    summary = {"read": len(raw), "dropped_held_out_duplicates": dropped, "kept": len(train),
               "sources": [str(p.relative_to(DATA)) for p in paths]}
    return train, devs if dev else [], summary


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--dev", action="store_true", help="selection run: train without dev, stop early on dev")
    ap.add_argument("--out", type=Path, default=OUT / "tagger.npz")
    ap.add_argument("--epochs", type=int, default=40)
    ap.add_argument("--patience", type=int, default=10)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--seeds", default="1", help="one network per seed; several make an ensemble")
    ap.add_argument("--hidden", type=int, default=64)
    ap.add_argument("--dilations", default="1,2,4")
    ap.add_argument("--dropout", type=float, default=0.5)
    ap.add_argument("--freeze-words", action="store_true")
    a = ap.parse_args(argv)
    torch.set_num_threads(1)
    cfg = Config(hidden=a.hidden, dilations=tuple(map(int, a.dilations.split(","))), dropout=a.dropout,
                 freeze_words=a.freeze_words)
    t0, lex = time.time(), ner.lexicons()
    train, devs, training = training_data(dev=a.dev)
    news_words, vecs = news_vectors(NEWS, ROOT / "out" / "ner_vectors.npz")
    vocab = build_vocab(train, news_words, lex)
    vectors = np.concatenate([np.zeros((1, vecs.shape[1]), np.float32), vecs]).astype(np.float32)
    nets, report = [], {"config": vars(a) | {"out": str(a.out)}, "training": training}
    for seed in map(int, a.seeds.split(",")):
        net, report[f"history seed {seed}"] = fit(train, devs, vectors, vocab, lex, cfg, a, seed)
        nets.append(net)
    report["seconds"] = round(time.time() - t0)
    a.out.parent.mkdir(parents=True, exist_ok=True)
    with torch.no_grad():
        np.savez_compressed(a.out, **arrays(nets, vocab))
        members = {f"seed {s}": Tagger(arrays([n], vocab), lex) for s, n in zip(a.seeds.split(","), nets)}
    if len(nets) > 1:
        members["ensemble"] = Tagger.load(a.out, lex)
    report["scores"] = pipeline_scores(members, DEV if a.dev else TESTS)
    print(json.dumps(report, indent=1))
    return report


def pipeline_scores(taggers: dict[str, Tagger], files: dict[str, Path]) -> dict[str, dict]:
    """Whole-pipeline scores (entities.evaluate.score_file) of each candidate tagger."""
    out, shipped = {}, ner.tag
    for name, tagger in taggers.items():
        ner.tag = tagger.tag
        out[name] = {f: score_file(path) for f, path in files.items()}
    ner.tag = shipped
    return out


if __name__ == "__main__":
    main()
