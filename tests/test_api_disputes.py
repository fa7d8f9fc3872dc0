"""Disputes as the query layer lists them: stated in a story (the disputes table) and between timeline entries
(a denial that reacts to an accusation), each source linked to the sentences of the claim and the denial."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from linimasa.api import queries
from linimasa.api.memo import Memo
from linimasa.api.params import DisputeParams
from linimasa.model import Article, Sentence
from linimasa.settings import Settings
from linimasa.store import Store, open_store
from linimasa.timeline.model import Entry, Evidence
from linimasa.timeline.storage import to_row

# okezone-1791 (CLICK-ID): Kapitra rejects Saut's accusation against Firli
DENIAL = ("Ahli Hukum Kapitra Ampera menilai tidak ada pelanggaran berat yang dilakukan oleh eks Deputi Penindakan KPK "
          "Irjen Firli Bahuri.")
CLAIM = ("Pernyataan ini sekaligus membantah pernyataan dari Wakil Ketua KPK Saut Situmorang yang menuding bahwa "
         "Irjen Firli diduga telah melakukan dugaan pelanggaran berat ketika menjabat sebagai Deputi Penindakan KPK.")
TEXT = f"{DENIAL} {CLAIM}"


def _entry(name: str, kind: str, sentence: str, trigger: str, actors: tuple[str, ...], **kw: object) -> Entry:
    start = TEXT.index(sentence)
    at = TEXT.index(trigger, start)
    evidence = Evidence("okezone1791", "okezone-1791.txt", start, start + len(sentence), at, at + len(trigger), kind,
                        "2019-09-12", True, "asserted", actors, actors, None)
    return Entry(name, "2019-09-12", kind, actors, actors, None, (evidence,), summary=sentence, **kw)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Store]:
    store = open_store(Settings(database=str(tmp_path / "d.db")))
    store.add([Article(id="okezone1791", source="okezone-1791.txt", text=TEXT, published="2019-09-12",
                       title="Irjen Firli Dinilai Tidak Lakukan Pelanggaran Kode Etik", outlet="okezone",
                       sentences=(Sentence(0, len(DENIAL)), Sentence(len(DENIAL) + 1, len(TEXT))))])
    claim = _entry("saut", "ACCUSE", CLAIM, "menuding", ("Saut Situmorang", "Firli Bahuri"))
    denial = _entry("kapitra", "REJECT", DENIAL, "menilai", ("Kapitra Ampera", "Saut Situmorang"), reacts_to="saut")
    store.put_events([to_row(claim, "s-firli"), to_row(denial, "s-firli")])
    yield store
    store.close()


def test_api_disputes_between_entries_link_both_sentences(db: Store, tmp_path: Path) -> None:
    cache = Memo(str(tmp_path / "d.db"))
    total, [dispute] = queries.disputes(db, cache, DisputeParams())
    assert (total, dispute["claimants"], dispute["deniers"], dispute["accused"]) == (
        1, ["Saut Situmorang"], ["Kapitra Ampera"], ["Firli Bahuri"])
    assert (dispute["entries"], dispute["story_id"], dispute["first"]) == (["saut", "kapitra"], "s-firli", "2019-09-12")
    [source] = dispute["sources"]
    assert (source["claim"], source["denial"]) == ("/articles/okezone1791#s-2", "/articles/okezone1791#s-1")


@pytest.mark.parametrize(("params", "found"), [
    ({"party": "Kapitra Ampera"}, 1), ({"party": "saut"}, 1), ({"party": "Jokowi"}, 0),
    ({"story": "s-firli"}, 1), ({"story": "s-other"}, 0), ({"since": "2019-09-13"}, 0), ({"until": "2019-09"}, 1),
])
def test_api_disputes_filters(db: Store, tmp_path: Path, params: dict[str, str], found: int) -> None:
    assert queries.disputes(db, Memo(str(tmp_path / "d.db")), DisputeParams.model_validate(params))[0] == found


@pytest.mark.parametrize("entry", ["saut", "kapitra"])
def test_api_disputes_shown_with_each_of_their_entries(db: Store, tmp_path: Path, entry: str) -> None:
    detail = queries.event(db, Memo(str(tmp_path / "d.db")), entry)
    assert [d["entries"] for d in detail["disputes"]] == [["saut", "kapitra"]]
