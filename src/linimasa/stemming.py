"""Indonesian stemming (PySastrawi) for search, TF-IDF and summaries.

Sastrawi is slow per call, but news vocabulary is Zipfian, so a per-word cache makes it cheap.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*", re.UNICODE)


@lru_cache(maxsize=1)
def _stemmer() -> Any:  # Sastrawi has no type information
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


@lru_cache(maxsize=1)
def table() -> dict[str, str]:
    """Sastrawi's stems of the 54k commonest news words, precomputed (scripts/build_stem_table.py):
    every process would otherwise spend minutes re-stemming the same vocabulary. '' means unchanged."""
    import gzip
    from pathlib import Path

    path = Path(__file__).parent / "resources" / "stems" / "stems.tsv.gz"
    return dict(line.split("\t") for line in gzip.decompress(path.read_bytes()).decode("utf-8").splitlines())


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Root of one word, lowercased; numbers and non-words come back lowercased as they are."""
    lowered = word.lower()
    if not lowered.isalpha() and "-" not in lowered:
        return lowered
    known = table().get(lowered)
    if known is not None:
        return known or lowered
    return _stemmer().stem(lowered) or lowered


def words(text: str) -> Iterator[re.Match[str]]:
    return WORD.finditer(text)


def stems(text: str) -> list[str]:
    return [stem(m.group()) for m in words(text)]


def stemmed_text(text: str) -> str:
    return " ".join(stems(text))
