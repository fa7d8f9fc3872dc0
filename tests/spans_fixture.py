"""Build annotated articles for the quotes, events and timeline tables.

Entities and timexes are given by the test (surface form, label/value), so these tables
test our stages, not the entity or timex models.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from linimasa import events, quotes, segment
from linimasa.model import Article, Mention, Timex
from linimasa.settings import Settings

SETTINGS = Settings()
Name = tuple[str, str, str]  # surface form, label, canonical name


def find(text: str, needle: str) -> tuple[int, int]:
    found = re.search(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", text)
    assert found, f"{needle!r} not in the test text"
    return found.start(), found.end()


def mentions(text: str, names: Sequence[Name]) -> tuple[Mention, ...]:
    """Every whole-word occurrence of each surface form, longest forms first, never overlapping."""
    spans: list[tuple[int, int, str, str]] = []
    for surface, label, canonical in sorted(names, key=lambda n: -len(n[0])):
        for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text):
            if not any(s < m.end() and m.start() < e for s, e, _, _ in spans):
                spans.append((m.start(), m.end(), label, canonical))
    return tuple(Mention(s, e, label, "id:" + name, name) for s, e, label, name in sorted(spans))


def article(text: str, names: Sequence[Name] = (), *, dates: Sequence[tuple[str, str]] = (),
            published: str | None = None, source: str = "a.txt") -> Article:
    """Segmented, with the given mentions and date timexes, then through the quotes and events stages."""
    art = segment.run(Article(id=source, source=source, text=text, published=published), SETTINGS)
    timexes = tuple(Timex(*find(text, surface), "DATE", value) for surface, value in dates)
    art = art.with_(entities=mentions(text, names), timexes=timexes)
    return events.run(quotes.run(art, SETTINGS), SETTINGS)
