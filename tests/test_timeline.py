"""Timeline: date ranges, cross-document merge, background links, disputes, incremental ids, output."""
from __future__ import annotations

from dataclasses import replace

import pytest
from spans_fixture import SETTINGS, article

from linimasa.timeline import build, render_text, to_contract
from linimasa.timeline.briefing import clause
from linimasa.timeline.dates import compatible, near_publication

PER, ORG, LOC = "PER", "ORG", "LOC"
NAMES = [("Kim Jong-un", PER, "Kim Jong-un"), ("Kim", PER, "Kim Jong-un"), ("Sergei Shoigu", PER, "Sergei Shoigu"),
         ("Shoigu", PER, "Sergei Shoigu"), ("Korea Utara", LOC, "Korea Utara"), ("Pyongyang", LOC, "Pyongyang"),
         ("Rusia", LOC, "Rusia"), ("Li Hongzhong", PER, "Li Hongzhong"), ("Amerika Serikat", LOC, "Amerika Serikat"),
         ("Gedung Putih", ORG, "Gedung Putih")]

MEETING = article("Kim Jong-un bertemu dengan Sergei Shoigu di Pyongyang pada Rabu (26/7/2023).", NAMES,
                  dates=[("Rabu (26/7/2023)", "2023-07-26")], published="2023-07-27", source="a.txt")
BACKGROUND = article("Spekulasi berkembang setelah Sergei Shoigu mengunjungi Korea Utara pada Juli lalu.", NAMES,
                     dates=[("Juli lalu", "2023-07")], published="2023-09-13", source="b.txt")
OTHER_MEETING = article("Kim juga bertemu dengan Li Hongzhong pada Rabu (26/7/2023).", NAMES,
                        dates=[("Rabu (26/7/2023)", "2023-07-26")], published="2023-07-27", source="c.txt")
NEXT_DAY = article("Kim Jong-un bertemu Sergei Shoigu pada Kamis (27/7/2023).", NAMES,
                   dates=[("Kamis (27/7/2023)", "2023-07-27")], published="2023-07-28", source="d.txt")


@pytest.mark.parametrize(("a", "b", "ok"), [
    ("2023-07-26", "2023-07-26", True), ("2023-07-26", "2023-07-27", True), ("2023-07-26", "2023-07-29", False),
    ("2023-07", "2023-07-26", True), ("2023-W30", "2023-07-26", True), ("2023-W31", "2023-07-26", False),
    ("2023", "2023-07", True), ("2024-06", "2023-06", False), (None, "2023", False),
])
def test_timeline_dates_compatible(a: str | None, b: str, ok: bool) -> None:
    assert compatible(a, b) is ok


@pytest.mark.parametrize(("value", "published", "planned", "ok"), [
    ("2023-07-26", "2023-07-31", False, True), ("2023-07-01", "2023-07-31", False, False),
    ("2023-08-18", "2023-07-31", True, True), ("2023-08-18", "2023-07-31", False, False),
])
def test_timeline_dates_near_publication(value: str, published: str, planned: bool, ok: bool) -> None:
    assert near_publication(value, published, planned=planned) is ok


def test_timeline_background_mention_joins_the_event() -> None:
    timeline = build([MEETING, BACKGROUND], settings=SETTINGS)
    (entry,) = timeline.entries
    assert (entry.date, entry.type, entry.sources) == ("2023-07-26", "CONSULT", ("a.txt", "b.txt"))


def test_timeline_other_people_make_another_event() -> None:
    timeline = build([MEETING, OTHER_MEETING], settings=SETTINGS)
    assert sorted(e.actor_names for e in timeline.entries) == [("Kim Jong-un", "Li Hongzhong"),
                                                              ("Kim Jong-un", "Sergei Shoigu")]


def test_timeline_conflicting_dates_are_flagged() -> None:
    (entry,) = build([MEETING, NEXT_DAY], settings=SETTINGS).entries
    assert entry.conflict is not None
    assert entry.conflict.values == (("2023-07-26", ("a.txt",)), ("2023-07-27", ("d.txt",)))


def test_timeline_incremental_keeps_ids_and_adds_sources() -> None:
    first = build([MEETING], settings=SETTINGS)
    second = build([BACKGROUND], settings=SETTINGS, previous=first)
    assert [e.id for e in second.entries] == [e.id for e in first.entries]
    assert second.entries[0].sources == ("a.txt", "b.txt")
    assert second.entries[0].summary == first.entries[0].summary


def test_timeline_accusation_and_denial_are_disputed() -> None:
    accusing = article("Amerika Serikat menuduh Korea Utara memasok amunisi dan rudal kepada Rusia.", NAMES,
                       published="2024-09-14", source="e.txt")
    denying = article("Korea Utara membantah telah melakukan transaksi senjata dengan Rusia.", NAMES,
                      published="2024-09-15", source="f.txt")
    (dispute,) = build([accusing, denying], settings=SETTINGS).disputes
    assert (dispute.claimants, dispute.deniers, dispute.accused) == (
        ("Amerika Serikat",), ("Korea Utara",), ("Korea Utara",))
    assert dispute.sources == ("e.txt", "f.txt")
    in_other_stories = {accusing.id: "story-a", denying.id: "story-b"}
    assert build([accusing, denying], settings=SETTINGS, story_of=in_other_stories).disputes == ()


