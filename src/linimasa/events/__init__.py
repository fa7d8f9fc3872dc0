"""The events stage: PLOVER-typed event mentions with actors, place, date and modality.

An event's span is its sentence (the evidence a timeline cites); the trigger span marks
the word(s) that name it.
"""
from __future__ import annotations

import heapq

from .. import context
from ..lang.id.triggers import NEGATED_TYPES
from ..model import Article, Event
from ..pipeline import stage
from ..settings import Settings
from . import anchor, arguments, names, statements, triggers

__all__ = ["find_events", "run"]


def find_events(article: Article) -> tuple[Event, ...]:
    ctx = context.build(article)
    found = triggers.find(ctx)
    starts = sorted(t.start for t in found)  # arguments bisect them
    events = []
    for trig, inside in zip(found, _quotes_around([t.start for t in found], article), strict=True):
        args = arguments.arguments(ctx, trig, quote=inside, starts=starts)
        sent_start, sent_end = ctx.sentence(trig.start)
        kind, modality = trig.type, args.modality
        if modality == "negated" and kind in NEGATED_TYPES:  # "tak menampik" concedes
            kind, modality = NEGATED_TYPES[kind], "reported" if inside else "asserted"
        events.append(Event(sent_start, sent_end, kind, trig.start, trig.end,
                            tuple(m.entity_id for m in args.actors), tuple(ctx.name(m) for m in args.actors),
                            args.where, args.date, modality))
    events = anchor.fill(ctx, found, events)
    events = names.named(ctx, [*events, *statements.find(ctx, events)])
    return tuple(sorted(events, key=lambda e: (e.start, e.trigger_start)))


def _quotes_around(positions: list[int], article: Article) -> list[tuple[int, int] | None]:
    """For each position, the first quote (in the article's order) whose content holds it: a sweep over the
    positions in text order with a heap of the open quotes, not a scan of every quote for each trigger."""
    quotes = sorted((q.start, k, q.end) for k, q in enumerate(article.quotes))
    around: list[tuple[int, int] | None] = [None] * len(positions)
    open_quotes: list[tuple[int, int]] = []  # (quote index, end), the first quote on top
    taken = 0
    for i in sorted(range(len(positions)), key=positions.__getitem__):
        while taken < len(quotes) and quotes[taken][0] <= positions[i]:
            heapq.heappush(open_quotes, (quotes[taken][1], quotes[taken][2]))
            taken += 1
        while open_quotes and open_quotes[0][1] <= positions[i]:
            heapq.heappop(open_quotes)  # ended before this position, so before every later one
        if open_quotes:
            first = article.quotes[open_quotes[0][0]]
            around[i] = (first.start, first.end)
    return around


@stage(requires=("sentences", "tokens", "timexes", "entities", "quotes", "published"), assigns=("events",))
def run(article: Article, settings: Settings) -> Article:
    return article.with_(events=find_events(article))
