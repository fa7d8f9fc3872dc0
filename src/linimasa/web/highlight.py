"""displaCy-style markup as data: the article text cut at every annotation boundary.

Overlapping layers (an entity inside a quote, a warning on a timex) are handled by cutting the text
into elementary segments, each carrying the set of annotations that cover it; templates escape the text.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from ..model import Article


@dataclass(frozen=True, slots=True)
class Mark:
    start: int
    end: int
    kind: str  # timex, ent, quote, warn
    label: str
    title: str = ""
    href: str = ""


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    classes: tuple[str, ...] = ()
    title: str = ""
    tags: tuple[Mark, ...] = ()  # annotations that end here: their label badge follows the text


def marks(article: Article) -> list[Mark]:
    found = [Mark(t.start, t.end, "timex", t.type, t.value) for t in article.timexes]
    found += [Mark(m.start, m.end, "ent", m.label, m.name, f"/entities/{m.entity_id}" if m.entity_id else "")
              for m in article.entities]
    found += [Mark(q.start, q.end, "quote", q.speaker or "?", q.cue) for q in article.quotes]
    found += [Mark(w.start, w.end, "warn", w.code, w.message) for w in article.warnings]
    return found


def segments(text: str, found: list[Mark]) -> list[Segment]:
    valid = [m for m in found if 0 <= m.start < m.end <= len(text)]
    cuts = sorted({0, len(text), *(m.start for m in valid), *(m.end for m in valid)})
    out = []
    for a, b in pairwise(cuts):
        covering = [m for m in valid if m.start <= a and b <= m.end]
        classes = sorted({m.kind for m in covering} | {f"{m.kind}-{m.label}" for m in covering if m.kind == "ent"})
        title = "; ".join(f"{m.label}: {m.title}" if m.title else m.label for m in covering)
        tags = tuple(m for m in covering if m.end == b)
        out.append(Segment(text[a:b], tuple(classes), title, tags))
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
