"""Collection-wide person links: a short name alone in an article joins the full name it stands for."""
from __future__ import annotations

import pytest

from linimasa.entities.links import NameCount, designator_links, link_names, person_counts, person_links
from linimasa.entities.resolve import Entity
from linimasa.model import Article, Event, Mention, Quote


@pytest.mark.parametrize("counts, expected", [
    ([("per:anies", "Anies", 4), ("per:anies-baswedan", "Anies Baswedan", 30)], {"per:anies": "Anies Baswedan"}),
    ([("per:baswedan", "Baswedan", 2), ("per:anies-baswedan", "Anies Baswedan", 30)],
     {"per:baswedan": "Anies Baswedan"}),
    # a name in its own right, far more common than the full name that ends with it
    ([("per:soekarno", "Soekarno", 17), ("per:ratna-sari-dewi-soekarno", "Ratna Sari Dewi Soekarno", 4)], {}),
    # two people share the word and neither dominates
    ([("per:habibie", "Habibie", 50), ("per:bj-habibie", "BJ Habibie", 30), ("per:ilham-habibie", "Ilham Habibie", 20)],
     {}),
    # one dominates enough
    ([("per:habibie", "Habibie", 50), ("per:bj-habibie", "BJ Habibie", 90), ("per:ilham-habibie", "Ilham Habibie", 5)],
     {"per:habibie": "BJ Habibie"}),
    # too few articles to say
    ([("per:firli", "Firli", 1), ("per:firli-bahuri", "Firli Bahuri", 2)], {}),
    # acronyms and hyphen-joined names are not short forms
    ([("per:jk", "JK", 9), ("per:jusuf-jk-kalla", "Jusuf JK", 9)], {}),
    ([("per:soekarno", "Soekarno", 3), ("per:soekarno-hatta", "Soekarno-Hatta", 30)], {}),
    # initials join the name they abbreviate, and the short name then counts both
    ([("per:bj-habibie", "BJ Habibie", 220), ("per:bacharuddin-jusuf-habibie", "Bacharuddin Jusuf Habibie", 175),
      ("per:habibie", "Habibie", 259), ("per:ainun-habibie", "Ainun Habibie", 48)],
     {"per:bj-habibie": "Bacharuddin Jusuf Habibie", "per:habibie": "Bacharuddin Jusuf Habibie"}),
    ([("per:b-j-habibie", "B.J. Habibie", 1), ("per:bacharuddin-jusuf-habibie", "Bacharuddin Jusuf Habibie", 9),
      ("per:baharuddin-jusuf-habibie", "Baharuddin Jusuf Habibie", 1)],
     {"per:b-j-habibie": "Bacharuddin Jusuf Habibie"}),
    # a single initial and a surname many people share: too few articles to say which
    ([("per:m-anwar", "M Anwar", 6), ("per:markarius-anwar", "Markarius Anwar", 1)], {}),
    # initials that fit two names link to neither
    ([("per:sb-yudhoyono", "SB Yudhoyono", 5), ("per:susilo-bambang-yudhoyono", "Susilo Bambang Yudhoyono", 5),
      ("per:sri-bintang-yudhoyono", "Sri Bintang Yudhoyono", 4)], {}),
    # old and new spelling: the commoner form wins
    ([("per:gatot-soebroto", "Gatot Soebroto", 105), ("per:gatot-subroto", "Gatot Subroto", 155)],
     {"per:gatot-soebroto": "Gatot Subroto"}),
    ([("per:soeharto", "Soeharto", 91), ("per:suharto", "Suharto", 12), ("per:djoko-santoso", "Djoko Santoso", 3),
      ("per:joko-santoso", "Joko Santoso", 1)], {"per:suharto": "Soeharto", "per:joko-santoso": "Djoko Santoso"}),
    # a short name of two words, and a chain of short names
    ([("per:sri-mulyani", "Sri Mulyani", 120), ("per:sri-mulyani-indrawati", "Sri Mulyani Indrawati", 61),
      ("per:mulyani", "Mulyani", 10)],
     {"per:sri-mulyani": "Sri Mulyani Indrawati", "per:mulyani": "Sri Mulyani Indrawati"}),
    # a middle word is not how a person is called
    ([("per:bambang", "Bambang", 5), ("per:susilo-bambang-yudhoyono", "Susilo Bambang Yudhoyono", 40)], {}),
])
def test_entities_links_short_person_names(counts: list[tuple[str, str, int]], expected: dict[str, str]) -> None:
    links = person_links(NameCount(*c) for c in counts)
    assert {alias: target.name for alias, target in links.items()} == expected
    assert all(target.label == "PER" for target in links.values())


def _article(article_id: str, name: str, entity_id: str) -> Article:
    text = f"{name} kata dia."
    return Article(id=article_id, source=f"{article_id}.txt", text=text,
                   entities=(Mention(0, len(name), "PER", entity_id, name),))


