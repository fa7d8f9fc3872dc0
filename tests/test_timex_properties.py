"""Hypothesis properties of the timex engine: calendar agreement, spans, no crashes, no invented dates."""
from __future__ import annotations

import calendar
import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from linimasa.lang.id.dates import MONTHS
from linimasa.timex import analyse, find_timexes
from linimasa.timex.calc import WEEKDAY_NAMES

NAME_OF_MONTH = {number: name.title() for name, number in MONTHS.items() if name not in ("pebruari", "nopember")}
WORDS = st.sampled_from(["Rabu", "(26/7/2023)", "pukul", "06.18", "WIB", "tahun", "lalu", "2020", "pekan", "ini",
                         "kemarin", "99/99/9999", "akhir", "1940-an", "sebulan", "Juni", "saat", "itu", ",", "."])


@settings(max_examples=300, deadline=None)
@given(st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)), st.integers(0, 6))
def test_timex_weekday_check_agrees_with_calendar(day: dt.date, weekday: int) -> None:
    text = f"{WEEKDAY_NAMES[weekday]} ({day.day}/{day.month}/{day.year:04d})"
    warnings = analyse(text, dct="2000-01-01").warnings
    mismatch = calendar.weekday(day.year, day.month, day.day) != weekday
    assert any(w.code == "weekday_mismatch" for w in warnings) == mismatch


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(2999, 12, 31)))
def test_timex_written_dates_normalise_exactly(day: dt.date) -> None:
    text = f"Acara itu digelar {day.day} {NAME_OF_MONTH[day.month]} {day.year}."
    assert [t.value for t in find_timexes(text, dct="2020-01-01")] == [day.isoformat()]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(WORDS, st.text(max_size=8)), max_size=40).map(" ".join))
def test_timex_offsets_slice_the_text(text: str) -> None:
    for timex in find_timexes(text, dct="2023-07-27"):
        extent = text[timex.start:timex.end]
        assert 0 <= timex.start < timex.end <= len(text)
        assert extent == extent.strip() and extent


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_timex_any_text_is_safe(text: str) -> None:
    for timex in find_timexes(text):
        assert timex.type in ("DATE", "TIME", "DURATION", "SET")
