"""Mention spans: the CRF's output per sentence, mended by rules a news system knows.

Rules: split a fused span whose head is a known place or body (``Gedung Putih John Kirby``),
add exact alias-table names the model missed (``DPRK``, ``KCNA``), read all-caps datelines
(``SEOUL -``, ``REPUBLIKA.CO.ID, PYONGYANG --``), then let the context cues of ``cues`` add
or widen organisations and people.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass

from ..model import Article, Token
from . import cues, ner
from .cues import known_label
from .resolve import alias_table, key

DASHES = frozenset({"-", "--", "–", "—", ","})


@dataclass(frozen=True, slots=True)
class Span:
    """A mention as a word range ``[first, last)`` of one sentence's tokens."""

    first: int
    last: int
    label: str


def sentence_tokens(article: Article) -> Iterator[list[Token]]:
    starts = [t.start for t in article.tokens]
    for sent in article.sentences:
        lo = bisect_left(starts, sent.start)
        hi = bisect_left(starts, sent.end, lo)
        yield list(article.tokens[lo:hi])


def split_fused(span: Span, words: list[str]) -> list[Span]:
    """``Rusia Sergei Shoigu`` -> LOC + PER when the head is known and a capitalised name follows."""
    if span.last - span.first < 3:
        return [span]
    for cut in range(span.last - 2, span.first, -1):
        head = known_label(words[span.first:cut])
        if head and all(w[:1].isupper() for w in words[cut:span.last]):
            return [Span(span.first, cut, head), Span(cut, span.last, "PER")]
    return [span]


def alias_spans(words: list[str], taken: set[int]) -> list[Span]:
    """Exact, capitalised alias-table names (up to five words) on words no mention covers."""
    out, i = [], 0
    while i < len(words):
        for n in range(min(5, len(words) - i), 0, -1):
            span = range(i, i + n)
            entity = words[i][:1].isupper() and not taken.intersection(span) and alias_table().get(
                key(" ".join(words[i:i + n])))
            if entity:
                out.append(Span(i, i + n, entity.label))
                i += n - 1
                break
        i += 1
    return out


def dateline_spans(words: list[str]) -> list[Span]:
    """All-caps place (or media site) names opening a paragraph, before a dash or comma."""
    out = []
    for i, word in enumerate(words[:4]):
        if word in DASHES:
            continue
        if not (word.isupper() and len(word) > 1 and i + 1 < len(words) and words[i + 1] in DASHES):
            break
        out.append(Span(i, i + 1, "ORG" if "." in word else "LOC"))
    return out


def _labels(spans: list[Span]) -> dict[int, str]:
    return {k: s.label for s in spans for k in range(s.first, s.last)}


def _merge(spans: list[Span], found: list[tuple[int, int, str]]) -> list[Span]:
    """Cue spans replace the spans they overlap."""
    for i, j, label in found:
        spans = [s for s in spans if s.last <= i or s.first >= j] + [Span(i, j, label)]
    return spans


def sentence_spans(words: list[str], opens_paragraph: bool) -> list[Span]:
    spans = [s for i, j, lab in ner.bio_spans(ner.tag(words)) for s in split_fused(Span(i, j, lab), words)]
    if opens_paragraph:
        dateline = dateline_spans(words)
        spans = dateline + [s for s in spans if s.first >= (dateline[-1].last if dateline else 0)]
    spans += alias_spans(words, set(_labels(spans)))
    spans = _merge(spans, cues.organisations(words, _labels(spans)))
    taken = _labels(spans)
    people = [*cues.after_title(words, taken), *cues.apposition(words, taken), *cues.byline(words, taken)]
    return sorted(_merge(spans, people), key=lambda s: s.first)


def mention_spans(article: Article) -> list[tuple[int, int, str]]:
    """(start, end, label) character spans of every mention, in text order."""
    text, out = article.text, []
    for tokens in sentence_tokens(article):
        words = [text[t.start:t.end] for t in tokens]
        opens = not tokens or tokens[0].start == 0 or text[tokens[0].start - 1] == "\n"
        out += [(tokens[s.first].start, tokens[s.last - 1].end, s.label) for s in sentence_spans(words, opens)]
    return out
