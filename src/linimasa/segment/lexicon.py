"""The lexicon of frequent lower-case words, learnt from unlabelled news by scripts/train_ner.py.

Loaded on first use; an absent file means an empty lexicon (no glued-word splitting).
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

LEXICON = Path(__file__).resolve().parent.parent / "resources" / "ner" / "lexicon.txt"


@cache
def words(path: Path = LEXICON) -> frozenset[str]:
    if not path.is_file():
        return frozenset()
    return frozenset(path.read_text(encoding="utf-8").split())