def test_timeline_contract_and_text() -> None:
    timeline = build([MEETING, BACKGROUND], settings=SETTINGS)
    out = to_contract(timeline)
    assert set(out) == {"duplicates", "stories", "events", "disputes"}
    assert out["events"][0] == {"id": timeline.entries[0].id, "date": "2023-07-26", "type": "CONSULT",
                                "actors": ["Sergei Shoigu", "Kim Jong-un", "Korea Utara"],
                                "where": "Pyongyang", "summary": MEETING.text, "sources": ["a.txt", "b.txt"],
                                "modality": "asserted", "background": False, "reacts_to": None, "disputed": False,
                                "date_dispute": None}
    assert sorted(s for story in out["stories"] for s in story) == ["a.txt", "b.txt"]
    assert "2023-07-26 CONSULT   Sergei Shoigu, Kim Jong-un, Korea Utara" in render_text(timeline)


def test_timeline_store_round_trip_extends_incrementally(memory_store: object) -> None:
    from linimasa.timeline.storage import load, save

    save(build([MEETING], settings=SETTINGS), memory_store)
    extended = build([BACKGROUND], settings=SETTINGS, previous=load(memory_store))
    save(extended, memory_store)
    (stored,) = load(memory_store).entries
    (entry,) = extended.entries
    assert (stored.id, stored.evidence, stored.summary) == (entry.id, entry.evidence, entry.summary)
    assert set(stored.actor_names) == set(entry.actor_names)
    assert stored.sources == ("a.txt", "b.txt")


def test_timeline_incremental_merge_is_recorded() -> None:
    week = article("Sergei Shoigu tiba di Pyongyang minggu ini.", NAMES, dates=[("minggu ini", "2023-W30")],
                   published="2023-07-27", source="w.txt")
    month = article("Kim Jong-un menerima kunjungan menteri pada Juli 2023.", NAMES, dates=[("Juli 2023", "2023-07")],
                    published="2023-08-20", source="m.txt")
    first = build([week, month], settings=SETTINGS)
    assert len(first.entries) == 2
    second = build([MEETING], settings=SETTINGS, previous=first)
    (entry,) = second.entries
    ((kept, merged),) = second.merges
    assert {kept, merged} == {e.id for e in first.entries} and entry.id == kept
    assert set(entry.sources) == {"w.txt", "m.txt", "a.txt"}


@pytest.mark.parametrize(("other", "stories", "merged"), [
    (NEXT_DAY, {"a.txt": "s1", "d.txt": "s1"}, True),  # one story: the same meeting reported a day apart
    (NEXT_DAY, {"a.txt": "s1", "d.txt": "s2"}, False),  # unrelated threads: a frequent actor's other meeting
    (BACKGROUND, {"a.txt": "s1", "b.txt": "s2"}, True),  # a later thread recalls the July visit
])
def test_timeline_merges_within_a_story_or_a_recalled_past(other: object, stories: dict, merged: bool) -> None:
    timeline = build([MEETING, other], settings=SETTINGS, story_of=stories)
    assert (len(timeline.entries) == 1) == merged


def test_timeline_unrelated_articles_leave_stored_entries_alone() -> None:
    apart = build([MEETING], settings=SETTINGS)  # stored by two earlier runs, so not joined
    stored = replace(apart, entries=apart.entries + build([BACKGROUND], settings=SETTINGS).entries)
    unrelated = article("Li Hongzhong tiba di Pyongyang pada Kamis (27/7/2023).", NAMES,
                        dates=[("Kamis (27/7/2023)", "2023-07-27")], published="2023-07-28", source="l.txt")
    extended = build([unrelated], settings=SETTINGS, previous=stored)
    assert {e.id for e in stored.entries} <= {e.id for e in extended.entries}
    assert extended.merges == ()
    joined = build([MEETING, BACKGROUND], settings=SETTINGS)  # one run: the recalled visit is the meeting
    assert len(joined.entries) == 1


@pytest.mark.parametrize(("sentence", "trigger", "summary"), [
    # kompas-1014: the connective and the scraped paragraph glue go
    ("Sebelumnya, Xanana pergi takziah ke kediaman mendiang BJ Habibie di Patra Kuningan, Jakarta, Sabtu malam., ,",
     "takziah", "Xanana pergi takziah ke kediaman mendiang BJ Habibie di Patra Kuningan, Jakarta, Sabtu malam."),
    # kompas-2805: the part of the sentence that states the event
    ("Diketahui, Veronica Koman ditetapkan sebagai tersangka oleh Polda Jawa Timur; ia kini berada di Australia.,",
     "ditetapkan", "Veronica Koman ditetapkan sebagai tersangka oleh Polda Jawa Timur."),
    ("Ia berada di Australia; Polda Jawa Timur menetapkan Veronica Koman sebagai tersangka.", "menetapkan",
     "Polda Jawa Timur menetapkan Veronica Koman sebagai tersangka."),
])
def test_timeline_summary_states_the_event_clause(sentence: str, trigger: str, summary: str) -> None:
    assert clause(sentence, 0, len(sentence), sentence.index(trigger)) == summary
