"""linimasa: Indonesian news articles to a sourced, deduplicated, entity-linked event timeline.

The library surface is small::

    import linimasa
    article = linimasa.annotate("SEOUL - Kim Jong-un bertemu ...", published="2023-07-26")
    with linimasa.open("news.db") as collection:
        collection.ingest(["articles/"])
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .collection import Collection
    from .model import Article

__all__ = ["annotate", "open"]


def annotate(text: str, *, published: str | None = None, title: str | None = None, source: str = "<text>",
             clean: bool = True) -> Article:
    """Clean and annotate one article text; returns the frozen Article with every layer filled."""
    from .clean import clean as clean_record
    from .model import Record
    from .pipeline import annotate_article
    from .settings import load

    settings = load(dct=published, clean=clean)
    article = clean_record(Record(source=source, body=text, title=title, published=published), settings)
    return annotate_article(article, settings)


def open(database: str = "linimasa.db", **options: Any) -> Collection:
    """Open (or create) a collection stored at ``database`` (a path or a postgresql:// URL)."""
    from .collection import Collection
    from .settings import load

    return Collection(load(database=database, **options))
