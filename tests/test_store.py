"""The SQLite store: migrations, idempotent upserts, stemmed search, collection tables."""
from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from linimasa.dedup import CopyLink
from linimasa.model import Article, Mention, Quote, Role
from linimasa.store import EventRow, QueryError
from linimasa.store.migrations import SQLITE

TEXT = "Rusia ingin mempertahankan hubungan. Kim Jong-un bertemu Sergei Shoigu di Pyongyang."


def article(article_id: str = "a1", text: str = TEXT, source: str = "a.txt", **kw: object) -> Article:
    return Article(id=article_id, source=source, text=text, **kw)


def test_store_records_every_migration(memory_store: object) -> None:
    versions = [r[0] for r in memory_store.conn.execute("SELECT version FROM migrations ORDER BY version")]
    assert versions == [v for v, _, _ in SQLITE]


def test_store_readding_never_duplicates_and_keeps_every_source(memory_store: object) -> None:
    first = memory_store.add([article()])
    again = memory_store.add([article(source="copy.html"), article()])
    assert (first.new, first.existing) == (1, 0)
    assert (again.new, again.existing) == (0, 2)
    assert memory_store.count() == 1
    assert "a1" in memory_store and "a2" not in memory_store and memory_store.id_set() == {"a1"}
    assert memory_store.sources("a1") == ["a.txt", "copy.html"]
    assert memory_store.search("hubungan")[0] == 1


@pytest.mark.parametrize("query, found", [
    ("pertahanan", True),          # same root as mempertahankan
    ("mempertahankan", True),
    ('"bertemu Sergei"', True),
    ("kim -shoigu", False),
    ("jakarta OR pyongyang", True),
    ("jakarta", False),
])
def test_store_search_stems_indonesian(memory_store: object, query: str, found: bool) -> None:
    memory_store.add([article()])
    total, hits = memory_store.search(query)
    assert bool(total) is found and len(hits) == total


@pytest.mark.parametrize("query", ["", "   ", '""', "-", "x" * 600, "OR OR OR"])
def test_store_search_rejects_unusable_queries_clearly(memory_store: object, query: str) -> None:
    with pytest.raises(QueryError):
        memory_store.search(query)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_store_search_never_leaks_fts_syntax_errors(query: str) -> None:
    from linimasa.store.sqlite import SQLiteStore

    store = SQLiteStore(":memory:")
    store.add([article()])
    try:
        total, hits = store.search(query)
        assert total >= len(hits)
    except QueryError as exc:
        assert str(exc)
    finally:
        store.close()


def test_store_snippet_marks_the_stemmed_hit(memory_store: object) -> None:
    memory_store.add([article()])
    _, [hit] = memory_store.search("pertahanan")
    (start, end), = hit.highlights
    assert hit.snippet[start:end] == "mempertahankan"


def test_store_round_trips_annotation_layers(memory_store: object) -> None:
    mention = Mention(37, 48, "PER", "per:kim-jong-un", "Kim Jong-un")
    quote = Quote(0, 36, False, "kata", "Kim Jong-un", "per:kim-jong-un")
    memory_store.add([article(entities=(mention,), quotes=(quote,), authors=("A",), published="2023-07-26")])
    back = memory_store.get("a1")
    assert back.entities == (mention,) and back.quotes == (quote,)
    assert back.authors == ("A",) and back.published == "2023-07-26"
    [entity] = memory_store.entities()
    assert (entity.name, entity.mentions, entity.articles) == ("Kim Jong-un", 1, 1)
    assert memory_store.quotes(speaker="kim jong-un")[0] == 1


def _named(article_id: str, text: str, entity_id: str) -> Article:
    name = text[:text.index(" kata")]
    return article(article_id, text, source=f"{article_id}.txt",
                   entities=(Mention(0, len(name), "PER", entity_id, name),),
                   quotes=(Quote(len(name) + 6, len(text), False, "kata", name, entity_id),),
                   roles=(Role(0, len(name), entity_id, "Gubernur"),))


def test_store_aliases_drop_the_brackets_that_wrap_a_name(memory_store: object) -> None:
    text = "Amerika Serikat (AS) menuduh Korea Utara."
    memory_store.add([article(text=text, entities=(Mention(0, 15, "LOC", "loc:amerika-serikat", "Amerika Serikat"),
                                                   Mention(16, 20, "LOC", "loc:amerika-serikat", "Amerika Serikat")))])
    [entity] = memory_store.entities()
    assert entity.aliases == ("AS", "Amerika Serikat")
    assert [a["text"] for a in memory_store.entity("loc:amerika-serikat")["aliases"]] == ["AS", "Amerika Serikat"]


