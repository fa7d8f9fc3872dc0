"""Caseless and all-caps sentences are truecased from news capitalisation rates before tagging."""
from __future__ import annotations

import pytest

from linimasa import entities, segment
from linimasa.entities.truecase import caseless, restore_case, truecase
from linimasa.model import Article
from linimasa.settings import Settings


@pytest.mark.parametrize("words, expected", [
    (["presiden", "jokowi", "tiba", "di", "jakarta"], ["Presiden", "Jokowi", "tiba", "di", "Jakarta"]),
    (["kata", "zxqwertyuk", "."], ["kata", "Zxqwertyuk", "."]),
    (["di", "ke", "2023", ","], ["di", "ke", "2023", ","]),
])
def test_entities_truecase_table(words: list[str], expected: list[str]) -> None:
    assert truecase(words) == expected


@pytest.mark.parametrize("words, expected", [
    (["presiden", "tiba"], True),
    (["Presiden", "tiba"], False),
    (["kata", "KCNA"], False),
])
def test_entities_truecase_caseless(words: list[str], expected: bool) -> None:
    assert caseless(words) is expected


@pytest.mark.parametrize("words, expected", [
    (["KIM", "JONG", "UN", "TIBA", "DI", "MOSKOW"], ["Kim", "Jong", "Un", "tiba", "di", "Moskow"]),
    (["SEOUL", "-", "Kim", "tiba"], ["SEOUL", "-", "Kim", "tiba"]),
    (["DK", "PBB", "-"], ["DK", "PBB", "-"]),
    (["kim", "tiba"], ["Kim", "tiba"]),
])
def test_entities_truecase_restore_case(words: list[str], expected: list[str]) -> None:
    assert restore_case(words) == expected


@pytest.mark.parametrize("text, mention, label", [
    ("menteri pertahanan rusia sergei shoigu tiba di pyongyang .", "sergei shoigu", "PER"),
    ("menteri pertahanan rusia sergei shoigu tiba di pyongyang .", "pyongyang", "LOC"),
    ("MENTERI PERTAHANAN RUSIA SERGEI SHOIGU TIBA DI PYONGYANG .", "SERGEI SHOIGU", "PER"),
])
def test_entities_truecase_finds_names(text: str, mention: str, label: str) -> None:
    settings = Settings()
    art = entities.run(segment.run(Article(id="t", source="t", text=text), settings), settings)
    assert (mention, label) in {(text[m.start:m.end], m.label) for m in art.entities}
