"""Word clusters, capitalisation rates and a lexicon learnt from unlabelled news (CLICK-ID).

Clusters: k-means over an SVD of the PPMI matrix of left/right neighbour counts, at two
granularities; all with numpy/scipy, no downloads.
"""
from __future__ import annotations

import csv
import sys
from collections import Counter
from itertools import pairwise
from pathlib import Path

import numpy as np
from scipy.sparse import coo_matrix

from linimasa.segment import tokenize

MIN_COUNT = 5
CONTEXTS = 2000
DIMS = 80
COARSE, FINE = 64, 512


def articles(news_dir: Path) -> list[str]:
    csv.field_size_limit(sys.maxsize)
    texts = []
    for path in sorted(news_dir.glob("*.csv")):
        with path.open(encoding="utf-8", errors="replace", newline="") as fh:
            texts += [row["content"].replace(".,", ".\n") for row in csv.DictReader(fh) if row.get("content")]
    return texts


def sentences_of_words(texts: list[str]) -> list[list[str]]:
    out = []
    for text in texts:
        for line in text.splitlines():
            out.append([line[t.start:t.end] for t in tokenize(line, known=lambda w: True)])
    return out


def capital_buckets(sents: list[list[str]]) -> dict[str, str]:
    """Share of non-initial occurrences written with a capital, in five buckets."""
    caps, total = Counter(), Counter()
    for words in sents:
        for w in words[1:]:
            if w[:1].isalpha():
                total[w.lower()] += 1
                caps[w.lower()] += w[0].isupper()
    return {w: str(min(4, int(5 * caps[w] / n))) for w, n in total.items() if n >= MIN_COUNT}


def randomized_svd(m, dims: int, power: int = 3):
    """Left singular vectors scaled by sqrt(singular values) (Halko et al. 2011); deterministic."""
    q = np.linalg.qr(m @ np.random.default_rng(0).standard_normal((m.shape[1], dims + 20)))[0]
    for _ in range(power):
        q = np.linalg.qr(m @ (m.T @ q))[0]
    u, s, _ = np.linalg.svd((m.T @ q).T, full_matrices=False)
    return (q @ u[:, :dims]) * np.sqrt(s[:dims])


def kmeans(vec: np.ndarray, k: int, iterations: int = 25) -> np.ndarray:
    """Lloyd's k-means on unit vectors, seeded with frequent words (rows are by frequency)."""
    centres = vec[np.random.default_rng(0).choice(min(len(vec), 20 * k), k, replace=False)]
    for _ in range(iterations):
        assign = np.argmax(vec @ centres.T, axis=1)
        sums = np.zeros_like(centres)
        np.add.at(sums, assign, vec)
        centres = np.where(np.bincount(assign, minlength=k)[:, None] > 0, sums, centres)
        centres /= np.linalg.norm(centres, axis=1, keepdims=True) + 1e-9
    return assign


def ppmi_vectors(sents: list[list[str]]) -> tuple[list[str], np.ndarray]:
    """Lower-cased vocabulary by frequency and its unit-length PPMI + SVD vectors."""
    counts = Counter(w.lower() for words in sents for w in words)
    vocab = [w for w, n in counts.most_common() if n >= MIN_COUNT]
    index = {w: i for i, w in enumerate(vocab)}
    rows, cols = [], []
    for words in sents:
        ids = [index.get(w.lower(), -1) for w in words]
        for a, b in pairwise(ids):
            if a >= 0 and 0 <= b < CONTEXTS:
                rows.append(a)
                cols.append(b)  # right neighbour
            if b >= 0 and 0 <= a < CONTEXTS:
                rows.append(b)
                cols.append(CONTEXTS + a)  # left neighbour
    m = coo_matrix((np.ones(len(rows), np.float32), (rows, cols)), shape=(len(vocab), 2 * CONTEXTS)).tocsr()
    m.sum_duplicates()
    total = m.sum()
    row = np.asarray(m.sum(axis=1)).ravel()
    col = np.asarray(m.sum(axis=0)).ravel() ** 0.75
    coo = m.tocoo()
    pmi = np.log(coo.data * total / (row[coo.row] * col[coo.col] / col.sum() * total))
    keep = pmi > 0
    ppmi = coo_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=m.shape).tocsr()
    vec = randomized_svd(ppmi, DIMS)
    print("clusters: svd done", flush=True)
    vec /= np.linalg.norm(vec, axis=1, keepdims=True) + 1e-9
    return vocab, vec


def clusters(sents: list[list[str]]) -> dict[str, tuple[str, str]]:
    vocab, vec = ppmi_vectors(sents)
    coarse, fine = kmeans(vec, COARSE), kmeans(vec, FINE)
    return {w: (str(c), str(f)) for w, c, f in zip(vocab, coarse, fine, strict=True)}


def lexicon(sents: list[list[str]], min_count: int = MIN_COUNT) -> list[str]:
    counts = Counter(w for words in sents for w in words if w.isalpha() and w.islower())
    return sorted(w for w, n in counts.items() if n >= min_count)


def build(news_dir: Path, out_dir: Path) -> None:
    sents = sentences_of_words(articles(news_dir))
    print(f"clusters: {len(sents)} lines, {sum(map(len, sents))} tokens", flush=True)
    caps = capital_buckets(sents)
    table = clusters(sents)
    with (out_dir / "clusters.tsv").open("w", encoding="utf-8") as fh:
        for w, (c, f) in sorted(table.items()):
            fh.write(f"{w}\t{c}\t{f}\t{caps.get(w, '-')}\n")
    (out_dir / "lexicon.txt").write_text("\n".join(lexicon(sents)) + "\n", encoding="utf-8")
