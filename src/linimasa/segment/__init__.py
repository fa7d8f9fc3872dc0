"""The segment stage: sentences and tokens as spans into the article text.

``split_sentences(text)`` and ``tokenize(text, start, end)`` are the pure functions other
stages use; ``run`` fills ``article.sentences`` and ``article.tokens``.
"""
from __future__ import annotations

from ..model import Article
from ..pipeline import stage
from ..settings import Settings
from .sentences import segment, split_sentences, split_tokens
from .tokens import tokenize

__all__ = ["run", "segment", "split_sentences", "split_tokens", "tokenize"]


@stage(assigns=("sentences", "tokens"))
def run(article: Article, settings: Settings) -> Article:
    sentences, tokens = segment(article.text)
    return article.with_(sentences=tuple(sentences), tokens=tuple(tokens))