def test_store_person_links_list_a_short_name_with_its_full_name(memory_store: object) -> None:
    memory_store.add([_named("a1", "Anies Baswedan kata ini.", "per:anies-baswedan"),
                      _named("a2", "Anies kata itu.", "per:anies")])
    memory_store.put_entity_links({"per:anies": "per:anies-baswedan"})
    memory_store.add([_named("a3", "Anies kata lagi.", "per:anies")])  # stored after the link: linked at once
    [entity] = memory_store.entities()
    assert (entity.id, entity.articles, entity.aliases) == ("per:anies-baswedan", 3, ("Anies", "Anies Baswedan"))
    assert memory_store.entity("per:anies")["id"] == "per:anies-baswedan"
    assert memory_store.get("a2").entities[0].entity_id == "per:anies"  # the article keeps its own resolution
    assert memory_store.quotes(speaker="per:anies-baswedan")[0] == 3
    assert len(memory_store.roles("per:anies-baswedan")) == 3
    memory_store.put_entity_links({})
    assert sorted((e.id, e.articles) for e in memory_store.entities()) == [("per:anies", 2),
                                                                          ("per:anies-baswedan", 1)]


@pytest.mark.parametrize("filters, expected", [
    ({}, ["e1", "e2"]),
    ({"date_from": "2023-08-01"}, ["e2"]),
    ({"date_to": "2023-07-26"}, ["e1"]),
    ({"entity": "Kim Jong-un"}, ["e1"]),
    ({"entity": "per:putin"}, ["e2"]),
    ({"type": "AGREE"}, ["e2"]),
    ({"disputed": True}, ["e2"]),
    ({"outlet": "Republika"}, ["e1"]),
])
def test_store_filters_timeline_events(memory_store: object, filters: dict, expected: list[str]) -> None:
    memory_store.add([article(outlet="Republika")])
    memory_store.put_events([
        EventRow("e1", "2023-07-26", "CONSULT", "Pyongyang", "Kim meets Shoigu",
                 actors=(("per:kim", "Kim Jong-un"),), sources=(("a1", 37, 85),)),
        EventRow("e2", "2024-06", "AGREE", None, "pact", disputed=True, actors=(("per:putin", "Vladimir Putin"),)),
    ])
    total, rows = memory_store.events(**filters)
    assert [r.id for r in rows] == expected and total == len(expected)


def test_store_records_event_merges(memory_store: object) -> None:
    memory_store.put_events([EventRow("e1", "2023", "CONSULT", None, "a"),
                             EventRow("e2", "2023", "CONSULT", None, "b")])
    memory_store.put_events([], merges=[("e1", "e2")])
    assert [r.id for r in memory_store.events()[1]] == ["e1"]
    assert memory_store.merges("event") == [("e1", "e2")]


def test_store_keeps_stories_and_their_merges(memory_store: object) -> None:
    memory_store.add([article("a1"), article("a2", text="Lain sama sekali.")])
    memory_store.put_stories({"a1": "s1", "a2": "s1"}, merges=[("s1", "s2")], meta={"s1": {"label": "Kim"}})
    total, [story] = memory_store.stories()
    assert (total, story["id"], story["size"], story["label"]) == (1, "s1", 2, "Kim")
    assert memory_store.story_articles("s1") == ["a1", "a2"]
    assert memory_store.merges("story") == [("s1", "s2")]


def test_store_replaces_disputes_per_story(memory_store: object) -> None:
    claim = {"claim": "AS menuduh Korea Utara.", "claimants": ["AS"], "deniers": ["Korea Utara"]}
    memory_store.put_disputes({"s1": [claim], "s2": [claim | {"claim": "Lain."}]})
    memory_store.put_disputes({"s2": []})  # a story merged away, or found to hold none now
    assert memory_store.disputes() == [claim | {"story_id": "s1"}]


def test_store_lists_sources_and_copy_pairs(memory_store: object) -> None:
    memory_store.add([article("a1"), article("a2", text="Lain sama sekali.", source="b.txt"),
                      article("a1", source="repost.html")])
    memory_store.put_copies([CopyLink("a1", "a2", "near", 0.9)])
    assert memory_store.all_sources() == {"a1": ["a.txt", "repost.html"], "a2": ["b.txt"]}
    assert memory_store.copy_pairs() == [("a1", "a2")]


@pytest.mark.parametrize("unstorable", [
    "Kim Jong-un bertemu \ud800 Sergei Shoigu.",  # a lone surrogate: no backend can encode it
    "Kim Jong-un bertemu\x00 Sergei Shoigu.",  # NUL: PostgreSQL refuses it (clean.controls removes it before this)
])
def test_store_refuses_an_unstorable_article_alone(memory_store: object, unstorable: str) -> None:
    """A row the backend will not store fails alone; the batch around it is stored (run on both backends)."""
    bad = article("bad", unstorable, "bad.jsonl:2")
    result = memory_store.add([article("a1"), bad, article("a2", TEXT + " Lagi.", "c.txt")])
    refused = {article_id: failure.source for article_id, failure in result.refused}
    assert result.new + len(refused) == 3 and memory_store.count() == result.new
    assert set(refused) <= {"bad"} and ("a1" in memory_store and "a2" in memory_store)
    assert "\ud800" not in unstorable or refused == {"bad": "bad.jsonl:2"}


