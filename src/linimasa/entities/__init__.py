"""The entities stage (placeholder until its owner lands it: passes the article through)."""
from __future__ import annotations

from ..model import Article
from ..settings import Settings


def run(article: Article, settings: Settings) -> Article:
    return article
