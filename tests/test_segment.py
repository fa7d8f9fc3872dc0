"""Sentence splitting and tokenisation tables (seed and CLICK-ID style cases)."""
from __future__ import annotations

import pytest

from linimasa.model import Article
from linimasa.segment import run, split_sentences, tokenize
from linimasa.settings import Settings


def words(text: str) -> list[str]:
    return [text[t.start:t.end] for t in tokenize(text, known={"kuat", "dunia"}.__contains__)]


def sentences(text: str) -> list[str]:
    return [text[s.start:s.end] for s in split_sentences(text)]


@pytest.mark.parametrize("text, expected", [
    ("Kim Jong-un tiba.", ["Kim", "Jong-un", "tiba", "."]),
    ("ke Komsomolsk-on-Amur,", ["ke", "Komsomolsk-on-Amur", ","]),
    ("kata Vyara-Lestari.", ["kata", "Vyara-Lestari", "."]),
    ("paling kuatdi dunia", ["paling", "kuat", "di", "dunia"]),
    ("cukup mengejutkan.Kementerian Unifikasi", ["cukup", "mengejutkan", ".", "Kementerian", "Unifikasi"]),
    ("21:10 WIBSEOUL, KOMPAS.TV -", ["21:10", "WIB", "SEOUL", ",", "KOMPAS.TV", "-"]),
    ("REPUBLIKA.CO.ID, PYONGYANG --", ["REPUBLIKA.CO.ID", ",", "PYONGYANG", "--"]),
    ("PT. Bank Mandiri Tbk. di Jl. Sudirman", ["PT.", "Bank", "Mandiri", "Tbk.", "di", "Jl.", "Sudirman"]),
    ("oleh J. Smith dan DK PBB", ["oleh", "J.", "Smith", "dan", "DK", "PBB"]),
    ("dipimpin AS.", ["dipimpin", "AS", "."]),
    ("Kamis, (27/7/2023) Rp 1.500,50", ["Kamis", ",", "(", "27/7/2023", ")", "Rp", "1.500,50"]),
    ('"Kami siap," kata Jum\'at', ['"', "Kami", "siap", ",", '"', "kata", "Jum'at"]),
    ("Negara-negara Barat", ["Negara-negara", "Barat"]),
    ("lihat https://www.kompas.com/a/b.", ["lihat", "https://www.kompas.com/a/b", "."]),
])
def test_segment_tokenize_table(text: str, expected: list[str]) -> None:
    assert words(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Kim tiba. Putin menyambut.", ["Kim tiba.", "Putin menyambut."]),
    ("Baris satu\nBaris dua", ["Baris satu", "Baris dua"]),
    ("Ia tinggal di Jl. Sudirman No. 5 sejak lama.", ["Ia tinggal di Jl. Sudirman No. 5 sejak lama."]),
    ("Ditemui Prof. Dr. Budi. Ia setuju.", ["Ditemui Prof. Dr. Budi.", "Ia setuju."]),
    ("Saham PT Astra Tbk. Naik lagi.", ["Saham PT Astra Tbk.", "Naik lagi."]),
    ("Pasukan PBB dipimpin AS. Korea Utara menolak.", ["Pasukan PBB dipimpin AS.", "Korea Utara menolak."]),
    ("Kata J. Smith, DK PBB setuju.", ["Kata J. Smith, DK PBB setuju."]),
    ('"Kami siap," kata Kim. "Ya." Lalu pergi.', ['"Kami siap," kata Kim.', '"Ya."', "Lalu pergi."]),
    ('paling kuat di dunia." Kim juga hadir.', ['paling kuat di dunia."', "Kim juga hadir."]),
    ("Ia berkata, “Kami siap.” Lalu pergi.", ["Ia berkata, “Kami siap.”", "Lalu pergi."]),
    ("cukup mengejutkan.Kementerian Unifikasi menolak.", ["cukup mengejutkan.", "Kementerian Unifikasi menolak."]),
    ("Nilainya 3.5 persen. Naik.", ["Nilainya 3.5 persen.", "Naik."]),
    ("dan lain-lain dll. dan sebagainya.", ["dan lain-lain dll. dan sebagainya."]),
    ("Ia bertemu Andi M . Ghalib di sana .", ["Ia bertemu Andi M . Ghalib di sana ."]),
    ("Lalu Mr . Widodo datang . Ia duduk .", ["Lalu Mr . Widodo datang .", "Ia duduk ."]),
    # CLICK-ID scrapes join paragraphs with commas (kompas-1014, tempo-3743, sindonews-1980, okezone-2036)
    ('rakyat Timor Leste," ucap dia.,Saat berziarah, Xanana tiba.',
     ['rakyat Timor Leste," ucap dia.,', "Saat berziarah, Xanana tiba."]),
    ('dan ratusan titik api," ucap Jokowi. , Hadir pula Kapolri.',
     ['dan ratusan titik api," ucap Jokowi. ,', "Hadir pula Kapolri."]),
    ("Jakarta, Senin (16/9/2019)., Jokowi meninjau.", ["Jakarta, Senin (16/9/2019).,", "Jokowi meninjau."]),
    ('kata Xanana.,"Saya ke sini," ucap dia.', ["kata Xanana.,", '"Saya ke sini," ucap dia.']),
    ("Ayat 1 KUHP. (,),Ketua majelis hakim membuka.", ["Ayat 1 KUHP. (,),", "Ketua majelis hakim membuka."]),
    ('sebagai Kepala Kanwil," bebernya,Selanjutnya Jaksa membaca.',
     ['sebagai Kepala Kanwil," bebernya,', "Selanjutnya Jaksa membaca."]),
    ("Nilainya Rp1,5 juta, Kamis (19/9).", ["Nilainya Rp1,5 juta, Kamis (19/9)."]),
    ('"Kami siap," kata Kim, Jumat.', ['"Kami siap," kata Kim, Jumat.']),
])
def test_segment_split_sentences_table(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize("text", [
    "SEOUL - Menteri Rusia tiba. Ia bertemu Kim.\n\n\"Kami siap,\" katanya.\n",
    "  leading spaces. and lower\nX",
    "",
])
def test_segment_run_spans_slice_text(text: str) -> None:
    art = run(Article(id="a", source="a", text=text), Settings())
    assert all(text[t.start:t.end].strip() == text[t.start:t.end] != "" for t in art.tokens)
    assert all(s.start < s.end and "\n" not in text[s.start:s.end] for s in art.sentences)
    covered = {t for s in art.sentences for t in art.tokens if s.start <= t.start and t.end <= s.end}
    assert covered == set(art.tokens)
