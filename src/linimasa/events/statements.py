"""Statements as events of their speaker: a quote that reacts is an event whose actor is who speaks.

"Tidak ada etika yang dilanggar oleh Firli," kata Kapitra: Kapitra REJECTs, about Firli. The type comes from the
cue ("membantah", "menuding") or else from the content's stance words (``lang/id/stances.py``); a quote
without one explains or describes and is no event. The target is the first entity the content names other than
the speaker. The statement is dated by its reporting clause ("kata Saut di kantornya, Rabu, 11 September
2019"), else by the speaker's dated statement elsewhere in the article, else by the article's day in focus.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from ..context import Context, Word
from ..lang.id import cues, stances
from ..model import Event, EventType, Mention, Quote
from . import arguments, dates
from .triggers import Trigger

CUE_REACH = 80  # chars between a quote's end and its postposed cue ("…," kata Saut)
SUBJECT_REACH = 3  # words after a name that may be its verb ("Kim mungkin memerintahkan")
RELAY_REACH = 3  # words of the content in which another's name opens it
REPORTING_VERBS = cues.SPEECH_VERBS | cues.CLAUSE_VERBS


def _cue(ctx: Context, quote: Quote) -> tuple[int, int]:
    """The cue word's span (its base: "kata" of "katanya"): after the content for a postposed cue ("…," kata
    Saut), before it for a preposed one ("Menurut dia, …"; not the next quote's "Menurut Fahri"); else the content's
    first word (a standalone quote continuing the last speaker)."""
    base = quote.cue.lower().removesuffix("nya") or "\0"
    pattern = re.compile(r"(?<!\w)" + re.escape(base), re.IGNORECASE)
    after = pattern.search(ctx.text, quote.end, min(quote.end + CUE_REACH, len(ctx.text)))
    before = list(pattern.finditer(ctx.text, ctx.sentence(quote.start)[0], quote.start))
    last = before[-1] if before else None
    found = (after or last) if cues.cue_base(quote.cue) in cues.POSTPOSED else (last or after)
    if found:
        return found.start(), found.end()
    first = ctx.words_in(quote.start, quote.end)[:1]
    return (first[0].start, first[0].end) if first else (quote.start, quote.start)


def _negated(words: Sequence[Word], i: int) -> bool:
    return any(w.lower in stances.NEGATORS for w in words[max(i - stances.NEGATION_REACH, 0):i])


def _kind(words: Sequence[Word], i: int) -> tuple[str | None, int]:
    """The stance of the phrase or word at ``i`` and how many words it takes."""
    for n in range(stances.PHRASE_WORDS, 1, -1):
        kind = stances.PHRASES.get(tuple(w.lower for w in words[i:i + n]))
        if kind:
            return kind, n
    kind = stances.WORDS.get(words[i].lower)
    return ("REJECT" if kind and _negated(words, i) else kind), 1


def _denies(words: Sequence[Word]) -> bool:
    opening = [w.lower for w in words[:2]]
    return bool(opening) and (opening[0] in stances.NEGATORS or (len(opening) == 2
                              and opening[0] in stances.OPENING_SUBJECTS and opening[1] in stances.NEGATORS))


def stance(cue: str, words: Sequence[Word], *, others: frozenset[int] = frozenset()) -> EventType | None:
    """The statement's type from its cue, else from the content's words (``None``: not a reaction).
    ``others``: offsets of words that are someone else's act ("Presiden Jokowi juga sudah meminta …,"
    relayed by a spokesman), which are not the speaker's stance."""
    if cue.lower() in stances.CUES:
        return stances.CUES[cue.lower()]
    if _denies(words):
        return "REJECT"
    found, i = set(), 0
    while i < len(words):
        kind, n = _kind(words, i)
        if kind and words[i].start not in others:
            found.add(kind)
        i += n
    return next((k for k in stances.PRIORITY if k in found), None)


def _target(ctx: Context, quote: Quote) -> Mention | None:
    """The first person or organisation the content names, not the speaker."""
    return next((m for m in ctx.mentions_in(quote.start, quote.end)
                 if m.label[:3] in ("PER", "ORG") and (m.entity_id or ctx.name(m)) != quote.speaker_id), None)


def _speaker(ctx: Context, quote: Quote) -> Mention | None:
    if quote.speaker_start is None or not quote.speaker_id:
        return None
    found = [m for m in ctx.mentions_in(quote.speaker_start, quote.speaker_end or 0) if m.entity_id == quote.speaker_id]
    return found[0] if found else None


