"""Mention spans: the CRF's output per sentence, mended by rules a news system knows.

Rules: split a fused span whose head is a known place or body (``Gedung Putih John Kirby``),
add exact alias-table names the model missed (``DPRK``, ``KCNA``), read all-caps datelines
(``SEOUL -``, ``REPUBLIKA.CO.ID, PYONGYANG --``), then let the context cues of ``cues`` add
or widen organisations and people.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ..lang.id.names import NEVER_NAMES
from ..lang.id.outlets import canonical_outlet
from ..lang.id.titles import EVENT_NAME_HEADS, PERSON_TITLES
from ..model import Article, Label, Token, as_label
from . import cues, ner
from .cues import known_label
from .truecase import restore_case

DASHES = frozenset({"-", "--", "–", "—", ","})


@dataclass(frozen=True, slots=True)
class Span:
    """A mention as a word range ``[first, last)`` of one sentence's tokens."""

    first: int
    last: int
    label: Label


def sentence_tokens(article: Article) -> Iterator[list[Token]]:
    starts = [t.start for t in article.tokens]
    for sent in article.sentences:
        lo = bisect_left(starts, sent.start)
        hi = bisect_left(starts, sent.end, lo)
        yield list(article.tokens[lo:hi])


def split_fused(span: Span, words: list[str]) -> list[Span]:
    """``Rusia Sergei Shoigu`` -> LOC + PER, ``Korut KCNA`` -> LOC + ORG: a known head, then a
    known name or a capitalised one (a person)."""
    if span.last - span.first < 2:
        return [span]
    for cut in range(span.last - 1, span.first, -1):
        head, tail = known_label(words[span.first:cut]), words[cut:span.last]
        rest = known_label(tail) or ("PER" if len(tail) > 1 and all(w[:1].isupper() for w in tail) else None)
        if head and rest:
            return [Span(span.first, cut, as_label(head)), Span(cut, span.last, as_label(rest))]
    return [span]


Lookup = Callable[[list[str]], "str | None"]


def lookup_spans(words: list[str], spans: list[Span], lookup: Lookup, *, widen: bool) -> list[tuple[int, int, str]]:
    """Capitalised phrases (up to five words, longest first) that ``lookup`` labels, on words no
    mention covers; with ``widen`` also over mentions they wholly contain (``DK PBB`` over the
    model's ``PBB``), but never over a person."""
    out, i = [], 0
    while i < len(words):
        if not words[i][:1].isupper():  # before the spans are scanned: most words are lower-case
            i += 1
            continue
        longest = min(5, len(words) - i)
        near = [s for s in spans if s.first < i + longest and i < s.last]  # only these can clash below
        for n in range(longest, 0, -1):
            clash = bool(near) and any(s.first < i + n and (
                not widen or s.label == "PER" or s.first < i or s.last > i + n) for s in near)
            label = not clash and lookup(words[i:i + n])
            if label:
                out.append((i, i + n, label))
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
        spans = [s for s in spans if s.last <= i or s.first >= j] + [Span(i, j, as_label(label))]
    return spans


def model_spans(words: list[str]) -> list[Span]:
    spans = [s for i, j, lab in ner.bio_spans(ner.tag(words)) for s in split_fused(Span(i, j, as_label(lab)), words)]
    return [Span(cues.trim_title(words, s.first, s.last), s.last, s.label) if s.label == "PER" else s for s in spans]


def sentence_spans(words: list[str], opens_paragraph: bool) -> list[Span]:
    spans = model_spans(words)
    if opens_paragraph:
        dateline = dateline_spans(words)
        spans = dateline + [s for s in spans if s.first >= (dateline[-1].last if dateline else 0)]
    spans = _merge(spans, lookup_spans(words, spans, known_label, widen=True))
    spans = _merge(spans, cues.organisations(words, _labels(spans)))
    spans = _merge(spans, cues.tailed_organisations(words, _labels(spans)))
    taken = _labels(spans)
    people = [*cues.after_title(words, taken), *cues.apposition(words, taken), *cues.byline(words, taken)]
    spans = [s for s in _merge(spans, people) if not (s.first and words[s.first - 1] in EVENT_NAME_HEADS)]
    return sorted((m for s in spans if (m := _mended(s, words[s.first:s.last]))), key=lambda s: s.first)


def _mended(span: Span, phrase: list[str]) -> Span | None:
    """No span for a lone pronoun or weekday; a news outlet (``dihubungi Okezone``) is an organisation."""
    if len(phrase) == 1 and phrase[0].lower() in NEVER_NAMES:
        return None
    if span.label == "PER" and canonical_outlet(" ".join(phrase)):
        return Span(span.first, span.last, "ORG")
    return span


def document_names(spans_by_sentence: list[tuple[list[str], list[Span]]]) -> dict[str, str]:
    """Names found somewhere in the document: each full name, and each person's first and last word."""
    names: dict[str, str] = {}
    for words, spans in spans_by_sentence:
        for s in spans:
            parts = words[s.first:s.last]
            if len(parts) > 1 and s.label == "PER":
                names.setdefault(parts[0], "PER")
                names.setdefault(parts[-1], "PER")
            if len(parts) > 1 or s.label == "PER":
                names[" ".join(parts)] = s.label
    return {n: label for n, label in names.items() if n.lower() not in PERSON_TITLES and len(n) > 1}


def _bracketed(text: str, start: int, end: int) -> tuple[int, int]:
    """The span widened to its brackets when they wrap it as one word (``(PKS)``): a mention never
    ends inside a whitespace-delimited word, which is how corpora tokenise such acronyms."""
    opens = start > 0 and text[start - 1] == "(" and (start == 1 or text[start - 2].isspace())
    closes = text[end:end + 1] == ")" and (end + 1 == len(text) or text[end + 1].isspace())
    return (start - 1, end + 1) if opens and closes else (start, end)


def mention_spans(article: Article) -> list[tuple[int, int, Label]]:
    """(start, end, label) character spans of every mention, in text order.

    A second pass labels the words the first one left alone but that the document names
    elsewhere (``Shoigu`` after ``Sergei Shoigu``). Sentences without any capital, or all in capitals, are truecased
    first.
    """
    text, found = article.text, []
    for tokens in sentence_tokens(article):
        words = restore_case([text[t.start:t.end] for t in tokens])
        opens = not tokens or tokens[0].start == 0 or text[tokens[0].start - 1] == "\n"
        found.append((tokens, words, sentence_spans(words, opens)))
    names = document_names([(words, spans) for _, words, spans in found])
    out = []
    for tokens, words, spans in found:
        spans = _merge(spans, lookup_spans(words, spans, lambda ws: names.get(" ".join(ws)), widen=False))
        out += [(*_bracketed(text, tokens[s.first].start, tokens[s.last - 1].end), s.label)
                for s in sorted(spans, key=lambda s: s.first)]
    return out
