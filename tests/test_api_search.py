"""Search snippets: a window around the first stemmed hit, with the hits' offsets inside the window."""
from __future__ import annotations

import pytest

from linimasa.store.query import parse, snippet

WORDS = " ".join(f"w{i}" for i in range(1, 21))  # w1 … w20


@pytest.mark.parametrize(("text", "q", "width", "expected", "marks"), [
    ("", "presiden", 6, "", []),
    ("Presiden tiba di Jakarta", "presiden", 6, "Presiden tiba di Jakarta", [(0, 8)]),
    ("presiden " + WORDS, "presiden", 4, "presiden w1 w2 w3…", [(0, 8)]),
    (WORDS + " presiden", "presiden", 6, "…w19 w20 presiden", [(9, 17)]),
    ("w1 w2 w3 w4 w5 presiden w7 presiden w9 w10 w11", "presiden", 6, "…w4 w5 presiden w7 presiden w9…",
     [(7, 15), (19, 27)]),
    ("ia mempertahankan gelar dan pertahanan kota", "dipertahankan", 6,
     "ia mempertahankan gelar dan pertahanan kota", [(3, 17), (28, 38)]),
    (WORDS, "presiden", 3, "w1 w2 w3…", []),
])
def test_api_search_snippet_windows_the_first_hit(text: str, q: str, width: int, expected: str,
                                                  marks: list[tuple[int, int]]) -> None:
    assert snippet(text, parse(q), width=width) == (expected, marks)


@pytest.mark.parametrize("q", ["presiden", "menteri OR gubernur", '"bank indonesia"'])
def test_api_search_snippet_marks_are_query_words(q: str) -> None:
    text = f"{WORDS} Menteri dan Gubernur Bank Indonesia bertemu Presiden {WORDS}"
    found, marks = snippet(text, parse(q))
    query = parse(q)
    assert marks and all(snippet(found[a:b], query)[1] == [(0, b - a)] for a, b in marks)
