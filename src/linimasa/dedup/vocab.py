"""Background word statistics of Indonesian news, shipped with the package (scripts/build_dedup_vocab.py).

IDF values come from 17k CLICK-ID articles rather than from the user's collection, so a five-article
collection weighs words as sensibly as a million-article one, and weights never shift as articles arrive.
"""
from __future__ import annotations

import gzip
import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache

from ..settings import PACKAGE_DIR

VOCAB_PATH = PACKAGE_DIR / "resources" / "dedup" / "vocab.json.gz"
_CLITIC = re.compile(r"(?<=\w{3})(nya|lah|kah|pun)$")


@dataclass(frozen=True, slots=True)
class Vocabulary:
    n_docs: int
    df: dict[str, int]
    stem_df: dict[str, int]
    stems: dict[str, str]

    def doc_share(self, word: str) -> float:
        """Share of background articles containing ``word``; unseen words count as seen once."""
        return self.df.get(word, 1) / self.n_docs

    def idf(self, word: str) -> float:
        return math.log((self.n_docs + 1) / (self.df.get(word, 1) + 1))

    def stem_idf(self, root: str) -> float:
        return math.log((self.n_docs + 1) / (self.stem_df.get(root, 1) + 1))

    def stem(self, word: str) -> str:
        """Table look-up; an unseen word loses a clitic (-nya, -lah, -kah) and is looked up again.

        Unseen words are rare, so Sastrawi (milliseconds per word) would buy little matching for its cost.
        """
        known = self.stems.get(word)
        if known is not None or word in self.df:
            return known or word
        bare = _CLITIC.sub("", word)
        return self.stems.get(bare, bare)


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    with gzip.open(VOCAB_PATH, "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    return Vocabulary(n_docs=data["n_docs"], df=data["df"], stem_df=data["stem_df"], stems=data["stems"])
