"""Timeline merge: when mentions are one real-world event (type family, sentence, people, dates)."""
from __future__ import annotations

import pytest
from spans_fixture import SETTINGS, article

from linimasa.timeline import build

NAMES = [("DPR", "ORG", "Dewan Perwakilan Rakyat"), ("KPK", "ORG", "Komisi Pemberantasan Korupsi")]


@pytest.mark.parametrize(("text", "dates", "entries"), [
    # tempo-3593: the plenary (CONSULT) and its decision (AGREE) in one sentence are one event
    ("Dalam Rapat Paripurna, Kamis, 5 September 2019, DPR menyepakati revisi UU KPK adalah usul inisiatif DPR.",
     [("Kamis, 5 September 2019", "2019-09-05")], [("2019-09-05", "AGREE")]),
])
def test_timeline_merge_one_sentence_one_event(text: str, dates: list, entries: list) -> None:
    doc = article(text, NAMES, dates=dates, published="2019-09-11")
    assert [(e.date, e.type) for e in build([doc], settings=SETTINGS).entries] == entries
