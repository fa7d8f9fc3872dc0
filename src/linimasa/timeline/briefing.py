"""Extractive Indonesian briefings: redundancy-aware sentence selection (MMR over stems).

Sentences are compared as sets of Sastrawi stems, so "bertemu" and "pertemuan" count as
one word; a sentence is chosen for covering the frequent stems of the set and penalised
for repeating what an already chosen sentence says.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from ..model import Article
from ..stemming import stems
from .model import Entry

REDUNDANCY = 0.7  # weight of the overlap with chosen sentences
SEMICOLON = re.compile(r";")
# Openers that tie a sentence to the one before; a summary stands alone.
CONNECTIVE = re.compile(r"^(?:Sebelumnya|Namun|Diberitakan sebelumnya|Seperti diberitakan|Selain itu|Sementara itu|"
                        r"Adapun|Kemudian|Lalu|Padahal|Di sisi lain|Diketahui|Sedangkan|Bahkan|Dengan demikian)"
                        r"\s*,?\s+", re.IGNORECASE)
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


def clause(text: str, start: int, end: int, trigger: int) -> str:
    """The part of a sentence that states its event: the ``;`` part holding the trigger, without the connective
    that ties it to the previous sentence ("Sebelumnya, …") or the glue of a scraped paragraph join (".,")."""
    parts = list(SEMICOLON.finditer(text, start, end))
    start = max([m.end() for m in parts if m.end() <= trigger], default=start)
    end = min([m.start() for m in parts if m.start() >= trigger], default=end)
    line = CONNECTIVE.sub("", " ".join(text[start:end].split()), count=1)
    line = line.rstrip(" ,.;¬†") + "."
    return line[0].upper() + line[1:]


def entry_summary(entry: Entry, articles: Mapping[str, Article]) -> str:
    """One sentence stating the event: the clause of the most central evidence sentence, preferring sentences that
    date it (all evidence sentences if none does). The evidence spans stay on the entry for the link."""
    evidence = [e for e in entry.evidence if e.anchored] or entry.evidence
    spans = list(dict.fromkeys((e.article_id, e.start, e.end, e.trigger_start) for e in evidence
                               if e.article_id in articles))
    if not spans:
        return ""
    clauses = [clause(articles[a].text, s, e, t) for a, s, e, t in spans]
    return one_line(clauses[select(clauses, k=1)[0]])


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
