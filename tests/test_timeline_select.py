"""Timeline selection: which event mentions found entries (the lead, dated events, reactions, background)."""
from __future__ import annotations

import pytest
from spans_fixture import SETTINGS, article

from linimasa.timeline import build, select

NAMES = [("Laode M Syarif", "PER", "Laode Muhammad Syarif"), ("Laode", "PER", "Laode Muhammad Syarif"),
         ("Imam", "PER", "Imam Nahrawi"), ("KPK", "ORG", "Komisi Pemberantasan Korupsi"),
         ("Firli", "PER", "Firli Bahuri"), ("Jakarta", "LOC", "Jakarta"), ("Amerika Serikat", "LOC", "Amerika Serikat"),
         ("Korea Selatan", "LOC", "Korea Selatan"), ("Korea Utara", "LOC", "Korea Utara"), ("Rusia", "LOC", "Rusia"),
         ("Kim", "PER", "Kim Jong-un"), ("Shoigu", "PER", "Sergei Shoigu"), ("Agus Rahardjo", "PER", "Agus Rahardjo"),
         ("Agus", "PER", "Agus Rahardjo"), ("Alex", "PER", "Alexander Marwata")]
# the article's lead, so that the sentence under test is not the lead itself
LEAD = "Kim bertemu dengan Shoigu pada Sabtu (14/9/2019). "


@pytest.mark.parametrize(("text", "dates", "published", "founding"), [
    # kompas-2855: a denial its holder states (the speaker of the quote before it) is a reaction entry
    (('"Itu tidak ada motif politik sama sekali," kata Wakil Ketua KPK Laode M Syarif, Kamis (19/9/2019). '
     "Dalam kesempatan yang sama, Laode menyangkal pernyataan Imam yang mengaku belum mengetahui statusnya."),
     [("Kamis (19/9/2019)", "2019-09-19")], "2019-09-19", {"REJECT"}),
    # seed 001: an ongoing claim of governments, nobody speaking it here, is a side remark
    ("Amerika Serikat dan Korea Selatan menuduh Korea Utara memasok amunisi dan rudal untuk upaya perang Rusia.",
     [], "2019-09-14", set()),
    # tempo-3428: a meeting the text dates a year before publication is background, and founds its entry
    (("Firli diduga pernah bertemu dengan seorang pimpinan partai politik di sebuah hotel di Jakarta pada "
     "1 November 2018."), [("1 November 2018", "2018-11-01")], "2019-09-11", {"CONSULT"}),
    # okezone-2393: the denier speaks three sentences later; the denial founds
    (("Agus membantah pernyataan Alex. Dikatakannya, konferensi pers dilakukan atas persetujuan mayoritas pimpinan. "
     "Agus mengakui terdapat dinamika di antara pimpinan. "
     '"Saya ingin mengklarifikasi, itu adalah persetujuan mayoritas pimpinan," kata Agus Rahardjo.'),
     [], "2019-09-12", {"REJECT"}),
    # seed 003: a noun names a stance in passing ("tingkat ancaman"), though Kim speaks in the article
    (('Satelit itu dianggap Kim sangat penting untuk menaikkan tingkat ancaman dari rudalnya. "Kami percaya," '
     "kata Kim."), [], "2019-09-14", set()),
    # only its year: too vague to list a past event
    ("Firli pertama kali bertemu dengan Imam sebanyak dua kali pada 2018.", [("2018", "2018")], "2019-09-11", set()),
])
def test_timeline_select_founders(text: str, dates: list, published: str, founding: set) -> None:
    lead = [("Sabtu (14/9/2019)", "2019-09-14")]
    doc = article(LEAD + text, NAMES, dates=lead + dates, published=published)
    founders, _ = select.mentions([doc], {})
    assert {e.type for e in founders if e.start > 0} >= founding
    assert {e.type for e in build([doc], settings=SETTINGS).entries if e.evidence[0].start > 0} == founding


def test_timeline_select_background_is_marked() -> None:
    doc = article("Firli diduga pernah bertemu dengan seorang pimpinan partai politik di sebuah hotel di Jakarta pada "
                  "1 November 2018.", NAMES, dates=[("1 November 2018", "2018-11-01")], published="2019-09-11")
    (entry,) = build([doc], settings=SETTINGS).entries
    assert (entry.date, entry.background, entry.modality) == ("2018-11-01", True, "reported")


@pytest.mark.parametrize(("title", "founding"), [
    (None, []),  # okezone-4123: the spokeswoman quoted deep in the article is a side voice
    ("China Marah, Hua Chunying Kecam Pertemuan", ["ACCUSE", "ACCUSE"]),  # named in the title: a main voice
])
def test_timeline_select_reactions_of_main_voices(title: str | None, founding: list[str]) -> None:
    names = [*NAMES, ("Hua Chunying", "PER", "Hua Chunying"), ("Hua", "PER", "Hua Chunying"), ("China", "LOC", "China")]
    text = (LEAD + "Pertemuan itu berlangsung di Pyongyang. Keduanya membahas kerja sama pertahanan. "
            '"Setiap narasi dengan mengandalkan orang asing demi memecah belah negara akan gagal," ujar Hua Chunying. '
            '"China dengan tegas menentang campur tangan asing," kata Hua.')
    doc = article(text, names, dates=[("Sabtu (14/9/2019)", "2019-09-14")], published="2019-09-14")
    founders, _ = select.mentions([doc.with_(title=title)], {})
    assert [e.type for e in founders if e.start > 0] == founding


def test_timeline_select_lead_counts_worded_sentences() -> None:
    """pos_metro-17: the title line and the ",,," a scraper left before the first paragraph are not the lead's
    two sentences; the crash of the first paragraph is the lead and founds its entry."""
    text = ("Kecelakaan Maut, Mayat Bergelimpangan\n,,,Kecelakaan maut terjadi di ruas Jalan Tol Jagorawi, tiga orang "
            "meninggal dunia dalam peristiwa itu.")
    doc = article(text, [("Jalan Tol Jagorawi", "LOC", "Jalan Tol Jagorawi")], published="2019-09-15")
    founders, _ = select.mentions([doc], {})
    assert [ev.actor_names for ev in founders] == [("Jalan Tol Jagorawi",)]
