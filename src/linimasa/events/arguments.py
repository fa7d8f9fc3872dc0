"""Event arguments around a trigger: actors, place, date and modality.

Actors: the people named before the trigger in its clause (the subject, often behind an
apposition), else the nearest organisation or country; then the names after it up to the
next clause break. A place is a location introduced by ``di``/``ke``. The date is the
nearest date timex in the sentence (not one that opens a span: ``sejak 2022``), else the DCT.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..lang.id import triggers as lex
from ..model import Mention, Timex
from ..quotes import speakers
from ..quotes.context import Context
from .triggers import Trigger

PLACE_PREPOSITIONS = frozenset({"di", "ke"})
ATTRIBUTION = frozenset({"melansir", "dilansir", "mengutip", "dikutip", "menurut", "laporan", "kata"})
SPAN_OPENERS = frozenset({"sejak", "selama", "hingga", "sampai", "antara", "menjelang"})
CLAUSE_BREAKS = frozenset({"yang", "untuk", "karena", "setelah", "sebelum", "saat", "ketika", "sementara",
                           "sedangkan", "namun", "tetapi", "meskipun", "bahwa", "agar", "sehingga"})
LEFT_BREAKS = frozenset({"bahwa", "setelah", "sebelum", "ketika", "saat", "namun", "tetapi", "sementara"})
SUBJECT_SKIP = frozenset({"juga", "telah", "sudah", "akan", "pun", "kemudian", "lalu", "terakhir", "kali", "pernah",
                          "sedang", "masih", "baru", "segera", "secara", "langsung", "tidak", "belum"})
DATE_VALUE = re.compile(r"^\d{4}(-\d\d(-\d\d)?|-W\d\d)?")
MAX_ACTORS = 4
RIGHT_REACH = 12  # words


@dataclass(frozen=True, slots=True)
class Arguments:
    actors: tuple[Mention, ...]
    where: str | None
    date: str | None
    modality: str


def _is_place(ctx: Context, mention: Mention) -> bool:
    i = ctx.word_index(mention.start)
    return mention.label.startswith("LOC") and i > 0 and ctx.words[i - 1].lower in PLACE_PREPOSITIONS


def _is_source(ctx: Context, mention: Mention) -> bool:
    """Who reports the event (a quote's speaker, "melansir Associated Press") is not an actor in it."""
    i = ctx.word_index(mention.start)
    return (mention.start, mention.end) in ctx.speakers or i > 0 and ctx.words[i - 1].lower in ATTRIBUTION


def _candidates(ctx: Context, start: int, end: int) -> list[Mention]:
    return [m for m in ctx.mentions_in(start, end) if not _is_place(ctx, m) and not _is_source(ctx, m)]


def _left_start(ctx: Context, trigger: Trigger, sent_start: int) -> int:
    for w in reversed(ctx.words_in(sent_start, trigger.start)):
        if w.lower in LEFT_BREAKS:
            return w.end
    return sent_start


def _right_end(ctx: Context, trigger: Trigger, sent_end: int) -> int:
    for w in ctx.words[trigger.word + 1:trigger.word + RIGHT_REACH]:
        if w.start >= sent_end or w.lower in CLAUSE_BREAKS:
            return min(w.start, sent_end)
    return min(ctx.words[min(trigger.word + RIGHT_REACH, len(ctx.words) - 1)].end, sent_end)


def _pronoun_subject(ctx: Context, trigger: Trigger) -> Mention | None:
    for w in reversed(ctx.words[max(trigger.word - 4, 0):trigger.word]):
        if w.lower in lex.PLANNED or w.lower in SUBJECT_SKIP:
            continue
        return speakers.subject_before(ctx, ctx.sentence(w.start)[0]) if w.lower in {"ia", "dia", "beliau"} else None
    return None


def actors(ctx: Context, trigger: Trigger) -> tuple[Mention, ...]:
    sent_start, sent_end = ctx.sentence(trigger.start)
    left = _candidates(ctx, _left_start(ctx, trigger, sent_start), trigger.start)
    people = [m for m in left if m.label.startswith("PER")][-2:]
    subject = people or left[-1:] or [m for m in [_pronoun_subject(ctx, trigger)] if m]
    right = _candidates(ctx, trigger.end, _right_end(ctx, trigger, sent_end))
    chosen: dict[str, Mention] = {}
    for m in [*subject, *right]:
        chosen.setdefault(m.entity_id or ctx.name(m), m)
    return tuple(chosen.values())[:MAX_ACTORS]


def where(ctx: Context, trigger: Trigger) -> str | None:
    sent_start, sent_end = ctx.sentence(trigger.start)
    places = [m for m in ctx.mentions_in(sent_start, sent_end) if _is_place(ctx, m)]
    nearest = min(places, key=lambda m: abs(m.start - trigger.start), default=None)
    return ctx.name(nearest) if nearest else None


def _dates(ctx: Context, start: int, end: int) -> list[Timex]:
    found = []
    for t in ctx.article.timexes:
        i = ctx.word_index(t.start)
        if start <= t.start < end and t.type == "DATE" and DATE_VALUE.match(t.value) and not (
                i > 0 and ctx.words[i - 1].lower in SPAN_OPENERS):
            found.append(t)
    return found


def date(ctx: Context, trigger: Trigger) -> str | None:
    sent_start, sent_end = ctx.sentence(trigger.start)
    dates = _dates(ctx, sent_start, sent_end)
    if dates:
        nearest = min(dates, key=lambda t: abs(t.start - trigger.start))
        return DATE_VALUE.match(nearest.value).group()
    published = ctx.article.published
    return published[:10] if published else None


def modality(ctx: Context, trigger: Trigger, quoted: bool) -> str:
    before = {w.lower for w in ctx.words[max(trigger.word - lex.MODALITY_REACH, 0):trigger.word]}
    if before & lex.NEGATED:
        return "negated"
    if before & lex.PLANNED:
        return "planned"
    sent_start = ctx.sentence(trigger.start)[0]
    if quoted or any(w.lower in lex.REPORTED for w in ctx.words_in(sent_start, trigger.start)):
        return "reported"
    return "asserted"


def arguments(ctx: Context, trigger: Trigger, *, quoted: bool) -> Arguments:
    return Arguments(actors(ctx, trigger), where(ctx, trigger), date(ctx, trigger), modality(ctx, trigger, quoted))
