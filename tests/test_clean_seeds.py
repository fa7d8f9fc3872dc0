"""The five bundled seed articles: metadata read from their title/header/date lines, datelines and boilerplate."""
from __future__ import annotations

from pathlib import Path

import pytest

from linimasa.clean import clean
from linimasa.ingest import read
from linimasa.model import Article, Record
from linimasa.settings import Settings

SEEDS = Path(__file__).resolve().parents[1] / "examples" / "seeds"

# Expected metadata as annotated in the seed gold (eval/seeds-gold).
CASES = [
    ("000_d4cb343e0a788d8c.txt", dict(outlet=None, dateline="SEOUL", authors=("Rahman Asmardika",), wire="Reuters",
                                      published=None, title=None)),
    ("001_cda18cd7148e19f9.txt", dict(outlet=None, dateline=None, authors=(), wire=None, published=None, title=None)),
    ("002_19d4d10bd79297cd.txt", dict(outlet="Republika", dateline="PYONGYANG", authors=(), wire=None,
                                      published=None, title=None)),
    ("003_1f53f11f95b7e5d9.txt", dict(outlet="Kompas TV", dateline="SEOUL",
                                      authors=("Edwin Shri Bimo", "Vyara-Lestari"),
                                      wire="Associated Press", published="2023-09-13T21:10+07:00",
                                      title="Kim Jong-un Ungkap Dukungan Penuh kepada Rusia, Putin Tak Buru-Buru Bahas "
                                            "Kerja Sama Militer")),
    ("004_d72669dba3965a89.txt", dict(outlet=None, dateline="SEOUL", authors=(), wire=None, published="2023-07-31",
                                      title=None)),
]


SETTINGS = Settings()


def _seed(name: str, settings: Settings = SETTINGS) -> Article:
    (record,) = read([str(SEEDS / name)], settings=settings)
    assert isinstance(record, Record)
    return clean(record, settings)


@pytest.mark.parametrize(("name", "expected"), CASES)
def test_clean_seed_metadata(name: str, expected: dict) -> None:
    article = _seed(name)
    assert {key: getattr(article, key) for key in expected} == expected


@pytest.mark.parametrize("name", [name for name, _ in CASES])
def test_clean_seed_body_has_no_head_or_boilerplate(name: str) -> None:
    article = _seed(name)
    for removed in article.boilerplate + ((article.title,) if article.title else ()):
        assert removed not in article.text
    assert article.language == "id"


def test_clean_seed_glued_header_leaves_the_dateline_in_the_text() -> None:
    assert _seed("003_1f53f11f95b7e5d9.txt").text.startswith("SEOUL, KOMPAS.TV - Pemimpin Korea Utara")


@pytest.mark.parametrize("name", [name for name, _ in CASES])
def test_clean_seed_no_clean_keeps_file_bytes(name: str) -> None:
    article = _seed(name, Settings(clean=False))
    assert article.text == (SEEDS / name).read_bytes().decode("utf-8")
