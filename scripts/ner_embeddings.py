"""Word vectors for the neural tagger, learnt from unlabelled news (CLICK-ID) by PPMI + SVD.

The same vectors ner_clusters.py clusters; computed once (a few minutes) and cached in out/.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np

from ner_clusters import articles, ppmi_vectors, sentences_of_words


def news_vectors(news_dir: Path, cache: Path) -> tuple[list[str], np.ndarray]:
    """Vocabulary by frequency and its vectors (rows in the same order)."""
    if cache.exists():
        data = np.load(cache)
        return data["vocab"].tolist(), data["vectors"]
    vocab, vec = ppmi_vectors(sentences_of_words(articles(news_dir)))
    cache.parent.mkdir(parents=True, exist_ok=True)
    np.savez(cache, vocab=np.array(vocab), vectors=vec.astype(np.float32))
    return vocab, vec
