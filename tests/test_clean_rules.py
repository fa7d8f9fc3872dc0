"""Tables for the cleaning rules: datelines, head lines, boilerplate, wire credits, timestamps."""
from __future__ import annotations

from pathlib import Path

import pytest

from linimasa.clean import article_id, clean
from linimasa.clean.boilerplate import strip_boilerplate
from linimasa.clean.dateline import read_dateline
from linimasa.clean.head import read_head
from linimasa.clean.stamp import whole_stamp
from linimasa.clean.wire import wire_in_text
from linimasa.model import Record
from linimasa.settings import Settings

SEEDS = Path(__file__).resolve().parents[1] / "examples" / "seeds"


@pytest.mark.parametrize(("line", "city", "outlet"), [
    ("SEOUL - Menteri pertahanan Rusia Sergei Shoigu menemani", "SEOUL", None),
    ("SEOUL – Korea Utara meningkatkan upaya", "SEOUL", None),
    ("REPUBLIKA.CO.ID, PYONGYANG -- Pemimpin Korea Utara (Korut)", "PYONGYANG", "Republika"),
    ("SEOUL, KOMPAS.TV - Pemimpin Korea Utara", "SEOUL", "Kompas TV"),
    ("JAKARTA, KOMPAS.com – Presiden Joko Widodo", "JAKARTA", "Kompas.com"),
    ("Jakarta (ANTARA) - Presiden Joko Widodo", "Jakarta", "Antara"),
    ("TEMPO.CO, Jakarta - Kepolisian mengklaim investigasi", "Jakarta", "Tempo"),  # CLICK-ID tempo.csv
    ("TEMPO.CO, Seoul - Agustus lalu, Samsung Elektronik", "Seoul", "Tempo"),  # CLICK-ID tempo.csv
    ("Liputan6.com, Jakarta - Harga emas", "Jakarta", "Liputan6"),
    ("Jakarta, CNN Indonesia -- Presiden", "Jakarta", "CNN Indonesia"),
    ("KOMPAS.com - Lebih dari 4 tahun", None, "Kompas.com"),
    ("BANDA ACEH, KOMPAS.com - Polisi menangkap", "BANDA ACEH", "Kompas.com"),
    ("WASHINGTON (Reuters) - Presiden Amerika Serikat", "WASHINGTON", "Reuters"),
    ("JAKARTA, KOMPAS.com \ufffd Vice President PT Pertamina", "JAKARTA", "Kompas.com"),  # IndoTimex: em dash lost
    ("JAKARTA, KOMPAS. com - Sampai saat ini", "JAKARTA", "Kompas.com"),  # IndoTimex
    ("SEOUL—Korea Utara menembakkan rudal", "SEOUL", None),
    ("PIKIRAN RAKYAT - Harga beras naik", None, "Pikiran Rakyat"),
    ("TIMESINDONESIA, JAKARTA – Harga beras naik", "JAKARTA", "Times Indonesia"),
])
def test_clean_dateline_reads_city_and_outlet(line: str, city: str | None, outlet: str | None) -> None:
    found = read_dateline(line)
    assert found is not None and (found.city, found.outlet) == (city, outlet)
    assert line[:found.end].rstrip().endswith(("-", "–", "—", "\ufffd"))


@pytest.mark.parametrize("line", [
    "Pemimpin Korea Utara Kim Jong Un berjanji untuk memperkuat hubungan dengan Rusia",
    "Kim Jong-un - yang tiba pekan ini - bertemu Putin",
    "Menurut pengamat, Korea Utara mungkin punya puluhan juta peluru - kata dia",
    "Satresnarkoba Polres Anambas bersama Polres Tanjungpinang mengamankan Suria",  # CLICK-ID kompas.csv
    "Bulan ini - mereka mengancam",
])
def test_clean_dateline_ignores_prose(line: str) -> None:
    assert read_dateline(line) is None


