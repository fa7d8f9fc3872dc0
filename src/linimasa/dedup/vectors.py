"""Sparse article vectors for story clustering: TF-IDF over Sastrawi stems, plus entity (or name) features.

News states what it is about in the headline and the lead (the inverted pyramid), so their words weigh more
than the same words further down. Entities say who an article is about better than any word; when the entity
layer is missing, runs of capitalised words stand in for them.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from datetime import date
from functools import lru_cache

from ..model import Article
from .text import words
from .vocab import vocabulary

Vector = dict[str, float]

_NAME = re.compile(r"\b[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*")
_STOP_SHARE = 0.25  # stems in more than a quarter of all news articles carry no topic
_UNKNOWN_NAME_IDF = 8.0  # a name with no word in the background vocabulary is rare
_TITLE_BOOST = 2.0  # a headline word weighs three times as much: the headline names the story
_LEAD_BOOST = 1.0  # a word of the lead twice as much
LEAD_CHARS = 250  # the lead: the first sentence or two (scraped text may have lost the headline into it)
_MAX_TERMS = 60  # the heaviest terms carry the topic; the tail costs time in every comparison


def article_vector(article: Article) -> Vector:
    title = set(words(article.title or ""))
    lead = set(words(lead_text(article.text)))
    counts = Counter(words(article.text))
    counts.update(title)
    terms: Counter[str] = Counter()
    idfs: dict[str, float] = {}
    for word, n in counts.items():  # stem each distinct word once
        found = _topic_term(word)
        if found is not None:
            terms[found[0]] += n
            idfs[found[0]] = found[1]
    weights = {term: (1 + math.log(n)) * idfs[term] for term, n in terms.items()}
    for term, boost in _boosts(title, lead).items():
        if term in weights:  # always, unless folding splits a word differently in the cut lead
            weights[term] *= boost
    weights.update(_entity_features(article))
    top = sorted(weights.items(), key=lambda kv: kv[1], reverse=True)[:_MAX_TERMS]
    return unit(dict(top))


def lead_text(text: str) -> str:
    """The first ``LEAD_CHARS`` characters, cut at a space so that no word is left half."""
    if len(text) <= LEAD_CHARS:
        return text
    cut = text.rfind(" ", 0, LEAD_CHARS + 1)
    return text[:cut] if cut > 0 else text[:LEAD_CHARS]


def _boosts(title: set[str], lead: set[str]) -> dict[str, float]:
    """Weight factor of each term of the headline and the lead (the strongest of its words)."""
    boosts: dict[str, float] = {}
    for word in title | lead:
        found = _topic_term(word)
        if found is not None:
            boost = 1 + _TITLE_BOOST * (word in title) + _LEAD_BOOST * (word in lead)
            boosts[found[0]] = max(boosts.get(found[0], 1.0), boost)
    return boosts


@lru_cache(maxsize=1 << 17)  # news reuses its words: most look-ups hit
def _topic_term(word: str) -> tuple[str, float] | None:
    """The term ``word`` counts under and its IDF; None when it carries no topic (short, a number, a stop stem)."""
    if len(word) <= 2 or word.isdigit():
        return None
    vocab = vocabulary()
    stem = vocab.stem(word)
    return (f"t:{stem}", vocab.stem_idf(stem)) if vocab.stem_df.get(stem, 1) <= _STOP_SHARE * vocab.n_docs else None


def _entity_features(article: Article) -> Vector:
    """One feature per entity, weighted by the IDF of its most telling name word (Shoigu over Indonesia);
    a mention in the lead counts twice."""
    if article.entities:
        found = [(m.entity_id or article.span_text(m).casefold(), m.name or article.span_text(m), m.start)
                 for m in article.entities]
    else:
        found = [(m.group().casefold(), m.group(), m.start()) for m in _NAME.finditer(article.text)
                 if len(m.group()) > 3]
    counts: dict[str, float] = {}
    for key, _, start in found:
        counts[key] = counts.get(key, 0.0) + 1 + _LEAD_BOOST * (start < LEAD_CHARS)
    names = {key: name for key, name, _ in found}
    return {f"e:{key}": _name_idf(names[key]) * (1 + math.log(n)) for key, n in counts.items()}


@lru_cache(maxsize=1 << 16)  # the same names recur across articles
def _name_idf(name: str) -> float:
    vocab = vocabulary()
    return max((vocab.idf(w) for w in words(name)), default=_UNKNOWN_NAME_IDF)


def main_terms(vector: Vector, *, top: int, min_idf: float) -> frozenset[str]:
    """What an article is mainly about: its heaviest word terms, less those too common to tell one story from
    another (the president, the parliament: in more than about one article in ``e ** min_idf``)."""
    vocab = vocabulary()
    heaviest = sorted(vector, key=vector.__getitem__, reverse=True)[:top]
    return frozenset(t for t in heaviest if t.startswith("t:") and vocab.stem_idf(t[2:]) >= min_idf)


def unit(weights: Vector) -> Vector:
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {k: w / norm for k, w in weights.items()}


def cosine(a: Vector, b: Vector) -> float:
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    # in the smaller vector's order, not a set's: the sum must come out the same, bit for bit, in every process
    return sum(w * large[k] for k, w in small.items() if k in large)


def publication_day(article: Article) -> int | None:
    """The day the article was published (given, or inferred from its text by the pipeline), else None."""
    try:
        return date.fromisoformat((article.published or "")[:10]).toordinal()
    except ValueError:
        return None


def article_day(article: Article) -> int | None:
    """Publication day, else the most frequent fully specified date the article mentions."""
    mentioned = Counter(t.value[:10] for t in article.timexes if len(t.value) >= 10 and t.value[4] == "-")
    for candidate in [article.published or "", *(d for d, _ in mentioned.most_common())]:
        try:
            return date.fromisoformat(candidate[:10]).toordinal()
        except ValueError:
            continue
    return None
