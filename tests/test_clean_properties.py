"""Properties of cleaning over generated articles: idempotent, never crashing, offsets that slice exactly."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from linimasa.clean import clean
from linimasa.clean.dateline import read_dateline
from linimasa.clean.stamp import read_stamp
from linimasa.model import Record
from linimasa.settings import Settings

SETTINGS = Settings()
WORDS = st.sampled_from(["Presiden", "Korea", "Utara", "bertemu", "menteri", "di", "Pyongyang", "pada", "Rabu",
                         "(26/7/2023)", "kata", "dia", "“kami", "siap”", "Rp", "1,5", "juta", "-", "--",
                         "Kim Jong-un"])
SENTENCE = st.lists(WORDS, min_size=3, max_size=14).map(lambda w: " ".join(w) + ".")
HEAD = st.sampled_from(["", "Judul Berita Penting\n", "31 Juli 2023\n", "Kompas dunia | 13 September 2023, 21:10 WIB",
                        "Judul\nKompas dunia | 13 September 2023, 21:10 WIB"])
DATELINE = st.sampled_from(["", "SEOUL - ", "REPUBLIKA.CO.ID, PYONGYANG -- ", "SEOUL, KOMPAS.TV - ",
                            "Jakarta (ANTARA) - ", " - ", ", , - "])
NOISE = st.sampled_from(["Baca Juga: Judul lain", "Comments", "Loading…", "SCROLL TO CONTINUE WITH CONTENT",
                         "Penulis : Edwin Shri Bimo Editor : Vyara-Lestari", "Sumber : Associated Press"])
TAIL = st.sampled_from(["", " [ah]", "\n(Rahman Asmardika)", "\nComments\nLoading…", " (ant/ah)"])


@st.composite
def articles(draw: st.DrawFn) -> str:
    paragraphs = draw(st.lists(st.one_of(SENTENCE, SENTENCE, NOISE), min_size=1, max_size=6))
    return draw(HEAD) + draw(DATELINE) + draw(SENTENCE) + "\n" + "\n".join(paragraphs) + draw(TAIL)


@settings(max_examples=80, deadline=None)
@given(articles())
def test_clean_is_idempotent(body: str) -> None:
    once = clean(Record(source="x", body=body), SETTINGS)
    twice = clean(Record(source="x", body=once.text), SETTINGS)
    assert twice.text == once.text and twice.id == once.id


@settings(max_examples=80, deadline=None)
@given(articles())
def test_clean_dateline_city_is_in_the_text(body: str) -> None:
    article = clean(Record(source="x", body=body), SETTINGS)
    found = read_dateline(article.text)
    assert article.dateline == (found and found.city)
    if found:
        prefix = article.text[:found.end]
        assert prefix.rstrip().endswith(("-", "–", "—")) and (found.city is None or found.city in prefix)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_clean_any_text_gives_an_article_or_a_clear_refusal(body: str) -> None:
    try:
        article = clean(Record(source="x", body=body), SETTINGS)
    except ValueError as exc:
        assert "no article text" in str(exc)
    else:
        assert article.text and article.text == article.text.strip()


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=40), st.integers(min_value=0, max_value=5))
def test_clean_stamp_end_slices_inside_the_string(text: str, pos: int) -> None:
    stamp = read_stamp(text, min(pos, len(text)))
    assert stamp is None or min(pos, len(text)) < stamp.end <= len(text)
