"""The shipped model reproduces the F1 recorded when it was trained, and tags seed-style text."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from linimasa import entities, segment
from linimasa.entities import features, ner
from linimasa.entities.evaluate import score_file
from linimasa.entities.features import Lexicons
from linimasa.entities.mentions import sentence_tokens
from linimasa.entities.ner import RESOURCES
from linimasa.entities.probe import feature_fingerprint, probe_sentences
from linimasa.model import Article
from linimasa.settings import Settings

SUBSET = Path(__file__).parent / "data" / "ner_subset.conll"
SEEDS = Path(__file__).resolve().parents[1] / "examples" / "seeds"


def test_entities_model_was_trained_with_these_features() -> None:
    """The features of the probe sentences changed since training: run `make model` (the figures move, see docs)."""
    assert json.loads((RESOURCES / "metrics.json").read_text())["training"]["features"] == feature_fingerprint(
        ner.lexicons())


@pytest.mark.parametrize("change", ["no gazetteer", "no clusters", "a title dropped", "a place cue added"])
def test_entities_probe_sees_feature_changes(change: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """What the features compute, not the bytes of their code: each change moves the fingerprint."""
    lex = ner.lexicons()
    before = feature_fingerprint(lex)
    if change == "no gazetteer":
        lex = Lexicons(clusters=lex.clusters)
    elif change == "no clusters":
        lex = Lexicons(gazetteer=lex.gazetteer)
    elif change == "a title dropped":
        monkeypatch.setattr(features, "PERSON_TITLES", features.PERSON_TITLES - {"jaksa"})
    else:  # as an edit of lang/id/titles.py would: the list and the cue words both grow
        monkeypatch.setattr(features, "PLACE_CUES", features.PLACE_CUES | {"tepi"})
        monkeypatch.setattr(features, "CUE_WORDS", features.CUE_WORDS | {"tepi"})
    assert feature_fingerprint(lex) != before


@pytest.mark.parametrize("words", [
    *probe_sentences()[:3],
    ["Kim"],  # one word: every neighbour is a pad
    ["kata", "Lukin", "."],
    [],
])
def test_entities_features_same_whatever_the_word_cache_holds(words: list[str], monkeypatch: pytest.MonkeyPatch
                                                               ) -> None:
    """Per-word parts are cached per lexicon: a cold, a warm and a constantly emptied cache compute the same."""
    shipped = ner.lexicons()
    cold = features.sentence_features(words, Lexicons(clusters=shipped.clusters, gazetteer=shipped.gazetteer))
    assert features.sentence_features(words, shipped) == cold
    monkeypatch.setattr(features, "CACHED_WORDS", 0)
    assert features.sentence_features(words, shipped) == cold
    assert features.sentence_features(words, shipped) == cold


def test_entities_model_attributes_are_the_taggers() -> None:
    """The attribute names read from the model file are those crfsuite itself reports (its slow text dump)."""
    assert ner.model_attributes(RESOURCES / "model.crfsuite") == {a for a, _ in ner.tagger().info().state_features}


@pytest.mark.parametrize("seed", sorted(p.name for p in SEEDS.glob("*.txt")))
def test_entities_model_tags_alike_without_unweighed_features(seed: str) -> None:
    """Leaving out the features the model has no weight for changes no label (crfsuite skips them)."""
    text = (SEEDS / seed).read_text(encoding="utf-8")
    sentences = [[text[t.start:t.end] for t in tokens] for tokens in sentence_tokens(segment.run(
        Article(id="t", source="t", text=text), Settings()))]
    full = [ner.tagger().tag(features.sentence_features(words, ner.lexicons())) if words else []
            for words in sentences]
    assert [ner.tag(words) for words in sentences] == full
    assert any(label != "O" for labels in full for label in labels)


def test_entities_model_reproduces_recorded_f1() -> None:
    recorded = json.loads((RESOURCES / "metrics.json").read_text())["subset"]["ner_f1"]
    assert score_file(SUBSET)["ner_f1"] == pytest.approx(recorded, abs=0.005)


def annotate(text: str, published: str | None = None) -> Article:
    settings = Settings()
    art = Article(id="t", source="t", text=text, published=published)
    return entities.run(segment.run(art, settings), settings)


@pytest.mark.parametrize("text, mention, label, name", [
    ("SEOUL - Menteri pertahanan Rusia Sergei Shoigu menemani Kim Jong-un.", "SEOUL", "LOC", "Seoul"),
    ("REPUBLIKA.CO.ID, PYONGYANG -- Pemimpin Korut bertemu Shoigu.", "REPUBLIKA.CO.ID", "ORG", "Republika"),
    ("REPUBLIKA.CO.ID, PYONGYANG -- Pemimpin Korut bertemu Shoigu.", "PYONGYANG", "LOC", "Pyongyang"),
    ("Media pemerintah DPRK melaporkan hal itu.", "DPRK", "LOC", "Korea Utara"),
    ("Foto yang diterbitkan oleh KCNA menunjukkan Kim.", "KCNA", "ORG", "KCNA"),
])
def test_entities_rules_find_mentions(text: str, mention: str, label: str, name: str) -> None:
    found = {(text[m.start:m.end], m.label, m.name) for m in annotate(text).entities}
    assert (mention, label, name) in found


def test_entities_role_with_date() -> None:
    text = "Menteri Pertahanan Rusia Sergei Shoigu tiba di Pyongyang."
    art = annotate(text, published="2023-07-27T10:00+07:00")
    roles = [(r.title, r.date) for r in art.roles]
    assert ("Menteri Pertahanan Rusia", "2023-07-27") in roles
    shoigu = next(m for m in art.entities if m.name == "Sergei Shoigu")
    assert {r.entity_id for r in art.roles} == {shoigu.entity_id}


@pytest.mark.parametrize("text", ["Ia datang bersama suami saya Budi Santoso kemarin.",
                                  "Pelatih memuji anak asuhan Indra Sjafri itu."])
def test_entities_relation_is_not_a_role(text: str) -> None:
    assert [r.title for r in annotate(text).roles] == []


@pytest.mark.parametrize("text, mention, name", [
    ("Pasukan Amerika Serikat (AS) tiba di Seoul.", "(AS)", "Amerika Serikat"),
    ("Pasukan Amerika Serikat (AS), kata dia.", "AS", "Amerika Serikat"),
    ("Pasukan Amerika Serikat ( AS ) tiba di Seoul.", "AS", "Amerika Serikat"),
])
def test_entities_bracketed_acronym_is_one_word(text: str, mention: str, name: str) -> None:
    """A mention never ends inside a whitespace-delimited word; the name drops the brackets."""
    found = {(text[m.start:m.end], m.name) for m in annotate(text).entities}
    assert (mention, name) in found
