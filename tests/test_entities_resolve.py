"""Alias and short-name resolution tables: one id per real-world entity."""
from __future__ import annotations

import pytest

from linimasa.entities import link
from linimasa.entities.resolve import abbreviates, canonical, key, metonym_target, resolve
from linimasa.model import Article


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
    ([("Partai Golkar", "ORG"), ("Golkar", "ORG")], ["Partai Golkar", "Partai Golkar"]),
    ([("Provinsi Jawa Barat", "LOC"), ("Jawa Barat", "LOC")], ["Provinsi Jawa Barat", "Provinsi Jawa Barat"]),
    ([("Kabupaten Bogor", "LOC"), ("Bogor", "LOC")], ["Kabupaten Bogor", "Bogor"]),
    ([("Washington", "LOC"), ("George Washington", "PER")], ["Washington", "George Washington"]),
])
def test_entities_resolve_short_names(mentions: list[tuple[str, str]], expected: list[str]) -> None:
    assert [e.name for e in resolve(mentions)] == expected


@pytest.mark.parametrize("a, b", [("Kim Jong-un", "KIM JONG UN"), ("Kang Sun-nam", "Kang Sun Nam"),
                                  ("Sérgio", "Sergio")])
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


@pytest.mark.parametrize("short, long, expected", [
    ("KPU", "Komisi Pemilihan Umum", True),
    ("Kemenhan", "Kementerian Pertahanan", True),
    ("Korut", "Korea Utara", True),
    ("Jokowi", "Joko Widodo", True),
    ("PDI-P", "Partai Demokrasi Indonesia Perjuangan", True),
    ("BNPB", "Komisi Pemilihan Umum", False),  # not its letters
    ("UMK", "Komisi Pemilihan Umum", False),  # not from its first letter on
    ("Komisi", "Komisi Pemilihan Umum", True),
    ("Korea Utara", "Republik Korea Utara", False),  # two words: not an abbreviation
    ("K", "Komisi Pemilihan Umum", False),
    ("KPU", "- -", False),
])
def test_entities_resolve_abbreviates(short: str, long: str, expected: bool) -> None:
    assert abbreviates(short, long) is expected


@pytest.mark.parametrize("text, names", [
    ("Komisi Pemilihan Umum (KPU) menetapkan jadwal. KPU siap.",
     ["Komisi Pemilihan Umum", "Komisi Pemilihan Umum", "Komisi Pemilihan Umum"]),
    ("Partai Keadilan Sejahtera (PKS), kata dia. PKS hadir.",
     ["Partai Keadilan Sejahtera", "Partai Keadilan Sejahtera", "Partai Keadilan Sejahtera"]),
    ("KPU (Komisi Pemilihan Umum) menetapkan jadwal.", ["Komisi Pemilihan Umum", "Komisi Pemilihan Umum"]),
    ("Komisi Pemilihan Umum dan (BMKG) hadir. BMKG siap.", ["Komisi Pemilihan Umum", "BMKG", "BMKG"]),
    ("Komisi Pemilihan Umum (BNPB) hadir.", ["Komisi Pemilihan Umum", "BNPB"]),
])
def test_entities_resolve_bracketed_definitions(text: str, names: list[str]) -> None:
    spans = []
    for name in ("Komisi Pemilihan Umum", "(KPU)", "KPU", "Partai Keadilan Sejahtera", "PKS", "(BMKG)", "BMKG",
                 "(BNPB)"):
        start = text.find(name)
        while start >= 0:
            if not any(s <= start < e for s, e, _ in spans):
                spans.append((start, start + len(name), "ORG"))
            start = text.find(name, start + 1)
    spans.sort()
    article = Article(id="a", source="a.txt", text=text)
    assert [m.name for m in link(article, spans)] == names