@pytest.mark.parametrize(("lines", "title", "outlet", "published", "first"), [
    (["Judul Berita Hari Ini", "Kompas dunia | 13 September 2023, 21:10 WIBSEOUL, KOMPAS.TV - Isi."],
     "Judul Berita Hari Ini", "Kompas", "2023-09-13T21:10+07:00", "SEOUL, KOMPAS.TV - Isi."),
    (["31 Juli 2023", "SEOUL – Isi berita."], None, None, "2023-07-31", "SEOUL – Isi berita."),
    (["Senin, 31 Juli 2023 10:15 WITA", "Isi berita."], None, None, "2023-07-31T10:15+08:00", "Isi berita."),
    (["Judul tanpa tanggal", "JAKARTA, KOMPAS.com - Isi."], "Judul tanpa tanggal", None, None,
     "JAKARTA, KOMPAS.com - Isi."),
    (["Paragraf pendek tanpa titik", "Paragraf kedua."], None, None, None, "Paragraf pendek tanpa titik"),
    (["13 September 2023, 21:10 WIBSEOUL, KOMPAS.TV - Isi."], None, None, "2023-09-13T21:10+07:00",
     "SEOUL, KOMPAS.TV - Isi."),
    (["31 Juli 2023 lalu, Presiden - katanya - tiba."], None, None, None,
     "31 Juli 2023 lalu, Presiden - katanya - tiba."),
    (["Kompas.com - 27/07/2023, 10:15 WIB", "JAKARTA, KOMPAS.com - Isi."], None, "Kompas.com",
     "2023-07-27T10:15+07:00", "JAKARTA, KOMPAS.com - Isi."),
    (["JAKARTA - 31 Juli 2023 lalu, Presiden tiba."], None, None, None, "JAKARTA - 31 Juli 2023 lalu, Presiden tiba."),
    (["Kamis, 27 Juli 2023 - 06:15 WIB", "Isi."], None, None, "2023-07-27T06:15+07:00", "Isi."),
    (["Diperbarui: Rabu, 26 Juli 2023 pukul 10.15 WIB", "Isi."], None, None, "2023-07-26T10:15+07:00", "Isi."),
    (["Jul 31, 2023", "Isi."], None, None, "2023-07-31", "Isi."),
    (["Ganjar Resmi Jadi Capres PDI-P", "Ketua Umum PDI-P Megawati mengumumkan Ganjar Pranowo sebagai calon presiden."],
     "Ganjar Resmi Jadi Capres PDI-P", None, None, "Ketua Umum PDI-P Megawati mengumumkan Ganjar Pranowo sebagai calon "
     "presiden."),
    (["Presiden tiba di Istana pada pagi hari", "Ketua Umum PDI-P Megawati mengumumkan Ganjar Pranowo sebagai calon."],
     None, None, None, "Presiden tiba di Istana pada pagi hari"),
    (["JAKARTA", "Ketua Umum PDI-P Megawati mengumumkan Ganjar Pranowo sebagai calon presiden."], None, None, None,
     "JAKARTA"),
    (["Pertamina: Pasang RFID Gratis!", "JAKARTA, KOMPAS.com - Isi."], "Pertamina: Pasang RFID Gratis!", None, None,
     "JAKARTA, KOMPAS.com - Isi."),
    (["Judul Berita Bendungan Baru", "Kompas.com - 24/05/2023, 10:15 WIB",
      "Presiden meresmikan Bendungan Bener, Rabu (24/5/2023). (KOMPAS.com/Ihsanuddin)", "PURWOREJO, KOMPAS.com - Isi."],
     "Judul Berita Bendungan Baru", "Kompas.com", "2023-05-24T10:15+07:00", "PURWOREJO, KOMPAS.com - Isi."),
    (["Paragraf pembuka yang biasa.", "Jakarta - paragraf kedua yang mirip dateline."], None, None, None,
     "Paragraf pembuka yang biasa."),
    (["Rahman Asmardika, Jurnalis · Kamis 27 Juli 2023 10:15 WIB", "SEOUL - Isi."], None, None,
     "2023-07-27T10:15+07:00", "SEOUL - Isi."),
    (["SEOUL - Isi.", "Senin, 31 Juli 2023"], None, None, "2023-07-31", "SEOUL - Isi."),
])
def test_clean_head_lines(lines: list[str], title: str | None, outlet: str | None, published: str | None,
                          first: str) -> None:
    head = read_head(lines)
    assert (head.title, head.outlet, head.published, head.body[0]) == (title, outlet, published, first)


