"""Extractive Indonesian briefings: redundancy-aware sentence selection (MMR over stems).

Sentences are compared as sets of Sastrawi stems, so "bertemu" and "pertemuan" count as
one word; a sentence is chosen for covering the frequent stems of the set and penalised
for repeating what an already chosen sentence says.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from ..model import Article
from ..stemming import stems
from .model import Entry

REDUNDANCY = 0.7  # weight of the overlap with chosen sentences
SUMMARY_CHARS = 220
STORY_SENTENCES = 3
LEAD_SENTENCES = 3  # per article, candidates for the story briefing


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def select(sentences: Sequence[str], *, k: int) -> list[int]:
    """Indices of up to ``k`` sentences, in the order chosen (most central first)."""
    bags = [set(stems(s)) for s in sentences]
    weight = Counter(stem for bag in bags for stem in bag)
    chosen: list[int] = []
    while len(chosen) < min(k, len(bags)):
        def score(i: int) -> float:
            relevance = sum(weight[s] for s in bags[i]) / (len(bags[i]) ** 0.5 or 1)
            repeat = max((_overlap(bags[i], bags[j]) for j in chosen), default=0.0)
            return relevance / max(weight.total(), 1) - REDUNDANCY * repeat
        chosen.append(max((i for i in range(len(bags)) if i not in chosen), key=score))
    return chosen


def one_line(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= SUMMARY_CHARS else line[:SUMMARY_CHARS - 1].rsplit(" ", 1)[0] + "…"


def entry_summary(entry: Entry, articles: Mapping[str, Article]) -> str:
    """The most central of the sentences that date the event (all evidence sentences if none does)."""
    evidence = [e for e in entry.evidence if e.anchored] or entry.evidence
    spans = list(dict.fromkeys((e.article_id, e.start, e.end) for e in evidence if e.article_id in articles))
    sentences = [articles[a].text[s:e] for a, s, e in spans]
    return one_line(sentences[select(sentences, k=1)[0]]) if sentences else ""


def attributed(article: Article, start: int, end: int) -> str:
    """The sentence, with the speaker named when it holds a quote attributed by a pronoun cue."""
    sentence = " ".join(article.text[start:end].split())
    for q in article.quotes:
        if start <= q.start < end and q.speaker and q.speaker not in sentence:
            return f"{sentence} ({q.speaker})"
    return sentence


def story_briefing(articles: Sequence[Article]) -> str:
    spans = [(a, s.start, s.end) for a in articles for s in a.sentences[:LEAD_SENTENCES]]
    texts = [a.text[s:e] for a, s, e in spans]
    picked = sorted(select(texts, k=STORY_SENTENCES), key=lambda i: (spans[i][0].published or "", i))
    return " ".join(attributed(*spans[i]) for i in picked)
