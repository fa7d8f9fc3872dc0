"""Build the background vocabulary dedup ships: word and stem document frequencies from the 17k CLICK-ID articles.

Rare-word signals (rewrite candidates) and TF-IDF (stories) need IDF values that do not depend on how many
articles a user happens to process. Words seen in one article only are left out: unknown means rare.
Also ships the Sastrawi stem of every kept word, so stemming a news collection is a table look-up.

    nice .venv/bin/python scripts/build_dedup_vocab.py
"""
from __future__ import annotations

import gzip
import json
from collections import Counter
from pathlib import Path

from clickid import articles

from linimasa.dedup.text import words
from linimasa.stemming import stem

OUT = Path(__file__).resolve().parents[1] / "src" / "linimasa" / "resources" / "dedup" / "vocab.json.gz"


def main() -> None:
    df: Counter[str] = Counter()
    stem_df: Counter[str] = Counter()
    n_docs = 0
    for article in articles():
        vocabulary = set(words(f"{article.title or ''}\n{article.text}"))
        df.update(vocabulary)
        stem_df.update({stem(w) for w in vocabulary})
        n_docs += 1
    kept = sorted(w for w, n in df.items() if n > 1)
    payload = {"n_docs": n_docs, "source": "CLICK-ID (William & Sari 2020), CC BY 4.0",
               "df": {w: df[w] for w in kept},
               "stem_df": {s: n for s, n in sorted(stem_df.items()) if n > 1},
               "stems": {w: stem(w) for w in kept if stem(w) != w}}
    with gzip.open(OUT, "wt", encoding="utf-8") as fh:
        json.dump(payload, fh, ensure_ascii=False, separators=(",", ":"))
    print(f"{n_docs} articles, {len(kept)} words, {len(payload['stems'])} stems -> {OUT}")


if __name__ == "__main__":
    main()