@pytest.mark.parametrize(("lines", "kept", "authors", "wire"), [
    (["Isi.", "Baca Juga: Judul lain", "Isi dua."], ["Isi.", "Isi dua."], (), None),
    (["Isi.", "Penulis : Edwin Shri Bimo Editor : Vyara-Lestari", "Sumber : Associated Press"], ["Isi."],
     ("Edwin Shri Bimo", "Vyara-Lestari"), "Associated Press"),
    (["Isi terakhir. [ah]", "Comments", "Loading…"], ["Isi terakhir."], (), None),
    (["Isi.", "SCROLL TO CONTINUE WITH CONTENT", "Isi dua."], ["Isi.", "Isi dua."], (), None),
    (["Isi.", "(Rahman Asmardika)"], ["Isi."], ("Rahman Asmardika",), None),
    (["Isi yang ditutup inisial. (rul/imk)"], ["Isi yang ditutup inisial."], (), None),  # CLICK-ID pos_metro.csv
    (["Isi.", "Pewarta: Andi Firdaus", "Editor: Budi Santoso"], ["Isi."], ("Andi Firdaus", "Budi Santoso"), None),
    (["Isi.", "Penulis: Andi Firdaus | Editor: Budi Santoso"], ["Isi."], ("Andi Firdaus", "Budi Santoso"), None),
    (["Laporan Wartawan Tribunnews.com, Fersianus Waku", "Isi."], ["Isi."], ("Fersianus Waku",), None),
    (["Oleh: Andi Firdaus", "Oleh karena itu, Isi."], ["Oleh karena itu, Isi."], ("Andi Firdaus",), None),
    (["Isi.", "Rep: Fergi Nadira Red: Nidia Zuraya"], ["Isi."], ("Fergi Nadira", "Nidia Zuraya"), None),
    (["Isi.", "Pilihan Editor: Judul lain di Tempo"], ["Isi."], (), None),
    (["Isi terakhir. (Sumber: Reuters)"], ["Isi terakhir."], (), "Reuters"),
    (["Bagikan:", "Lihat Foto", "Isi."], ["Isi."], (), None),
    (["Isi terakhir. (*)"], ["Isi terakhir."], (), None),
    (["Isi terakhir. (kata dia)"], ["Isi terakhir. (kata dia)"], (), None),
    (["Isi terakhir. (Foto)"], ["Isi terakhir."], (), None),
    (["Isi.", "Simak breaking news dan berita pilihan kami langsung di ponselmu.", "Ikuti kami di Google News"],
     ["Isi."], (), None),
    (["Isi (dengan kurung) di tengah kalimat."], ["Isi (dengan kurung) di tengah kalimat."], (), None),
    (["Korea Utara mengancam Amerika Serikat (AS)"], ["Korea Utara mengancam Amerika Serikat (AS)"], (), None),
])
def test_clean_boilerplate_kept_as_metadata(lines: list[str], kept: list[str], authors: tuple[str, ...],
                                            wire: str | None) -> None:
    stripped = strip_boilerplate(lines)
    assert (list(stripped.lines), stripped.authors, stripped.wire) == (kept, authors, wire)
    assert all(any(piece in line for line in lines) for piece in stripped.removed)


@pytest.mark.parametrize(("text", "wire"), [
    ("lapor media Korea Utara sebagaimana dilansir Reuters.", "Reuters"),
    ("Melansir Associated Press, kedua pemimpin bertemu.", "Associated Press"),
    ("seperti dikutip dari kantor berita AFP, Senin.", "AFP"),
    ("Dilansir dari Xinhua, gempa terjadi pagi hari.", "Xinhua"),
    ("kata laporan kantor berita resmi pemerintah Korut KCNA.", None),
    ("Reuters tidak disebut sebagai sumber di sini.", None),
    ("kata seorang pejabat kepada Reuters, Selasa.", "Reuters"),
    ("kata dia kepada wartawan.", None),
])
def test_clean_wire_credit_in_prose(text: str, wire: str | None) -> None:
    assert wire_in_text(text) == wire


@pytest.mark.parametrize("line", ["Rabu (26/7/2023) pagi", "2023 adalah tahun", "Juli lalu"])
def test_clean_stamp_needs_the_whole_line(line: str) -> None:
    assert whole_stamp(line) is None


@pytest.mark.parametrize(("body", "start"), [
    (" - Satresnarkoba Polres Anambas mengamankan dua orang.", "Satresnarkoba"),  # CLICK-ID kompas.csv
    (" , - Sebanyak 94 santriwati keracunan.", "Sebanyak"),  # CLICK-ID sindonews.csv
    ("-,mengaku sedang berada di Hungaria.", "mengaku"),  # CLICK-ID okezone.csv
])
def test_clean_orphan_dateline_dash_removed(body: str, start: str) -> None:
    assert clean(Record(source="x", body=body), Settings()).text.startswith(start)


@pytest.mark.parametrize(("a", "b"), [
    ("Satu dua.\nTiga.", "Satu  dua.\r\nTiga.  "),
    ("SEOUL - Isi.", "seoul - isi."),
])
def test_clean_article_id_ignores_case_and_spacing(a: str, b: str) -> None:
    assert article_id(a) == article_id(b)


