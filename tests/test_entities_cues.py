"""Context-cue rules and sentence-level mention spans, on news-style sentences."""
from __future__ import annotations

import pytest

from linimasa.entities.cues import trim_title
from linimasa.entities.mentions import sentence_spans


def spans(sentence: str, opens_paragraph: bool = False) -> list[tuple[str, str]]:
    words = sentence.split()
    return [(" ".join(words[s.first:s.last]), s.label) for s in sentence_spans(words, opens_paragraph)]


@pytest.mark.parametrize("sentence, expected", [
    ("Menteri Pertahanan Rusia Sergei Shoigu tiba di Pyongyang .", ("Sergei Shoigu", "PER")),
    ("Kim didampingi oleh Pak Thae Song , ketua komite ilmu .", ("Pak Thae Song", "PER")),
    ("Hong Min , direktur divisi di Institut Unifikasi Nasional Korea , mengatakan", ("Hong Min", "PER")),
    ("Hong Min , direktur divisi di Institut Unifikasi Nasional Korea , mengatakan",
     ("Institut Unifikasi Nasional Korea", "ORG")),
    ("analis senior di Forum Pertahanan dan Keamanan Korea , mengatakan",
     ("Forum Pertahanan dan Keamanan Korea", "ORG")),
    ("anggota Politbiro Partai Komunis China Li Hongzhong tiba", ("Li Hongzhong", "PER")),
    ("anggota Politbiro Partai Komunis China Li Hongzhong tiba", ("Partai Komunis China", "ORG")),
    ("Juru bicara Gedung Putih John Kirby mengatakan", ("John Kirby", "PER")),
    ("Penulis : Edwin Shri Bimo", ("Edwin Shri Bimo", "PER")),
    ("resolusi DK PBB yang melarang program nuklir", ("DK PBB", "ORG")),
    ("Laporan media pemerintah DPRK menyebut", ("DPRK", "LOC")),
    ("ujarnya dalam rilis yang diterima Okezone , Kamis ( 12/10/2019 ) .", ("Okezone", "ORG")),
    ("kata Ko Alim saat dihubungi Kompas.com , Senin .", ("Kompas.com", "ORG")),
    ("Ia bekerja di Tata Motors sejak 2010 .", ("Tata Motors", "ORG")),
    ("Melansir Associated Press , pasukan itu mundur .", ("Associated Press", "ORG")),
    ("dana dari Bill & Melinda Gates Foundation untuk vaksin", ("Bill & Melinda Gates Foundation", "ORG")),
    ("Laporan Counterpoint Research minggu ini menunjukkan", ("Counterpoint Research", "ORG")),
    ("kata ekonom Deutsche Bank di Jakarta", ("Deutsche Bank", "ORG")),
    ("saham Adaro Energy naik", ("Adaro Energy", "ORG")),
    ("analis di Korea Research Institute for National Strategy mengatakan",
     ("Korea Research Institute for National Strategy", "ORG")),
])
def test_entities_cues_find_span(sentence: str, expected: tuple[str, str]) -> None:
    assert expected in spans(sentence)


@pytest.mark.parametrize("sentence, not_expected", [
    ("Amerika Serikat dan Korea Selatan menuduh Korea Utara", ("Serikat dan Korea Selatan", "ORG")),
    ("berakhirnya Perang Korea yang dirayakan", ("Korea", "LOC")),
    ("Kim juga bertemu dengan anggota Politbiro Partai Komunis China", ("Politbiro", "PER")),
    ("Pada masa itu Sekolah Lanjutan Tingkat Atas hanya ada di kota", ("Sekolah Lanjutan Tingkat Atas", "ORG")),
    ("Jika Anda sangat dehidrasi , ada kemungkinan Anda mengalami gangguan", ("Anda", "PER")),
    ("kata Amali , Ahad malam , 15 September 2019 .", ("Ahad", "PER")),
    ("Pada Ahad , sekelompok profesional Malaysia meminta", ("Ahad", "LOC")),
    ("ujarnya dalam rilis yang diterima Okezone , Kamis .", ("Okezone", "PER")),
    ("Melansir Associated Press , pasukan itu mundur .", ("Melansir Associated Press", "ORG")),
])
def test_entities_cues_avoid_span(sentence: str, not_expected: tuple[str, str]) -> None:
    assert not_expected not in spans(sentence)


@pytest.mark.parametrize("sentence, expected", [
    ("SEOUL - Korea Utara meningkatkan upaya", ("SEOUL", "LOC")),
    ("REPUBLIKA.CO.ID , PYONGYANG -- Pemimpin Korea Utara", ("REPUBLIKA.CO.ID", "ORG")),
    ("REPUBLIKA.CO.ID , PYONGYANG -- Pemimpin Korea Utara", ("PYONGYANG", "LOC")),
])
def test_entities_cues_datelines(sentence: str, expected: tuple[str, str]) -> None:
    assert expected in spans(sentence, opens_paragraph=True)


@pytest.mark.parametrize("span, name", [
    ("Menkumham Andi Mattalata", "Andi Mattalata"),
    ("Wasekjen Mahfudz Siddiq", "Mahfudz Siddiq"),
    ("Laksamana Kim Myong Sik", "Kim Myong Sik"),
    ("Andi Mattalata", "Andi Mattalata"),
])
def test_entities_cues_trim_title(span: str, name: str) -> None:
    words = span.split()
    assert " ".join(words[trim_title(words, 0, len(words)):]) == name