def test_store_keeps_watch_state_and_matches_each_alert_once(memory_store: object) -> None:
    """What watch and the alerts keep, on both backends (test_store_postgres runs this again)."""
    from linimasa.store.watch_tables import Alert, FeedState

    memory_store.put_feed_state(FeedState("http://x/feed.xml", "web", etag='"v1"', next_poll="2024-01-01T00:00"))
    memory_store.mark_item("http://x/feed.xml", "i1", "retry", reason="HTTP 503")
    memory_store.mark_item("http://x/feed.xml", "i1", "stored", article_id="a1")
    memory_store.add([article("a1", title="Banjir di Jakarta", published="2023-09-13"), article("a2")])
    memory_store.put_stories({"a1": "s1", "a2": "s1"}, merges=[("s1", "s2")])  # s2 lives on in s1
    memory_store.put_alert(Alert("teks", "query", "pertahanan"))
    memory_store.put_alert(Alert("cerita", "story", "s2"))
    among = memory_store.unchecked_articles()
    found = [m for alert in memory_store.alerts() for m in memory_store.matching_articles(alert, among)]
    first = memory_store.put_matches(found, checked=among)
    again = memory_store.put_matches(found, checked=among)
    assert memory_store.feed_state("http://x/feed.xml").etag == '"v1"'
    assert memory_store.feed_items("http://x/feed.xml", ["i1", "i2"]) == {"i1": ("stored", 2)}
    assert among == ["a1", "a2"] and memory_store.unchecked_articles() == []
    assert {(m.alert, m.item) for m in first} == {(a, i) for a in ("teks", "cerita") for i in ("a1", "a2")}
    assert again == [] and memory_store.current_story("s2") == "s1"
    assert memory_store.day_totals() == {"2023-09-13": 1}
    assert memory_store.remove_alert("teks") and memory_store.alert_matches("teks") == []
def test_store_events_newest_first_and_background_left_out(memory_store: object) -> None:
    store: Any = memory_store
    store.put_events([
        EventRow(id="news", date="2019-09-17", type="AGREE", place=None, summary="DPR mengesahkan revisi UU KPK."),
        EventRow(id="past", date="2015", type="AGREE", place=None, summary="KPK dibentuk kembali pada 2015.",
                 data={"background": True}),
        EventRow(id="undated", date=None, type="AGREE", place=None, summary="Tanpa tanggal.")])
    ids = [[e.id for e in store.events(background=flag, newest=True)[1]] for flag in (None, False, True)]
    assert ids == [["news", "past", "undated"], ["news", "undated"], ["past"]]


def test_store_browsing_reads(memory_store: object) -> None:
    from linimasa.model import Sentence

    store: Any = memory_store
    text = "Presiden Jokowi meresmikan jalan tol. Jokowi lalu ke Jakarta."
    store.add([article("b1", text, published="2023-07-24", outlet="Tempo", url="https://tempo.co/a",
                       sentences=(Sentence(0, 37), Sentence(38, 61)),
                       entities=(Mention(9, 15, "PER", "per:joko-widodo", "Joko Widodo"),
                                 Mention(38, 44, "PER", "per:joko-widodo", "Joko Widodo"))),
               article("b2", "Kabar lain dari Bogor hari ini.", "b2.txt", published="2023-07-26")])
    store.put_stories({"b1": "s1", "b2": "s1"}, meta={"s1": {"label": "Tol baru", "summary": "Ringkas."}})
    store.put_disputes({"s1": [{"claim": "Klaim.", "claimants": ["A"], "deniers": ["B"]}]})
    assert store.sentence_spans(["b1", "nope"]) == {"b1": [(0, 37), (38, 61)]}
    assert store.story_heads(["s1"])["s1"]["label"] == "Tol baru"
    assert store.published_span() == ("2023-07-24", "2023-07-26")
    assert store.outlets() == [{"outlet": "Tempo", "articles": 1, "url": "https://tempo.co/a"}]
    assert store.disputes() == [{"claim": "Klaim.", "claimants": ["A"], "deniers": ["B"], "story_id": "s1"}]
    assert store.alias_counts() == [
        {"id": "per:joko-widodo", "name": "Joko Widodo", "label": "PER", "text": "Jokowi", "mentions": 2}]
    assert store.entity_totals() == {"per:joko-widodo": (2, 1)}


def test_store_counts_cooccurrence_once_per_article(memory_store: object) -> None:
    store: Any = memory_store
    text = "Presiden Jokowi meresmikan jalan tol. Jokowi lalu ke Jakarta."
    jokowi = Mention(9, 15, "PER", "per:jokowi", "Joko Widodo")
    jakarta = Mention(53, 60, "LOC", "loc:jakarta", "Jakarta")
    store.add([article("c1", text, entities=(jokowi, Mention(38, 44, "PER", "per:jokowi", "Joko Widodo"), jakarta)),
               article("c2", text + " Lagi.", "c2.txt", entities=(jokowi, jakarta)),
               article("c3", "Kabar dari Bogor.", "c3.txt", entities=(Mention(11, 16, "LOC", "loc:bogor", "Bogor"),))])
    assert store.cooccurrence_edges(["per:jokowi", "loc:jakarta", "loc:bogor"]) == [("loc:jakarta", "per:jokowi", 2)]
    assert store.cooccurrence_edges([]) == []
