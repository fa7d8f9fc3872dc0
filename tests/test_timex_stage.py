"""The timex pipeline stage: DCT precedence, inference, warnings."""
from __future__ import annotations

import pytest

from linimasa.model import Article, TextWarning
from linimasa.settings import Settings
from linimasa.timex import run

TEXT = "SEOUL - Kim bertemu Shoigu pada Rabu (26/7/2023). Delegasi tiba pekan ini. Tahun lalu ia berkunjung."


@pytest.mark.parametrize(("cli_dct", "metadata", "published", "inferred", "last_year"), [
    ("2024-01-05", "2023-07-31", "2024-01-05", False, "2023"),
    (None, "2023-07-31", "2023-07-31", False, "2022"),
    (None, None, "2023-07-26", True, "2022"),
])
def test_timex_stage_dct_precedence(cli_dct: str | None, metadata: str | None, published: str, inferred: bool,
                                    last_year: str) -> None:
    article = run(Article(id="a", source="a", text=TEXT, published=metadata), Settings(dct=cli_dct))
    assert (article.published, article.published_inferred) == (published, inferred)
    assert article.timexes[-1].value == last_year


@pytest.mark.parametrize(("text", "published", "codes"), [
    ("Kim bertemu Putin, Rabu (13/6/2023).", "2023-09-13", ["weekday_mismatch"]),
    ("Kim bertemu Putin, Sabtu (14/9). Terakhir pada Juli 2023.", None, ["missing_year"]),
    ("Kim bertemu Putin, Sabtu (14/9).", "2024-09-16", []),
    ("Kim bertemu Putin, Rabu (26/7/2023).", None, []),
])
def test_timex_stage_warnings(text: str, published: str | None, codes: list[str]) -> None:
    earlier = TextWarning(0, 3, "other", "kept")
    article = run(Article(id="a", source="a", text=text, published=published, warnings=(earlier,)), Settings())
    assert [w.code for w in article.warnings] == ["other", *codes]


def test_timex_stage_mismatch_names_weekday_and_date() -> None:
    article = run(Article(id="a", source="a", text="Rabu (13/6/2023)", published="2023-09-13"), Settings())
    message = article.warnings[0].message
    assert "Rabu" in message and "2023-06-13" in message and article.timexes[0].value == "2023-09-13"


def test_timex_stage_infers_year_from_weekday_and_content() -> None:
    text = "Kim bertemu Shoigu pada Sabtu (14/9). Mereka bertemu pada Juli 2023. Perang dimulai pada 2022."
    article = run(Article(id="a", source="a", text=text), Settings())
    assert article.published == "2024-09-14" and article.timexes[0].value == "2024-09-14"


@pytest.mark.parametrize(("text", "published"), [
    ("Kompas | 13 September 2023, 21:10 WIB\nSEOUL - Kim bertemu Putin.", "2023-09-13T21:10+07:00"),
    ("Makassar, 5 Mei 2023 pukul 08.00 WITA - Banjir.", "2023-05-05T08:00+08:00"),
    ("JAYAPURA - Gempa terjadi Senin (29/12/2014) pukul 04.15 WIT.", "2014-12-29T04:15+09:00"),
    ("JAKARTA - Ali berbicara, Kamis (27/11/2014).", "2014-11-27"),
])
def test_timex_stage_inferred_dct_keeps_time_and_zone(text: str, published: str) -> None:
    assert run(Article(id="a", source="a", text=text), Settings()).published == published