@pytest.mark.parametrize(("record", "outlet", "wire"), [
    (Record(source="x", body="Jakarta (ANTARA) - Presiden meresmikan bendungan.", outlet="Kompas.com"),
     "Kompas.com", "Antara"),
    (Record(source="x", body="Jakarta (ANTARA) - Presiden meresmikan bendungan."), "Antara", None),
])
def test_clean_wire_from_another_outlets_dateline(record: Record, outlet: str, wire: str | None) -> None:
    article = clean(record, Settings())
    assert (article.outlet, article.wire) == (outlet, wire)


@pytest.mark.parametrize(("body", "wire"), [
    ("Isi berita tanpa sumber kantor berita.\nKalimat terakhir. (ant/Reuters)", "Reuters"),
    ("Isi berita tanpa sumber kantor berita.\nKalimat terakhir. (AFP)", "AFP"),
    ("Isi berita tanpa sumber kantor berita.\nKalimat terakhir. (ugo/ugo)", None),
])
def test_clean_wire_in_signoff(body: str, wire: str | None) -> None:
    assert clean(Record(source="x", body=body), Settings()).wire == wire


def test_clean_header_byline_gives_the_author() -> None:
    body = "Rahman Asmardika, Jurnalis-Kamis, 27 Juli 2023 |10:15 WIB\nSEOUL - Isi.\n(Rahman Asmardika)"
    assert clean(Record(source="x", body=body), Settings()).authors == ("Rahman Asmardika",)


def test_clean_dct_setting_wins_over_written_date() -> None:
    article = clean(Record(source="x", body="31 Juli 2023\nSEOUL - Isi."), Settings(dct="2023-08-01"))
    assert article.published == "2023-08-01"


def test_clean_empty_after_cleaning_is_refused() -> None:
    with pytest.raises(ValueError, match="no article text"):
        clean(Record(source="x", body="Baca Juga: sesuatu\nComments\n"), Settings())


@pytest.mark.parametrize(("body", "language"), [
    ("Presiden Joko Widodo meresmikan bendungan baru di Jawa Tengah pada hari Rabu untuk mengairi sawah petani.",
     "id"),
    ("The president inaugurated a new dam in Central Java on Wednesday to irrigate the farmers' rice fields.", "en"),
])
def test_clean_language_flagged_not_dropped(body: str, language: str) -> None:
    assert clean(Record(source="x", body=body), Settings()).language == language


@pytest.mark.parametrize(("body", "language"), [
    ("Berbagai usaha dilakukan, mulai dari olahraga hingga mencoba bermacam jenis diet demi memiliki tubuh ramping "
     "bak model. Jika usahamu belum menunjukkan hasil, mungkin ada yang salah.", "id"),  # CLICK-ID kompas.csv
    ("KUALA LUMPUR: Polis Diraja Malaysia menahan tiga lelaki bagi membantu siasatan kes samun bersenjata di sebuah "
     "kedai emas di sini, semalam. Ketua Polis Daerah berkata, kesemua suspek ditahan di sekitar ibu kota.", "ms"),
])
def test_clean_language_tells_indonesian_from_malay(body: str, language: str) -> None:
    assert clean(Record(source="x", body=body), Settings()).language == language


@pytest.mark.parametrize(("text", "shortcut"), [
    ((SEEDS / "002_19d4d10bd79297cd.txt").read_text(encoding="utf-8")[:3000], True),
    ("KUALA LUMPUR: Polis Diraja Malaysia menahan tiga lelaki bagi membantu siasatan kes samun bersenjata di sebuah "
     "kedai emas di sini, semalam. Ketua Polis Daerah berkata, kesemua suspek yang ditahan itu dibawa ke balai polis "
     "dan akan direman untuk siasatan lanjut kerana kes itu.", False),  # Malay: its markers outnumber ours
    ("Presiden Joko Widodo mengatakan, \"We are open for business, and we will protect every investor who comes "
     "to Indonesia with good intentions and keeps the rules of this country,\" kata dia di Jakarta.", False),
    ("The president inaugurated a new dam in Central Java on Wednesday to irrigate the rice fields of the farmers "
     "who have waited for it since the drought of last year.", False),
])
def test_clean_language_shortcut_agrees_with_the_detector(text: str, shortcut: bool,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Text evidently Indonesian by its function words skips the detector, and gets the detector's answer."""
    from linimasa.clean import language

    words = language._WORD.findall(text.lower())
    assert (language._evidently_malay_or_indonesian(words) and language._leans_indonesian(words)) is shortcut
    fast = language.detect_language(text)
    monkeypatch.setattr(language, "_MIN_WORDS", 10**9)  # the detector every time
    assert fast == language.detect_language(text)
