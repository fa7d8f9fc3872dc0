"""Experiment: the neural tagger with the CRF's log marginals added to its tag scores, weight by weight.

Usage (dev protocol: both models trained without dev; ``--train-crf`` trains the CRF first):
  python ner_ensemble.py --crf-dir /tmp/crf_dev --train-crf --nn /tmp/nn_dev.npz --weights 0,0.5,1,2
Scores the whole pipeline on NERGrit valid + idner-news-2k dev (``--tests``: on the two tests).
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from linimasa.entities import ner
from linimasa.entities.evaluate import read_conll, score_file
from linimasa.entities.features import sentence_features
from linimasa.entities.nn import Tagger, viterbi
from linimasa.entities.nn_inputs import TAGS

from ner_corpora import deduplicate
from train_ner import train
from train_ner_nn import DEV, OUT, TESTS, TRAIN


def train_dev_crf(directory: Path) -> None:
    """The shipped CRF's recipe on the dev-protocol data (train only, de-duplicated against dev and tests)."""
    directory.mkdir(parents=True, exist_ok=True)
    for name in ("clusters.tsv", "gazetteer.tsv"):
        if not (directory / name).exists():
            (directory / name).symlink_to(OUT / name)
    held_out = [read_conll(path) for path in (*DEV.values(), *TESTS.values())]
    sents, _ = deduplicate([s for path in TRAIN for s in read_conll(path)], held_out)
    train(sents, directory / "model.crfsuite", 0.1, 0.1, 200)


def crf_log_marginals(words: list[str], directory: Path) -> np.ndarray:
    """(words, TAGS) log marginal probabilities of the CRF in ``directory``."""
    model = ner.tagger(directory)
    model.set(sentence_features(words, ner.lexicons(directory)))
    return np.log(np.maximum([[model.marginal(t, i) for t in TAGS] for i in range(len(words))], 1e-6))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--crf-dir", type=Path, required=True)
    ap.add_argument("--nn", type=Path, required=True)
    ap.add_argument("--weights", default="0,0.5,1,2")
    ap.add_argument("--tests", action="store_true")
    ap.add_argument("--train-crf", action="store_true")
    a = ap.parse_args()
    if a.train_crf:
        train_dev_crf(a.crf_dir)
    neural = Tagger.load(a.nn, ner.lexicons())
    for weight in map(float, a.weights.split(",")):
        def tag(words: list[str], w: float = weight) -> list[str]:
            if not words:
                return []
            scores = neural.emissions(words) + w * crf_log_marginals(words, a.crf_dir)
            return [TAGS[k] for k in viterbi(scores, neural.trans, neural.start, neural.end)]

        ner.tag = tag
        scores = {name: score_file(path) for name, path in (TESTS if a.tests else DEV).items()}
        print(json.dumps({"weight": weight, **{k: (v["ner_f1"], v["ner_per_f1"], v["ner_org_f1"], v["ner_loc_f1"])
                                                for k, v in scores.items()}}), flush=True)


if __name__ == "__main__":
    main()
