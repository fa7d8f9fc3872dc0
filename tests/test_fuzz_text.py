"""Fuzzing the text side: cleaning, the temporal engine, the NLP stages and search strings.

Properties, not answers: no crash, every span slices the text, no invented dates, cleaning is idempotent,
queries give results or a QueryError. The table holds minimal inputs that broke these properties before
or that look like classic traps (``99/99/9999``, FTS syntax, SQL).
"""
from __future__ import annotations

from collections.abc import Callable

import pytest
from fuzz_checks import check_clean, check_query, check_stages, check_timex
from fuzz_inputs import any_text, news_like_text, query_text
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

DCTS = st.one_of(st.none(), st.dates().map(str), st.sampled_from(["0001-01-01", "9999-12-31", "kemarin", "2023-13-45"]))
TRAPS = ["pada 99/99/9999", "tanggal 00/00/0000", "Kamis (31/2/2023)", "32 Januari 2023", "0/1/2023", "tahun 0",
         "tahun 99999", "31 Desember 9999 pukul 25.61 WIB", "1 Januari 0001", "sejak 9999 hingga 10000",
         "tiga ribu tahun lalu", "Senin (1/1/1) lalu", "29 Februari 2023", "pekan ini 9999"]
HOSTILE_QUERIES = ['"', "NEAR(a b)", "body:kim", "a*", "^kim", "'; DROP TABLE articles; --", "kim OR", "OR kim",
                   "-kim", '-"kim jong"', "\x00", "x" * 501, "a " * 40]
REGRESSIONS: list[tuple[Callable[..., str], tuple[object, ...]]] = [
    *((check_timex, (text, dct)) for text in TRAPS for dct in (None, "2023-07-27", "0001-01-01", "9999-12-31")),
    *((check_clean, (body,)) for body in ["-\n- Kim tiba.", "\u00a0\n\r\n", "Judul\n31 Juli 2023\n", "\ufeffA.\u2028B.",
                                          "a\ufffd ma\rPa\ufffd uo] ma\rPa\ufffd uo]"]),  # title above two datelines
    *((check_query, (query,)) for query in HOSTILE_QUERIES),
]
PROPERTIES: dict[str, tuple[Callable[..., str], st.SearchStrategy[tuple[object, ...]]]] = {
    "timex": (check_timex, st.tuples(any_text(), DCTS)),
    "clean": (check_clean, st.tuples(any_text())),
    "query": (check_query, st.tuples(query_text())),
    "pipeline": (check_stages, st.tuples(news_like_text(), st.just("events"))),
}


@pytest.mark.parametrize(("check", "args"), REGRESSIONS)
def test_fuzz_text_regressions_and_traps(check: Callable[..., str], args: tuple[object, ...]) -> None:
    check(*args)


@pytest.mark.slow  # 250 generated texts per property
@pytest.mark.parametrize("name", PROPERTIES)
@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_fuzz_text_properties_hold_on_arbitrary_text(name: str, data: st.DataObject) -> None:
    check, strategy = PROPERTIES[name]
    check(*data.draw(strategy))


@pytest.mark.parametrize("stage", ["segment", "timex", "entities", "quotes", "events"])
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=any_text(max_words=40))
def test_fuzz_stages_spans_slice_the_text(stage: str, text: str) -> None:
    check_stages(text, stage)
