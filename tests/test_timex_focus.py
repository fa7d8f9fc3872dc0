"""The focus: times and parts of day take the day of the event told, not of the report; anaphora keep their date
in ``anchor``; date warnings (sentences from CLICK-ID and tests/data/timex/indotimex-dev)."""
from __future__ import annotations

import pytest

from linimasa.timex import analyse, find_timexes

FOCUS = [
    # the report is dated the next day; the clock time belongs to the crash
    (("Kecelakaan bus Mira di Nganjuk Jawa Timur, Senin (9/9/2019) kemarin.\n\"Sopir Innova mengantuk,\" kata "
      "Kompol Herry, saat dikonfirmasi Selasa (10/9/2019) pagi.\nKecelakaan yang dilaporkan terjadi pukul 09.00 WIB "
      "itu melibatkan tiga kendaraan."), "2019-09-10", "pukul 09.00 WIB", "2019-09-09T09:00"),
    # a second day in a sentence is a side remark; the sentence's own day stays in focus
    (("Harga WTI turun 0,48 persen, pada Selasa (16/12/2014) setelah kemarin terpangkas 3,29 persen.\nHarga minyak "
      "jenis WTI berada pada 55,64 dollar AS per barel pukul 10:14 WIB."), "2014-12-16", "pukul 10:14 WIB",
     "2014-12-16T10:14"),
    (("Truk terguling di Tanjakan Emen, Subang, Selasa (10/9/2019) pukul 10.30 WIB.\nZainudin mengatakan, cuaca "
      "pagi itu dalam keadaan cerah."), "2019-10-09", "pagi itu", "2019-09-10TMO"),
    ("Tim SAR mulai mencari pada Minggu (15/9/2019) pagi. Pada sore harinya, korban ditemukan.", "2019-09-17",
     "sore harinya", "2019-09-15TAF"),
    ("Pesta digelar Kamis (27/7/2023). \"Meriah,\" kata Ali di Jakarta, Senin (31/7/2023).\nLi tiba hari itu juga.",
     "2023-07-31", "hari itu", "2023-07-27"),
    # a bare weekday names again the day already dated
    (("Ke-12 negara OPEC akan menggelar pertemuan pada Kamis (27/11/2014), di bawah tekanan.\nVenezuela mendesak "
      "untuk memotong produksi pada pertemuan Kamis di markas OPEC di Wina."), "2014-11-26", "Kamis",
     "2014-11-27"),
]


@pytest.mark.parametrize(("text", "dct", "extent", "value"), FOCUS)
def test_timex_focus_day(text: str, dct: str, extent: str, value: str) -> None:
    found = {text[t.start:t.end]: t.value for t in find_timexes(text, dct=dct)}
    assert found[extent] == value


ANCHORS = [
    ("Truk terguling Selasa (10/9/2019) pukul 10.30 WIB. Saat itu, truk melaju dari arah Bandung.", "2019-10-09",
     "Saat itu", "PAST_REF", "2019-09-10"),
    ("Putin datang ke Pyongyang pada Juni. Pada saat itu ia menandatangani pakta.", "2024-09-14", "saat itu",
     "PAST_REF", "2024-06"),
    ("Hingga saat ini, Pertamina masih melakukan uji coba.", "2013-10-23", "saat ini", "PRESENT_REF", None),
]


@pytest.mark.parametrize(("text", "dct", "extent", "value", "anchor"), ANCHORS)
def test_timex_focus_anchor(text: str, dct: str, extent: str, value: str, anchor: str | None) -> None:
    found = {text[t.start:t.end]: (t.value, t.anchor) for t in find_timexes(text, dct=dct)}
    assert found[extent] == (value, anchor)


WARNINGS = [
    ("Kontrak itu diteken pada 31 September 2014 di Jakarta.", "2014-12-29", "impossible_date", "30"),
    ("Data itu dirilis kemarin (28/12/2012) oleh BPS.", "2014-12-29", "year_mismatch", "2012"),
    ("Pelaku ditangkap polisi pada Senin (5/1/2015) lalu di rumahnya.", "2014-12-29", "future_date", "2015-01-05"),
    ("harga minyak dunia turun pada Rabu (14/12/2014) waktu setempat (Kamis pagi WIB).", "2014-12-25",
     "weekday_mismatch", "2014-12-24"),
]


@pytest.mark.parametrize(("text", "dct", "code", "said"), WARNINGS)
def test_timex_focus_warnings(text: str, dct: str, code: str, said: str) -> None:
    warnings = analyse(text, dct=dct).warnings
    assert [w.code for w in warnings] == [code]
    assert said in warnings[0].message


QUIET = [
    ("Sudirman mengatakan, Rabu (3/12/2014), dia akan kembali rapat dengan Menteri Keuangan.", "2014-12-02"),
    ("Pemasangan RFID ditargetkan rampung pada 1 Juni 2014 mendatang.", "2013-12-06"),
    ("Ia pernah menjabat menteri pada 2009.", "2014-12-29"),
    ("Sidang lanjutan akan digelar pada Senin (5/1/2015) di PN Jakarta Pusat.", "2014-12-29"),
]


@pytest.mark.parametrize(("text", "dct"), QUIET)
def test_timex_focus_no_false_warning(text: str, dct: str) -> None:
    assert analyse(text, dct=dct).warnings == []
