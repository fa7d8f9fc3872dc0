"""IndoTimex conventions: extents and values of the expressions the IndoTimex-dev annotation tags
(sentences from tests/data/timex/indotimex-dev and CLICK-ID)."""
from __future__ import annotations

import pytest

from linimasa.timex import find_timexes

CASES = [
    # one expression: weekday-date, part of day, clock time and relative word that follow one another
    ("Harga minyak turun pada Selasa (18/11/2014) waktu setempat (Rabu pagi WIB), karena", "2014-11-19",
     "Rabu pagi WIB", "TIME", "2014-11-19TMO"),
    ("Kecelakaan lalu lintas kembali terjadi di Jalan Tol, arah Jakarta, Selasa (10/9/2019) siang, pukul 14.30 WIB.",
     "2019-09-10", "Selasa (10/9/2019) siang, pukul 14.30 WIB", "TIME", "2019-09-10T14:30"),
    ("mengumumkan kebijakan baru terkait harga BBM pada Rabu (31/12/2014) sekitar pukul 09.00 WIB.", "2014-12-30",
     "Rabu (31/12/2014) sekitar pukul 09.00 WIB", "TIME", "2014-12-31T09:00"),
    ("kata Agus, api kebakaran membesar sekitar pukul 22.25 WIB, kemarin malam.", "2019-09-17",
     "sekitar pukul 22.25 WIB, kemarin malam", "TIME", "2019-09-16T22:25"),
    ("penerbangan Kualanamu-Penang, dari pukul 08.35 WIB menjadi 12.19 WIB.", "2019-09-17", "12.19 WIB", "TIME",
     "2019-09-17T12:19"),
    ("Baik Wall Street maupun bursa regional kompak memerah pada sore hari ini, dan IHSG", "2014-12-11",
     "sore hari ini", "TIME", "2014-12-11TAF"),
    ("naik sedikit pada perdagangan hingga tengah hari, setelah sehari sebelumnya anjlok", "2014-12-03",
     "tengah hari", "TIME", "2014-12-03TMI"),
    ("Nancy meninggal di Malang, Jawa Timur, pukul 19.05 WIB pada Senin (16/9/2019).", "2019-09-17",
     "pukul 19.05 WIB", "TIME", "2019-09-16T19:05"),
    ("Tim SAR gabungan masih menyiagakan armada serta personel selama 1x24 jam.", "2019-09-17", "1x24 jam",
     "DURATION", "PT24H"),
    # a range of months is two dates; a range of amounts is one duration
    ("Harga rata-rata minyak mentah dunia pada Juni-Juli 2014 berkisar 95-100 dollar AS", "2014-12-03", "Juni",
     "DATE", "2014-06"),
    ("Harga rata-rata minyak mentah dunia pada Juni-Juli 2014 berkisar 95-100 dollar AS", "2014-12-03", "Juli 2014",
     "DATE", "2014-07"),
    ("Selama Januari-Agustus 2019, ekspor ke AS turun.", "2019-09-17", "Januari", "DATE", "2019-01"),
    ("puncak musim hujan pada Desember-Januari mendatang.", "2014-12-29", "Januari", "DATE", "2015-01"),
    ("meninggalkan kenaikan yang berlangsung tiga hari sebelumnya.", "2014-12-05", "tiga hari", "DURATION", "P3D"),
    # rates, seasons, holidays
    ("menghasilkan gas 150 juta kaki kubik dari Lapangan Bangka dan minyak 60.000 barel per hari (bph).",
     "2014-11-26", "per hari", "SET", "P1D"),
    ("Kunciran Serpong 30.000 kendaraan per hari tapi nanti data pastinya", "2019-09-17", "per hari", "SET", "P1D"),
    ('"Per hari ini, Persija memutuskan', "2019-09-19", "hari ini", "DATE", "2019-09-19"),
    ("Bulan Desember perlu energi lebih besar, selain karena musim dingin, juga ada perayaan", "2014-12-29",
     "musim dingin", "DATE", "2014-WI"),
    ("juga ada perayaan Natal dan Tahun Baru. Anomali terjadi", "2014-12-29", "Natal", "DATE", "2014-12-25"),
    ("juga ada perayaan Natal dan Tahun Baru. Anomali terjadi", "2014-12-29", "Tahun Baru", "DATE", "2015-01-01"),
    ("melakukan pembakaran hutan menjelang musim hujan dianggap menjadi", "2019-09-16", "musim hujan", "DATE",
     "2019-WI"),
    ("KLHK memprediksi musim kemarau masih berlangsung hingga", "2019-09-16", "musim kemarau", "DATE", "2019-SU"),
    # vague durations and references
    ("Namun hal itu hanya sesaat sebelum melanjutkan pelemahan.", "2014-12-11", "sesaat", "DURATION", "PTXS"),
    ("Sebab beberapa saat lalu Iannone mengatakan", "2019-09-17", "beberapa saat lalu", "DATE", "PAST_REF"),
    ("rapat juga bakal membahas proyeksi harga minyak dunia ke depan, sebagai dasar", "2014-12-03", "ke depan",
     "DATE", "FUTURE_REF"),
    ("dipakai oleh keluarga bangsawan tempo dulu dalam upacara-upacara", "2019-09-17", "tempo dulu", "DATE",
     "PAST_REF"),
    ("perekonomian Indonesia, yang pada masa sebelumnya amat terbebani", "2014-12-15", "masa sebelumnya", "DATE",
     "PAST_REF"),
    ("Tradisi itu sudah ada sejak dulu.", "2019-09-17", "dulu", "DATE", "PAST_REF"),
]


def _found(text: str, dct: str) -> dict[str, tuple[str, str]]:
    return {text[t.start:t.end]: (t.type, t.value) for t in find_timexes(text, dct=dct)}


@pytest.mark.parametrize(("text", "dct", "extent", "kind", "value"), CASES)
def test_timex_conventions_table(text: str, dct: str, extent: str, kind: str, value: str) -> None:
    assert _found(text, dct).get(extent) == (kind, value)


NOT_TIMES = [
    ("bahaya, terutama tikungan terakhir dan lurus ke depan, di mana Oliveira jatuh.", "ke depan"),
    ("Banjir melanda Kabupaten Mandailing Natal sejak pagi.", "Natal"),
    ("publik Meksiko yang merayakan Hari Kemerdekaan bertepatan dengan tanggal", "Hari Kemerdekaan"),
    ("Warga Tionghoa merayakan Tahun Baru Imlek di klenteng.", "Tahun Baru"),
    ("Harga tiket Rp 2.500 per orang.", "per orang"),
    ("mengalahkan tim tamu di kandang per 26 Desember", "per 26"),
]


@pytest.mark.parametrize(("text", "words"), NOT_TIMES)
def test_timex_conventions_not_times(text: str, words: str) -> None:
    assert not any(words in extent for extent in _found(text, "2019-09-17"))
