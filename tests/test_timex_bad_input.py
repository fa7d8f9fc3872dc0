"""Bad input: no crash and no invented dates."""
from __future__ import annotations

import pytest

from linimasa.timex import analyse

BAD = [
    "99/99/9999",
    "Rapat digelar 99/99/9999 di Jakarta.",
    "Tanggal 31/02/2023 tidak ada.",
    "Tanggal 32 Januari 2023 tidak ada.",
    "Acara pada 0/0/0000.",
    "Kode 12345678901234567890123456789012345678901234567890 tahun",
    "Nomor 9" * 5000,
    "Tahun 0000 dan tahun 00000 dan 10000 Masehi.",
    "pukul 99.99 WIB",
    "Сегодня 2023年7月27日 星期四 اليوم",
    "\x00\x01\u200b\ufeff Rabu \u202e(26/7/2023)",
    "",
    "(/)" * 1000,
]


@pytest.mark.parametrize("text", BAD)
def test_timex_bad_input_invents_no_dates(text: str) -> None:
    for timex in analyse(text, dct="2023-07-27").timexes:
        assert timex.value[:4] not in ("0000", "9999") and not timex.value.startswith("1000")
        assert "99" not in timex.value.split("-")[1:2]


@pytest.mark.parametrize("dct", ["", "not a date", "2023-13-45", "0000-00-00", "99999-01-01"])
def test_timex_bad_dct_is_ignored(dct: str) -> None:
    found = analyse("Harga naik tahun lalu.", dct=dct)
    assert found.dct is None and [t.value for t in found.timexes] == ["PAST_REF"]


@pytest.mark.parametrize("dct", ["9999-12-31", "0001-01-01"])
@pytest.mark.parametrize("text", ["bulan depan", "bulan lalu", "Maret mendatang", "kuartal pertama", "pada Juni",
                                  "tahun depan", "kemarin", "musim panas mendatang"])
def test_timex_anchoring_stays_inside_the_calendar(text: str, dct: str) -> None:
    for timex in analyse(text, dct=dct).timexes:
        year = timex.value.split("-")[0]
        assert not (year.isdigit() and (len(year) > 4 or year == "0000"))
