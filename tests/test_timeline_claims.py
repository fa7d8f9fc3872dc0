"""Reactions linked to the event they respond to, and disputed entries (dev-gold threads as entries)."""
from __future__ import annotations

from dataclasses import replace

import pytest
from spans_fixture import SETTINGS, article

from linimasa.timeline import build
from linimasa.timeline.claims import answered, reactions
from linimasa.timeline.model import Entry, Evidence


def entry(name: str, kind: str, date: str, actors: tuple[str, ...], sources: tuple[str, ...]) -> Entry:
    evidence = tuple(Evidence(s, s, 0, 1, 0, 1, kind, date, True, "asserted", actors, actors, None) for s in sources)
    return Entry(name, date, kind, actors, actors, None, evidence)


# the excise rise (tempo-2232, okezone-1513), the Imam Nahrawi thread (tempo-866), the KPK leaders (okezone-2393)
EXCISE = entry("excise", "", "2019-09-13", ("Sri Mulyani Indrawati", "Joko Widodo"), ("tempo-2232", "okezone-1513"))
GAPPRI = entry("gappri", "REJECT", "2019-09-14", ("GAPPRI", "Henry Najoan"), ("tempo-2232",))
SUSPECT = entry("suspect", "COERCE", "2019-09-18", ("KPK", "Imam Nahrawi"), ("sindonews-1007", "tempo-866"))
RESIGNS = entry("resigns", "CONCEDE", "2019-09-19", ("Imam Nahrawi", "Joko Widodo"), ("tempo-866",))
RESPECTS = entry("respects", "SUPPORT", "2019-09-19", ("Joko Widodo", "KPK"), ("tempo-866",))
CLAIM = entry("claim", "ACCUSE", "2019-09-12", ("Alexander Marwata", "Agus Rahardjo"), ("okezone-2393",))
DENIAL = entry("denial", "REJECT", "2019-09-12", ("Agus Rahardjo", "Alexander Marwata"), ("okezone-2393",))
LATER = entry("later", "AGREE", "2019-09-20", ("Joko Widodo", "KPK"), ("tempo-866",))


@pytest.mark.parametrize(("entries", "links"), [
    ([EXCISE, GAPPRI], {"gappri": "excise"}),  # the industry rejects the rise its article reports
    ([SUSPECT, RESIGNS, RESPECTS], {"resigns": "suspect", "respects": "suspect"}),  # not another reaction
    ([CLAIM, DENIAL, SUSPECT], {"denial": "claim"}),  # a denial answers the accusation against its holder
    ([LATER, GAPPRI], {}),  # no article of the reaction reports an earlier event
    ([LATER, RESPECTS], {}),  # what comes later is no cause
])
def test_timeline_claims_reactions(entries: list[Entry], links: dict[str, str]) -> None:
    assert reactions(entries) == links


def test_timeline_claims_accusation_and_denial_entries_are_disputed() -> None:
    names = [("Amerika Serikat", "LOC", "Amerika Serikat"), ("China", "LOC", "China"),
             ("Hong Kong", "LOC", "Hong Kong"), ("Hua Chunying", "PER", "Hua Chunying")]
    # okezone-3773: the US denies China's accusation; the accusation is made by a spokeswoman who speaks
    accusing = article('Juru bicara Hua Chunying menuduh Amerika Serikat mendukung para demonstran Hong Kong, Senin '
                       '(9/9/2019). "Ini campur tangan," kata Hua Chunying.', names,
                       dates=[("Senin (9/9/2019)", "2019-09-09")], published="2019-09-09", source="e.txt")
    denying = article("Amerika Serikat telah membantah tuduhan China bahwa mereka mendukung para demonstran Hong "
                      "Kong, Selasa (10/9/2019).", names, dates=[("Selasa (10/9/2019)", "2019-09-10")],
                      published="2019-09-10", source="f.txt")
    timeline = build([accusing, denying], settings=SETTINGS)
    assert len(timeline.disputes) == 1
    assert {e.type for e in timeline.entries if e.disputed} >= {"ACCUSE", "REJECT"}


def test_timeline_claims_an_accusation_named_by_its_denial_is_not_made_there() -> None:
    names = [("Amerika Serikat", "LOC", "Amerika Serikat"), ("AS", "LOC", "Amerika Serikat"), ("China", "LOC", "China"),
             ("Inggris", "LOC", "Inggris"), ("Hong Kong", "LOC", "Hong Kong")]
    # sindonews-2254 makes the accusation; okezone-3773 reports the US denying it
    accusing = article("China menuduh Amerika Serikat, Inggris, dan negara-negara Barat lainnya mengobarkan kerusuhan "
                       "di Hong Kong.", names, published="2019-09-11", source="sindonews-2254")
    denying = article("AS telah membantah tuduhan China bahwa mereka mendukung para demonstran Hong Kong.", names,
                      published="2019-09-10", source="okezone-3773")
    # sindonews-1084: China opposes a US bill; not a denial that China is accused of anything by the US
    opposing = article('"China sangat tidak puas dan dengan tegas menentang langkah ini," kata Geng.', names,
                       published="2019-09-19", source="sindonews-1084")
    thread = {a.id: "hong-kong" for a in (accusing, denying, opposing)}
    (dispute,) = build([accusing, denying, opposing], settings=SETTINGS, story_of=thread).disputes
    assert (dispute.claimants, dispute.deniers) == (("China",), ("Amerika Serikat",))


# okezone-1791 (Kapitra rejects Saut's accusation against Firli), tempo-546 (Laode accuses Yasonna, who had denied)
SAUT = entry("saut", "ACCUSE", "2019-09-11", ("Saut Situmorang", "Firli Bahuri"), ("tempo-3428", "okezone-1791"))
KAPITRA = entry("kapitra", "REJECT", "2019-09-12", ("Kapitra Ampera", "Saut Situmorang"), ("okezone-1791",))
OWN = entry("own", "REJECT", "2019-09-12", ("Saut Situmorang",), ("okezone-1791",))


@pytest.mark.parametrize(("entries", "pairs"), [
    ([SAUT, replace(KAPITRA, reacts_to="saut")], [("saut", "kapitra")]),
    ([replace(SAUT, reacts_to="kapitra"), KAPITRA], [("saut", "kapitra")]),  # the accusation answers the denial
    ([SAUT, replace(OWN, reacts_to="saut")], []),  # one holder qualifying his own words is no dispute
    ([SAUT, KAPITRA], []),  # not linked: no dispute
])
def test_timeline_claims_answered_entries_are_disputes(entries: list[Entry], pairs: list[tuple[str, str]]) -> None:
    found = answered(entries)
    assert [ids for _, ids in found] == pairs
    assert all(d.claimants == ("Saut Situmorang",) and d.sources == ("tempo-3428", "okezone-1791") for d, _ in found)
