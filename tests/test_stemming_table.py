"""The precomputed stem table gives exactly what Sastrawi gives, only without the cost."""
from __future__ import annotations

import pytest

from linimasa.stemming import _stemmer, stem, table

SAMPLE = sorted(table())[::270]  # 200 words spread over the alphabet


def test_stemming_table_covers_common_news_words() -> None:
    assert len(table()) > 50_000
    assert all(word in table() for word in ("mengatakan", "pemerintah", "presiden", "dilakukan"))


@pytest.mark.parametrize("word", SAMPLE)
def test_stemming_table_agrees_with_sastrawi(word: str) -> None:
    assert stem(word) == (_stemmer().stem(word) or word)


@pytest.mark.parametrize("word, root", [("mempertahankan", "tahan"), ("pertahanan", "tahan"), ("2023", "2023"),
                                         ("Jakarta", "jakarta")])
def test_stemming_table_keeps_known_roots(word: str, root: str) -> None:
    assert stem(word) == root
