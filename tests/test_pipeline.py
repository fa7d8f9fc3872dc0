"""The per-article pipeline: stage contracts (requires/assigns), their order, and the context quotes and events
share."""
from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import pytest

from linimasa.clean import clean
from linimasa.context import build
from linimasa.ingest import read
from linimasa.model import Article, Mention, Record
from linimasa.pipeline import ARTICLE_STAGES, stage, stages
from linimasa.segment import run as segment
from linimasa.settings import Settings

SETTINGS = Settings()


@pytest.mark.parametrize(("names", "refused"), [
    (("segment", "events"), "the events stage requires entities, published, quotes, timexes"),
    (("quotes",), "the quotes stage requires entities, sentences, tokens"),
    (("segment", "timex", "quotes", "entities"), "the quotes stage requires entities"),
    (("segment", "entities", "timex"), "the entities stage requires published"),
])
def test_pipeline_stages_refuse_an_order_that_breaks_a_contract(names: tuple[str, ...], refused: str) -> None:
    with pytest.raises(ValueError, match=refused):
        stages(names)


def test_pipeline_stage_contract_names_article_fields() -> None:
    with pytest.raises(ValueError, match="not Article fields: mentions"):
        stage(requires=("mentions",), assigns=("quotes",))


def test_pipeline_each_stage_changes_only_what_it_assigns(seed_paths: list[Path]) -> None:
    (record,) = read([str(seed_paths[1])], settings=SETTINGS)  # a dated text with a date warning
    assert isinstance(record, Record)
    article = clean(record, SETTINGS).with_(published=None)  # the timex stage then infers it from the text
    for step, name in zip(stages(), ARTICLE_STAGES, strict=True):
        after = step(article, SETTINGS)
        changed = {f.name for f in fields(Article) if getattr(after, f.name) != getattr(article, f.name)}
        assert step.name == name and changed <= step.assigns
        assert all(getattr(after, layer) for layer in step.assigns - {"published_inferred"})
        article = after


NAMES = "Menteri Pertahanan Rusia Sergei Shoigu tiba di Pyongyang, Selasa (10/9/2019). Shoigu bertemu Kim Jong-un."


def _named(text: str, *names: tuple[str, str]) -> Article:
    spans = [(text.index(surface), text.index(surface) + len(surface), label) for surface, label in names]
    return segment(Article(id="c", source="c.txt", text=text), SETTINGS).with_(
        entities=tuple(Mention(s, e, label, f"id:{text[s:e]}", text[s:e]) for s, e, label in spans))


@pytest.mark.parametrize(("names", "bare"), [
    ((("Sergei Shoigu", "PER"), ("Kim Jong-un", "PER")), ["Shoigu"]),  # the surname alone, after the full name
    ((("Menteri Pertahanan Rusia Sergei Shoigu", "PER"), ("Rusia", "LOC")), ["Shoigu"]),  # inside a span: not
    ((("Shoigu", "PER"),), []),  # a one-word name gives no surname
])
def test_pipeline_context_marks_bare_surnames_outside_mentions(names: tuple[tuple[str, str], ...],
                                                                bare: list[str]) -> None:
    article = _named(NAMES, *names)
    context = build(article)
    found = [article.span_text(m) for m in context.mentions if m not in article.entities]
    assert found == bare


def test_pipeline_context_words_come_from_the_segment_tokens() -> None:
    context = build(_named(NAMES))
    assert [w.lower for w in context.words_in(NAMES.index("Selasa"), NAMES.index("."))] == [
        "selasa", "10", "9", "2019"]
    assert context.sentence(NAMES.index("Shoigu bertemu")) == (NAMES.index("Shoigu bertemu"), len(NAMES))
