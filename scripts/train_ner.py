"""Train the shipped NER model: `make model` (the only code that reads ../shared/data, or $LINIMASA_SHARED/data).

Steps: word clusters and lexicon from CLICK-ID; gazetteer from MDEE, CLDR countries and our
curated cities; a CRF on NERGrit train+valid and idner-news-2k train+dev, de-duplicated
against both test sets; then both test sets are scored through the real pipeline (the same
text and span logic as score.py, see linimasa.entities.evaluate) and the figures are recorded in metrics.json,
with the fingerprint of what the features compute (linimasa.entities.probe).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import time
from pathlib import Path

import pycrfsuite
from ner_clusters import build as build_clusters
from ner_corpora import deduplicate

from linimasa.entities import ner
from linimasa.entities.evaluate import read_conll, score_file
from linimasa.entities.features import sentence_features
from linimasa.entities.probe import feature_fingerprint
from linimasa.lang.id.names import WORLD_CITIES, countries

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("LINIMASA_SHARED", ROOT.parent / "shared"))  # a worktree elsewhere names it
DATA = SHARED / "data"
OUT = ROOT / "src" / "linimasa" / "resources" / "ner"
SUBSET = ROOT / "tests" / "data" / "ner_subset.conll"
TRAIN = [DATA / "ner/nergrit/train_preprocess.txt", DATA / "ner/nergrit/valid_preprocess.txt",
         DATA / "ner/idner-news-2k/train.txt", DATA / "ner/idner-news-2k/dev.txt"]
TESTS = {"nergrit": DATA / "ner/nergrit/test_preprocess.txt", "idner-news-2k": DATA / "ner/idner-news-2k/test.txt"}
MDEE = {"PER": "person.txt", "ORG": "organization.txt", "LOC": "place.txt"}


def build_gazetteer(out_dir: Path) -> None:
    labels: dict[str, set[str]] = {}
    for label, name in MDEE.items():
        for line in (DATA / "gazetteers/mdee/gazetteer_mdee" / name).read_text(errors="replace").splitlines():
            phrase = " ".join(line.split()).lower()
            if phrase and "\ufffd" not in phrase and len(phrase.split()) <= 6:
                labels.setdefault(phrase, set()).add(label)
    for phrase in [*countries(), *WORLD_CITIES]:
        labels[phrase.lower()] = {"LOC"}
    with (out_dir / "gazetteer.tsv").open("w", encoding="utf-8") as fh:
        for phrase, labs in sorted(labels.items()):
            fh.write(f"{'|'.join(sorted(labs))}\t{phrase}\n")


def train(sents, model_path: Path, c1: float, c2: float, iterations: int) -> None:
    ner.reload()
    lex = ner.lexicons(model_path.parent)
    trainer = pycrfsuite.Trainer(verbose=False)
    for sent in sents:
        trainer.append(sentence_features([w for w, _ in sent], lex), [t for _, t in sent])
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations,
                        "feature.possible_transitions": True})
    trainer.train(str(model_path))
    ner.reload()


def write_subset(tests: dict[str, list], size: int = 150) -> None:
    """A fixed test subset the regression test can use without ../shared."""
    lines = []
    for sents in tests.values():
        for sent in random.Random(7).sample(sents, size):
            lines += [f"{w}\t{t}" for w, t in sent] + [""]
    SUBSET.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--skip-clusters", action="store_true", help="reuse clusters.tsv and lexicon.txt")
    ap.add_argument("--c1", type=float, default=0.1)
    ap.add_argument("--c2", type=float, default=0.1)
    ap.add_argument("--iterations", type=int, default=200)
    ap.add_argument("--score-only", action="store_true", help="re-score the shipped model (after rule changes)")
    a = ap.parse_args()
    if not a.score_only:
        train_all(a)
    metrics = json.loads((OUT / "metrics.json").read_text())
    metrics.update({name: score_file(path) for name, path in TESTS.items()})
    metrics["subset"] = score_file(SUBSET)
    (OUT / "metrics.json").write_text(json.dumps(metrics, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(metrics, indent=2))


def train_all(a: argparse.Namespace) -> None:
    t0 = time.time()
    OUT.mkdir(parents=True, exist_ok=True)
    if not a.skip_clusters:
        build_clusters(DATA / "news/click-id", OUT)
    build_gazetteer(OUT)
    tests = {name: read_conll(path) for name, path in TESTS.items()}
    raw = [s for path in TRAIN for s in read_conll(path)]
    sents, dropped = deduplicate(raw, list(tests.values()))
    print(f"training sentences: {len(raw)} read, {dropped} dropped as test duplicates, {len(sents)} kept")
    train(sents, OUT / "model.crfsuite", a.c1, a.c2, a.iterations)
    write_subset(tests)
    training = {"read": len(raw), "dropped_test_duplicates": dropped, "kept": len(sents),
                "sources": [str(p.relative_to(DATA)) for p in TRAIN], "seconds": round(time.time() - t0),
                "features": feature_fingerprint(ner.lexicons(OUT))}
    (OUT / "metrics.json").write_text(json.dumps({"training": training}, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
