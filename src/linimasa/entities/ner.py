"""The shipped CRF tagger and its resources, loaded on first use.

Files in ``resources/ner/`` (written by scripts/train_ner.py): ``model.crfsuite``,
``clusters.tsv`` (word, coarse cluster, fine cluster, capitalisation bucket) and
``gazetteer.tsv`` (labels, lower-cased phrase).
"""
from __future__ import annotations

import struct
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
    _tagging_lexicons.cache_clear()
    _tagger.cache_clear()


@cache
def _lexicons(directory: Path) -> Lexicons:
    clusters = {row[0]: (row[1], row[2], row[3]) for row in read_tsv(directory / "clusters.tsv")}
    gazetteer = {row[1]: row[0] for row in read_tsv(directory / "gazetteer.tsv")}
    return Lexicons(clusters=clusters, gazetteer=gazetteer)


@cache
def _tagging_lexicons(directory: Path) -> Lexicons:
    """The lexicons, with the model's attributes: features it has no weight for are not computed for it."""
    lex = _lexicons(directory)
    return Lexicons(lex.clusters, lex.gazetteer, attributes=model_attributes(directory / "model.crfsuite"))


def model_attributes(path: Path) -> frozenset[str]:
    """The attribute (feature) names a crfsuite CRF1d model file holds, as its tagger looks them up.

    The file starts with a header of little-endian uint32 fields, the tenth the offset of the attributes'
    CQDB; that starts with a 24-byte header whose last two fields are the length and offset of its backward
    array, which gives each attribute's record: id, key size, key (NUL-terminated UTF-8). Parsing this is ~100
    times faster than the tagger's own ``info()``, which dumps the whole model as text.
    """
    data = path.read_bytes()
    (base,) = struct.unpack_from("<I", data, 36)
    if data[:4] != b"lCRF" or data[base:base + 4] != b"CQDB":
        raise ValueError(f"{path}: not a crfsuite CRF1d model")
    count, backward = struct.unpack_from("<II", data, base + 16)
    names = []
    for (offset,) in struct.iter_unpack("<I", data[base + backward:base + backward + 4 * count]):
        (size,) = struct.unpack_from("<I", data, base + offset + 4)
        names.append(data[base + offset + 8:base + offset + 7 + size].decode())
    return frozenset(names)


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
    labels: list[str] = tagger(directory).tag(sentence_features(words, _tagging_lexicons(directory)))
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
