"""The shipped CRF tagger and its resources, loaded on first use.

Files in ``resources/ner/`` (written by scripts/train_ner.py): ``model.crfsuite``,
``clusters.tsv`` (word, coarse cluster, fine cluster, capitalisation bucket) and
``gazetteer.tsv`` (labels, lower-cased phrase).
"""
from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from .features import Lexicons, sentence_features

RESOURCES = Path(__file__).resolve().parent.parent / "resources" / "ner"


def read_tsv(path: Path) -> list[list[str]]:
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line]


def lexicons(directory: Path = RESOURCES) -> Lexicons:
    return _lexicons(directory)


def tagger(directory: Path = RESOURCES) -> Any:  # pycrfsuite.Tagger: no type information
    return _tagger(directory)


def reload() -> None:
    """Forget loaded resources (after training has written new ones)."""
    _lexicons.cache_clear()
    _tagger.cache_clear()


@cache
def _lexicons(directory: Path) -> Lexicons:
    clusters = {row[0]: (row[1], row[2], row[3]) for row in read_tsv(directory / "clusters.tsv")}
    gazetteer = {row[1]: row[0] for row in read_tsv(directory / "gazetteer.tsv")}
    return Lexicons(clusters=clusters, gazetteer=gazetteer)


@cache
def _tagger(directory: Path) -> Any:
    import pycrfsuite

    model = pycrfsuite.Tagger()
    model.open(str(directory / "model.crfsuite"))
    return model


def tag(words: list[str], directory: Path = RESOURCES) -> list[str]:
    """BIO labels (``B-PER``, ``I-ORG``, ``O``) for one sentence of words."""
    if not words:
        return []
    labels: list[str] = tagger(directory).tag(sentence_features(words, lexicons(directory)))
    return labels


def bio_spans(labels: list[str]) -> list[tuple[int, int, str]]:
    """(first, last + 1, type) word ranges of the BIO labels; a stray I- opens a span. The one decoder of
    our code: the tagger's output and the CoNLL gold (``evaluate.conll_text``) go through it."""
    spans: list[tuple[int, int, str]] = []
    start, kind = None, ""
    for i, lab in enumerate([*labels, "O"]):
        if start is not None and not (lab.startswith("I-") and lab[2:] == kind):
            spans.append((start, i, kind))
            start = None
        if lab != "O" and start is None:
            start, kind = i, lab[2:]
    return spans
