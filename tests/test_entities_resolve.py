"""Alias and short-name resolution tables: one id per real-world entity."""
from __future__ import annotations

import pytest

from linimasa.entities.resolve import canonical, key, metonym_target, resolve


@pytest.mark.parametrize("variants, label, name", [
    (["Korut", "Korea Utara", "DPRK", "Republik Rakyat Demokratik Korea", "Republik Demokratik Rakyat Korea"],
     "LOC", "Korea Utara"),
    (["Kim Jong Un", "Kim Jong-un", "KIM JONG UN"], "PER", "Kim Jong-un"),
    (["AS", "Amerika Serikat"], "LOC", "Amerika Serikat"),
    (["Tiongkok", "China", "Cina"], "LOC", "China"),
    (["Moskow", "Moscow"], "LOC", "Moskow"),
    (["Kang Sun Nam", "Kang Sun-nam"], "PER", "Kang Sun Nam"),
    (["KCNA", "Kantor Berita Pusat Korea"], "ORG", "KCNA"),
    (["Istana Kremlin", "Kremlin"], "ORG", "Kremlin"),
    (["Partai Komunis Cina", "Partai Komunis Tiongkok", "Partai Komunis China"], "ORG", "Partai Komunis China"),
    (["DK PBB", "Dewan Keamanan PBB"], "ORG", "Dewan Keamanan PBB"),
])
def test_entities_alias_variants_share_id(variants: list[str], label: str, name: str) -> None:
    entities = {canonical(v, label) for v in variants}
    assert len(entities) == 1
    assert entities.pop().name == name


@pytest.mark.parametrize("mentions, expected", [
    ([("Kim Jong-un", "PER"), ("Kim", "PER")], ["Kim Jong-un", "Kim Jong-un"]),
    ([("Sergei Shoigu", "PER"), ("Shoigu", "PER")], ["Sergei Shoigu", "Sergei Shoigu"]),
    ([("Vladimir Putin", "PER"), ("Tuan Putin", "PER")], ["Vladimir Putin", "Vladimir Putin"]),
    ([("Moon", "PER"), ("Moon Seong Mook", "PER")], ["Moon Seong Mook", "Moon Seong Mook"]),
    ([("Partai Komunis China", "ORG"), ("Partai Komunis", "ORG")], ["Partai Komunis China", "Partai Komunis China"]),
    ([("Kim Myong Sik", "PER"), ("Kim Jong-un", "PER"), ("Kim Jong Un", "PER"), ("Kim", "PER")],
     ["Kim Myong Sik", "Kim Jong-un", "Kim Jong-un", "Kim Jong-un"]),
    ([("Hong", "PER")], ["Hong"]),
    ([("Washington", "LOC"), ("George Washington", "PER")], ["Washington", "George Washington"]),
])
def test_entities_resolve_short_names(mentions: list[tuple[str, str]], expected: list[str]) -> None:
    assert [e.name for e in resolve(mentions)] == expected


@pytest.mark.parametrize("a, b", [("Kim Jong-un", "KIM JONG UN"), ("Kang Sun-nam", "Kang Sun Nam"), ("Sérgio", "Sergio")])
def test_entities_key_ignores_case_hyphen_accent(a: str, b: str) -> None:
    assert key(a) == key(b)


def test_entities_ids_are_stable_across_documents() -> None:
    first = resolve([("Korut", "LOC")])[0]
    second = resolve([("Republik Rakyat Demokratik Korea", "LOC"), ("Korea Utara", "LOC")])
    assert {first.id} == {e.id for e in second}


@pytest.mark.parametrize("name, target", [("Kremlin", "Rusia"), ("Gedung Putih", "Amerika Serikat"),
                                          ("Pyongyang", "Korea Utara"), ("Sergei Shoigu", None)])
def test_entities_metonym_targets(name: str, target: str | None) -> None:
    found = metonym_target(name)
    assert (found.name if found else None) == target
