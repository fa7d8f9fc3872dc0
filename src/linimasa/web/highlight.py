"""displaCy-style markup as data: the article text cut at every annotation boundary.

Overlapping layers (an entity inside a quote, a warning on a timex) are handled by cutting the text
into elementary segments, each carrying the set of annotations that cover it; templates escape the text.
Sentences are cut the same way and numbered from 1 (``#s-12``), so evidence links can point at one.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from ..model import Article, Sentence


@dataclass(frozen=True, slots=True)
class Mark:
    start: int
    end: int
    kind: str  # timex, ent, quote, warn, trigger
    label: str
    title: str = ""
    href: str = ""


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    classes: tuple[str, ...] = ()
    title: str = ""
    tags: tuple[Mark, ...] = ()  # annotations that end here: their label badge follows the text
    marks: tuple[Mark, ...] = ()  # every annotation covering the segment


def marks(article: Article) -> list[Mark]:
    found = [Mark(t.start, t.end, "timex", t.type, t.value) for t in article.timexes]
    found += [Mark(m.start, m.end, "ent", m.label, m.name, f"/entities/{m.entity_id}" if m.entity_id else "")
              for m in article.entities]
    found += [Mark(q.start, q.end, "quote", q.speaker or "?", q.cue) for q in article.quotes]
    found += [Mark(w.start, w.end, "warn", w.code, w.message) for w in article.warnings]
    found += [Mark(e.trigger_start, e.trigger_end, "trigger", e.type) for e in article.events]
    return found


@dataclass(frozen=True, slots=True)
class Block:
    """A run of segments: one sentence (``number`` from 1) or the text between two sentences (``number`` 0)."""

    number: int
    segments: tuple[Segment, ...]


def anchor(sentences: Sequence[tuple[int, int]], offset: int) -> str:
    """The fragment of the sentence holding ``offset`` (``s-12``), or "" when none does."""
    at = bisect_right([start for start, _ in sentences], offset) - 1
    return f"s-{at + 1}" if at >= 0 and offset < sentences[at][1] else ""


def blocks(text: str, sentences: Sequence[Sentence], found: list[Mark]) -> list[Block]:
    """The text as sentences and the gaps between them, each cut into annotated segments."""
    spans = sorted((s.start, s.end) for s in sentences if 0 <= s.start < s.end <= len(text))
    bounds = [Mark(start, end, "sentence", str(n)) for n, (start, end) in enumerate(spans, start=1)]
    out: list[Block] = []
    for segment in segments(text, found + bounds):
        number = next((int(m.label) for m in segment.marks if m.kind == "sentence"), 0)
        if out and out[-1].number == number and number:
            out[-1] = Block(number, (*out[-1].segments, segment))
        else:
            out.append(Block(number, (segment,)))
    return out


def segments(text: str, found: list[Mark]) -> list[Segment]:
    valid = [m for m in found if 0 <= m.start < m.end <= len(text)]
    cuts = sorted({0, len(text), *(m.start for m in valid), *(m.end for m in valid)})
    out = []
    for a, b in pairwise(cuts):
        covering = [m for m in valid if m.start <= a and b <= m.end]
        shown = [m for m in covering if m.kind != "sentence"]
        classes = sorted({m.kind for m in shown} | {f"{m.kind}-{m.label}" for m in shown if m.kind == "ent"})
        title = "; ".join(f"{m.label}: {m.title}" if m.title else m.label for m in shown if m.kind != "trigger")
        tags = tuple(m for m in shown if m.end == b and m.kind != "trigger")
        out.append(Segment(text[a:b], tuple(classes), title, tags, tuple(covering)))
    return out


def snippet_pieces(snippet: str, highlights: tuple[tuple[int, int], ...]) -> list[tuple[str, bool]]:
    """A search snippet as (text, is_hit) pieces."""
    pieces, at = [], 0
    for start, end in sorted(highlights):
        if start < at or end > len(snippet):
            continue
        pieces += [(snippet[at:start], False), (snippet[start:end], True)]
        at = end
    pieces.append((snippet[at:], False))
    return [p for p in pieces if p[0]]
