"""Property tests: mention and role spans slice the text and never cross a sentence boundary."""
from __future__ import annotations

from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from linimasa import entities, segment
from linimasa.model import Article
from linimasa.settings import Settings

WORDS = ["Kim", "Jong-un", "Presiden", "Rusia", "Vladimir", "Putin", "di", "Pyongyang", "kata", "Menteri",
         "Pertahanan", "Sergei", "Shoigu", "Korut", "AS", ".", ",", "\n", "SEOUL", "-", "Gedung", "Putih",
         "bertemu", "dengan", "Partai", "Komunis", "China", '"', "yang", "Jl.", "KCNA", "DK", "PBB"]


def annotate(text: str) -> Article:
    settings = Settings()
    return entities.run(segment.run(Article(id="p", source="p", text=text), settings), settings)


@hsettings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40))
def test_entities_spans_inside_sentences(words: list[str]) -> None:
    text = " ".join(words)
    art = annotate(text)
    for span in [*art.entities, *art.roles]:
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start:span.end] == text[span.start:span.end].strip()
        assert any(s.start <= span.start and span.end <= s.end for s in art.sentences)
    assert all(m.label in ("PER", "ORG", "LOC") and m.entity_id and m.name for m in art.entities)


@hsettings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=200))
def test_segment_spans_slice_any_text(text: str) -> None:
    art = segment.run(Article(id="p", source="p", text=text), Settings())
    ends = [0]
    for sent in art.sentences:
        assert sent.start >= ends[-1] and sent.end > sent.start
        ends.append(sent.end)
    for tok in art.tokens:
        assert text[tok.start:tok.end] and not text[tok.start:tok.end].isspace()
