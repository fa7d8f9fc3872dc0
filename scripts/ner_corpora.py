"""De-duplication of training sentences against every test set we report on."""
from __future__ import annotations

import re

Sentence = list[tuple[str, str]]


def sentence_key(sent: Sentence) -> str:
    """Case-, space- and punctuation-blind key, so near-copies count as the same sentence."""
    return re.sub(r"\W+", "", "".join(w for w, _ in sent).lower())


def deduplicate(train: list[Sentence], tests: list[list[Sentence]]) -> tuple[list[Sentence], int]:
    """Drop training sentences that occur in any test set (and repeats within training)."""
    banned = {sentence_key(s) for test in tests for s in test}
    kept, seen, dropped = [], set(), 0
    for sent in train:
        key = sentence_key(sent)
        if key in banned:
            dropped += 1
        elif key not in seen:
            seen.add(key)
            kept.append(sent)
    return kept, dropped