def _clause_date(ctx: Context, quote: Quote, cue: tuple[int, int]) -> str | None:
    """The date of the reporting clause: the cue's sentence outside the quoted content."""
    start, end = ctx.sentence(cue[0])
    after = dates.stated(ctx, max(start, quote.end), end, cue[0]) if cue[0] >= quote.end else None
    return after or dates.stated(ctx, start, min(end, quote.start), cue[0])


def _undated(events: list[Event], speakers: list[str], undated: list[int], focus: str | None) -> list[Event]:
    """An undated statement takes the date of its speaker's nearest dated one in the article, else the focus."""
    dated = [(i, s, e.date) for i, (s, e) in enumerate(zip(speakers, events, strict=True)) if i not in undated]
    out = list(events)
    for i in undated:
        same = [(abs(k - i), d) for k, s, d in dated if s == speakers[i]]
        out[i] = replace(events[i], date=min(same)[1] if same else focus)
    return out


def find(ctx: Context, said: Sequence[Event]) -> list[Event]:
    """Statement events for the article's reacting quotes; ``said``: the trigger events already found (a
    reaction the speaker is the subject of inside the quote already stands for the statement)."""
    events: list[Event] = []
    speakers: list[str] = []
    undated: list[int] = []
    voices = Counter(m.entity_id for m in ctx.mentions) | Counter(q.speaker_id for q in ctx.article.quotes)
    acts = sorted(((e.trigger_start, e) for e in said), key=lambda pair: pair[0])
    act_starts = [start for start, _ in acts]
    for quote in ctx.article.quotes:
        inside = [e for _, e in acts[bisect_left(act_starts, quote.start):bisect_left(act_starts, quote.end)]]
        speaker = _speaker(ctx, quote)
        # a main voice (named or quoted more than once): one named once speaks in passing (an analyst's aside)
        if (speaker is None or voices[quote.speaker_id] < 2 or _stated_already(quote, inside)
                or _relayed(ctx, quote)):
            continue
        kind = stance(quote.cue, ctx.words_in(quote.start, quote.end), others=_others(ctx, quote, inside))
        if kind is None:
            continue
        cue = _cue(ctx, quote)
        target = _target(ctx, quote)
        actors = [speaker, *([target] if target else [])]
        start = min(ctx.sentence(quote.start)[0], ctx.sentence(cue[0])[0])
        end = max(ctx.sentence(cue[0])[1], ctx.sentence(max(quote.end - 1, quote.start))[1])
        trigger = Trigger(cue[0], cue[1], kind, quote.cue.lower(), ctx.word_index(cue[0]))
        date = _clause_date(ctx, quote, cue)
        if date is None:
            undated.append(len(events))
        events.append(Event(start, end, kind, cue[0], cue[1], tuple(m.entity_id for m in actors),
                            tuple(ctx.name(m) for m in actors), arguments.where(ctx, trigger), date, "asserted"))
        speakers.append(quote.speaker_id)
    return _undated(events, speakers, undated, dates.focus(ctx))


def _others(ctx: Context, quote: Quote, said: Sequence[Event]) -> frozenset[int]:
    """Words of the content that are another's act: triggers of events (``said``: those in the content) someone
    else is the subject of, and words right after another's name ("Kim mungkin memerintahkan …," kata Moon)."""
    acts = {e.trigger_start for e in said if e.actors[:1] not in ((), (quote.speaker_id,))}
    for m in ctx.mentions_in(quote.start, quote.end):
        if m.entity_id != quote.speaker_id:
            i = ctx.word_index(m.end)
            acts.update(w.start for w in ctx.words[i:i + SUBJECT_REACH] if w.end <= quote.end)
    return frozenset(acts)


def _relayed(ctx: Context, quote: Quote) -> bool:
    """The content reports another's words ("(Kim) menyatakan pandangannya …," kata laporan KCNA)."""
    words = ctx.words_in(quote.start, quote.end)[:RELAY_REACH]
    first = next(iter(ctx.mentions_in(quote.start, words[-1].end if words else quote.start)), None)
    if first is None or first.entity_id == quote.speaker_id:
        return False
    after = ctx.words[ctx.word_index(first.end):ctx.word_index(first.end) + 1]
    return bool(after) and after[0].lower in REPORTING_VERBS


def _stated_already(quote: Quote, said: Sequence[Event]) -> bool:
    """A reaction of the speaker among the content's events (``said``) already stands for the statement."""
    return any(e.actors[:1] == (quote.speaker_id,) and e.type in stances.PRIORITY for e in said)
