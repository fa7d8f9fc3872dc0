"""The events stage: PLOVER-typed event mentions with actors, place, date and modality.

An event's span is its sentence (the evidence a timeline cites); the trigger span marks
the word(s) that name it.
"""
from __future__ import annotations

from ..lang.id.triggers import NEGATED_TYPES
from ..model import Article, Event
from ..quotes import context
from ..settings import Settings
from . import anchor, arguments, names, statements, triggers

__all__ = ["find_events", "run"]


def find_events(article: Article) -> tuple[Event, ...]:
    ctx = context.build(article)
    quoted = [(q.start, q.end) for q in article.quotes]
    found = triggers.find(ctx)
    starts = [t.start for t in found]
    events = []
    for trig in found:
        inside = next(((start, end) for start, end in quoted if start <= trig.start < end), None)
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


def run(article: Article, settings: Settings) -> Article:
    return article.with_(events=find_events(article))