def test_entities_links_relink_keeps_offsets_and_counts_articles() -> None:
    articles = [_article(f"f{i}", "Firli Bahuri", "per:firli-bahuri") for i in range(3)]
    articles += [_article("s1", "Firli", "per:firli")]
    assert [(c.id, c.articles) for c in person_counts(articles)] == [("per:firli", 1), ("per:firli-bahuri", 3)]
    linked, links = link_names(articles)
    assert set(links) == {"per:firli"}
    [mention] = linked[-1].entities
    assert (mention.start, mention.end, mention.entity_id, mention.name) == (0, 5, "per:firli-bahuri", "Firli Bahuri")
    assert linked[:3] == articles[:3]


def test_entities_links_relink_event_actors_and_speakers() -> None:
    # sindonews-1007: 'Penetapan tersangka Nahrawi', the KPK names Imam Nahrawi; the event and quote hold the id too
    articles = [_article(f"f{i}", "Imam Nahrawi", "per:imam-nahrawi") for i in range(3)]
    short = _article("s1", "Nahrawi", "per:nahrawi")
    short = short.with_(events=(Event(0, 7, "COERCE", 0, 7, ("org:kpk", "per:nahrawi"), ("KPK", "Nahrawi")),),
                        quotes=(Quote(0, 7, True, "kata", "Nahrawi", "per:nahrawi"),))
    linked, _ = link_names([*articles, short])
    [event], [quote] = linked[-1].events, linked[-1].quotes
    assert (event.actors, event.actor_names) == (("org:kpk", "per:imam-nahrawi"), ("KPK", "Imam Nahrawi"))
    assert (quote.speaker_id, quote.speaker) == ("per:imam-nahrawi", "Imam Nahrawi")


def _doc(article_id: str, text: str, names: list[tuple[str, str, str, str]]) -> Article:
    """An article whose mentions are (written, label, entity id, entity name), found in order in ``text``."""
    mentions, at = [], 0
    for written, label, entity_id, name in names:
        start = text.index(written, at)
        at = start + len(written)
        mentions.append(Mention(start, at, label, entity_id, name))
    return Article(id=article_id, source=f"{article_id}.txt", text=text, entities=tuple(mentions))


KPU = ("ORG", "org:komisi-pemilihan-umum", "Komisi Pemilihan Umum")


@pytest.mark.parametrize("defining, expected", [
    (3, {"org:kpu": "Komisi Pemilihan Umum"}),  # three articles define it: the bare KPU elsewhere is the same body
    (2, {}),  # too few to say
])
def test_entities_links_abbreviations_follow_their_usage(defining: int, expected: dict[str, str]) -> None:
    articles = [_doc(f"d{i}", "Komisi Pemilihan Umum (KPU) rapat. KPU siap.",
                     [("Komisi Pemilihan Umum", *KPU), ("(KPU)", *KPU), ("KPU", *KPU)]) for i in range(defining)]
    articles.append(_doc("bare", "KPU menetapkan jadwal.", [("KPU", "ORG", "org:kpu", "KPU")]))
    linked, links = link_names(articles)
    assert {alias: target.name for alias, target in links.items()} == expected
    assert linked[-1].entities[0].entity_id == (KPU[1] if expected else "org:kpu")


def test_entities_links_ignore_nameless_mentions() -> None:
    articles = [Article(id="a", source="a.txt", text="x", entities=(Mention(0, 1, "PER", "per:x", " "),))]
    assert link_names(articles) == (articles, {})


@pytest.mark.parametrize("names, expected", [
    ([("Partai Golkar", "ORG")] * 3 + [("Golkar", "ORG")] * 2, {"org:golkar": "Partai Golkar"}),
    ([("Provinsi Jawa Barat", "LOC")] + [("Jawa Barat", "LOC")] * 4, {"loc:provinsi-jawa-barat": "Jawa Barat"}),
    ([("Kabupaten Bogor", "LOC")] + [("Bogor", "LOC")] * 4, {}),  # two places
    ([("Partai Golkar", "ORG"), ("Golkar", "PER")], {}),  # not the same kind of thing
    # one id written two ways still links one way
    ([("Partai Demokrat", "ORG")] * 3 + [("Partai demokrat", "ORG")] + [("Demokrat", "ORG")] * 2,
     {"org:demokrat": "Partai Demokrat"}),
])
def test_entities_links_designators(names: list[tuple[str, str]], expected: dict[str, str]) -> None:
    articles = [_doc(f"d{i}", f"{name} hadir.", [(name, label, Entity(label, name).id, name)])
                for i, (name, label) in enumerate(names)]
    assert {alias: target.name for alias, target in designator_links(articles).items()} == expected
