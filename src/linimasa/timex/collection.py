"""Publication dates across a collection: an article whose text fixes no year takes the collection's.

Scraped news often dates its report with a weekday and a day but no year ("Kamis (19/9)"), or names only
other years (a "Piala Dunia 2022" qualifier played in 2019), so the year its publication date was inferred
with is a guess: 2024 for "Selasa (10/9)" in a piece that names 2022. Articles published together are about
the same years; the year most of the others carry (from metadata, or written in their text) is a better guess,
so those articles are annotated again with it.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from ..model import Article
from ..settings import Settings

YEAR = re.compile(r"^\d{4}")


def _year(article: Article) -> int | None:
    found = YEAR.match(article.published or "")
    return int(found.group()) if found else None


def _trusted(article: Article) -> bool:
    """Published per metadata, or in a year the text writes out."""
    year = _year(article)
    if year is None:
        return False
    return not article.published_inferred or re.search(rf"(?<!\d){year}(?!\d)", article.text) is not None


def year_of(articles: Sequence[Article]) -> int | None:
    """The year most articles are published in, by their metadata or their text."""
    years = Counter(_year(a) for a in articles if _trusted(a))
    return years.most_common(1)[0][0] if years else None


def redate(articles: Sequence[Article], settings: Settings) -> list[Article]:
    """``articles``, those whose publication year is a guess annotated again with the collection's year."""
    from ..pipeline import annotate_article

    year = year_of(articles)
    if year is None or settings.dct:
        return list(articles)
    again = settings.updated(year=year)
    return [a if _trusted(a) else annotate_article(a.with_(published=None, published_inferred=False), again)
            for a in articles]
