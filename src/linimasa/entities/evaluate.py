"""CoNLL NER evaluation in-process, with the text layout and span logic of the project scorer.

Sentences become one paragraph each (words joined by single spaces), a batch of them one
document; a mention counts when its (start, end, label) equals a gold span exactly.
"""
from __future__ import annotations

from pathlib import Path

from ..model import Article
from ..settings import Settings
from .ner import bio_spans

LABELS = {"PERSON": "PER", "PER": "PER", "PPL": "PER", "ORGANISATION": "ORG", "ORGANIZATION": "ORG",
          "ORG": "ORG", "PLACE": "LOC", "LOC": "LOC", "LOCATION": "LOC", "PLC": "LOC", "GPE": "LOC"}
TYPES = ("PER", "ORG", "LOC")

Sentence = list[tuple[str, str]]


def read_conll(path: Path) -> list[Sentence]:
    """Sentences of (word, BIO tag), tags mapped to PER/ORG/LOC and any other type to O."""
    sents: list[Sentence] = []
    cur: Sentence = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        cols = line.split("\t") if "\t" in line else line.split()
        if not line.strip():
            if cur:
                sents.append(cur)
            cur = []
            continue
        tag = cols[-1].strip()
        kind = LABELS.get(tag[2:].upper()) if len(tag) > 2 else None
        cur.append((cols[0], f"{tag[:2]}{kind}" if kind else "O"))
    if cur:
        sents.append(cur)
    return sents


def conll_text(sents: list[Sentence]) -> tuple[str, set[tuple[int, int, str]]]:
    """The document text and its gold (start, end, type) spans, decoded as the tagger's output is."""
    text, spans = "", set()
    for sent in sents:
        offsets = []
        for word, _ in sent:
            offsets.append((len(text), len(text) + len(word)))
            text += word + " "
        spans |= {(offsets[i][0], offsets[j - 1][1], kind) for i, j, kind in bio_spans([t for _, t in sent])}
        text = text.rstrip(" ") + "\n\n"
    return text, spans


def _prf(tp: int, n_sys: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def score_file(path: Path, chunk: int = 100) -> dict[str, float]:
    """Precision, recall and F1 (overall and per type) of the segment + entities stages."""
    from .. import entities, segment

    settings, sents = Settings(), read_conll(path)
    counts = {t: [0, 0, 0] for t in TYPES}  # true positives, system, gold
    for k in range(0, len(sents), chunk):
        text, gold = conll_text(sents[k:k + chunk])
        art = entities.run(segment.run(Article(id="conll", source=str(path), text=text), settings), settings)
        found = {(m.start, m.end, m.label) for m in art.entities if m.label in TYPES}
        for t, c in counts.items():
            c[0] += sum(1 for s in found & gold if s[2] == t)
            c[1] += sum(1 for s in found if s[2] == t)
            c[2] += sum(1 for s in gold if s[2] == t)
    p, r, f = _prf(*(sum(c[i] for c in counts.values()) for i in range(3)))
    out = {"sentences": len(sents), "ner_p": round(p, 4), "ner_r": round(r, 4), "ner_f1": round(f, 4)}
    out.update({f"ner_{t.lower()}_f1": round(_prf(*c)[2], 4) for t, c in counts.items()})
    return out
