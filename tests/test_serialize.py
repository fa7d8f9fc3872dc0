"""The contract output: byline people are document entities without a span, listed once."""
from __future__ import annotations

import pytest

from linimasa.model import Article, Mention
from linimasa.serialize import contract

TEXT = "Kim Jong-un bertemu Edwin Shri Bimo di Pyongyang."


def mention(text: str, label: str, entity_id: str) -> Mention:
    start = TEXT.index(text)
    return Mention(start=start, end=start + len(text), label=label, entity_id=entity_id, name=text)


@pytest.mark.parametrize("authors, mentions, expected", [
    ((), (), []),
    (("Rahman Asmardika",), (), [("per:rahman-asmardika", "Rahman Asmardika")]),
    (("Edwin Shri Bimo", "Vyara-Lestari"), (mention("Edwin Shri Bimo", "PER", "per:edwin-shri-bimo"),),
     [("per:vyara-lestari", "Vyara-Lestari")]),
    (("Kim Jong-un",), (mention("Kim Jong-un", "PER", "per:kim-jong-un"),), []),
])
def test_serialize_byline_people_are_entities_once(authors, mentions, expected) -> None:
    article = Article(id="a", source="a", text=TEXT, authors=authors, entities=mentions)
    entities = contract(article)["entities"]
    assert [(e["id"], e["name"]) for e in entities if e.get("byline")] == expected
    assert all("start" not in e for e in entities if e.get("byline"))
    assert len(entities) == len(mentions) + len(expected)
