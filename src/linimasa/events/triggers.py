"""Find event triggers in an article's words with the Indonesian trigger lexicon."""
from __future__ import annotations

from dataclasses import dataclass

from ..context import Context
from ..lang.id import triggers as lex
from ..model import EventType


@dataclass(frozen=True, slots=True)
class Trigger:
    start: int
    end: int
    type: EventType
    root: str
    word: int  # index of the trigger's first word


def _armed(ctx: Context, i: int) -> bool:
    end = ctx.sentence(ctx.words[i].start)[1]
    return any(w.lower in lex.ARMS for w in ctx.words[i + 1:i + 1 + lex.ARMS_REACH] if w.start < end)


def _phrase(ctx: Context, i: int, table: dict[str, str]) -> Trigger | None:
    if i + 1 >= len(ctx.words):
        return None
    first, second = ctx.words[i], ctx.words[i + 1]
    kind = lex.PHRASES.get((table.get(first.lower, first.lower), second.lower))
    return Trigger(first.start, second.end, kind, first.lower, i) if kind is not None else None


def _retyped(ctx: Context, i: int, root: str, kind: EventType) -> EventType:
    """"menetapkan X sebagai tersangka" is COERCE, not an appointment."""
    words, retype = lex.RETYPED.get(root, (frozenset(), kind))
    end = ctx.sentence(ctx.words[i].start)[1]
    return retype if any(w.lower in words for w in ctx.words[i + 1:i + 1 + lex.RETYPE_REACH] if w.start < end) else kind


def _single(ctx: Context, i: int, table: dict[str, str]) -> Trigger | None:
    word = ctx.words[i]
    root = table.get(word.lower, "")
    kind = lex.kind(root)
    if kind is None:
        return None
    if root in lex.NEEDS_ARMS and not _armed(ctx, i):
        return None
    if i and (ctx.words[i - 1].lower in lex.SITE_WORDS
              or ctx.words[i - 1].lower in lex.OTHER_SENSE_AFTER.get(root, ())):
        return None
    return Trigger(word.start, word.end, _retyped(ctx, i, root, kind), root, i)


def find(ctx: Context) -> list[Trigger]:
    """Triggers in text order; adjacent ones of one type are one predicate ("menandatangani perjanjian"), not
    across punctuation ("… korban meninggal. Kecelakaan itu …")."""
    table = lex.lexicon()
    found: list[Trigger] = []
    skip_to = 0
    for i in range(len(ctx.words)):
        if i < skip_to:
            continue
        trigger = _phrase(ctx, i, table) or _single(ctx, i, table)
        if not trigger:
            continue
        skip_to = i + 2 if trigger.end > ctx.words[i].end else i + 1
        if (found and found[-1].type == trigger.type and ctx.word_index(found[-1].end) == i
                and not ctx.text[found[-1].end:trigger.start].strip()):
            found[-1] = Trigger(found[-1].start, trigger.end, trigger.type, found[-1].root, found[-1].word)
        elif not (i and ctx.words[i - 1].lower in lex.TOPIC_PREPOSITIONS):
            found.append(trigger)
    return found
