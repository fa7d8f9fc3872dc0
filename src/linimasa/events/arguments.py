"""Event arguments around a trigger: actors, place, date and modality.

Actors: the people named before the trigger in its clause (the subject, often behind an
apposition), else the nearest organisation or country; then the names after it up to the
next clause break. A place is a location introduced by ``di``/``ke``. The date is the
nearest date timex in the trigger's clause (not one that opens a span: ``sejak 2022``); for an
event inside a quote, else the date of the statement ("mengatakan pada hari Sabtu"); else the DCT.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from ..context import Context
from ..lang.id import triggers as lex
from ..model import Mention, Modality, Timex
from ..quotes import speakers
from .triggers import Trigger

PLACE_PREPOSITIONS = frozenset({"di", "ke"})
PLACE_REACH = 4  # words between the preposition and the name
SINGULAR = frozenset({"ia", "dia", "beliau"})
PRONOUNS = SINGULAR | {"mereka", "kami", "kita"}
ATTRIBUTION = frozenset({"melansir", "dilansir", "mengutip", "dikutip", "menurut", "laporan", "kata"})
DATE_PREPOSITIONS = frozenset({"pada", "tanggal", "hari", "per"})
SPAN_OPENERS = frozenset({"sejak", "selama", "hingga", "sampai", "antara", "menjelang"})
CLAUSE_BREAKS = frozenset({"yang", "untuk", "karena", "setelah", "sebelum", "saat", "ketika", "sementara",
                           "sedangkan", "namun", "tetapi", "meskipun", "bahwa", "agar", "sehingga"})
DATE_BREAKS = CLAUSE_BREAKS - {"yang"}  # "lawatan yang tak pernah terjadi ke Pyongyang pada Juni"
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
    modality: Modality


def _is_place(ctx: Context, mention: Mention) -> bool:
    """A location after di/ke, possibly through common nouns ("di dekat semenanjung Korea")."""
    if not mention.label.startswith("LOC"):
        return False
    i = ctx.word_index(mention.start)
    for w in reversed(ctx.words[max(i - PLACE_REACH, 0):i]):
        if w.lower in PLACE_PREPOSITIONS:
            return True
        if ctx.text[w.start] != w.lower[0]:  # a capitalised word: another name, not a path to this one
            return False
    return False


def _is_source(ctx: Context, mention: Mention) -> bool:
    """Who reports the event (a quote's speaker, "melansir Associated Press") is not an actor in it."""
    i = ctx.word_index(mention.start)
    return (mention.start, mention.end) in ctx.speakers or (i > 0 and ctx.words[i - 1].lower in ATTRIBUTION)


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


def _pronoun(ctx: Context, trigger: Trigger) -> str | None:
    """The pronoun right before the trigger (past adverbs and auxiliaries), if the subject is one."""
    for w in reversed(ctx.words[max(trigger.word - 4, 0):trigger.word]):
        if w.lower not in lex.PLANNED and w.lower not in SUBJECT_SKIP:
            return w.lower if w.lower in PRONOUNS else None
    return None


def _pronoun_subject(ctx: Context, trigger: Trigger, pronoun: str) -> list[Mention]:
    """``ia``/``dia`` -> the person the nearest earlier sentence is about; ``mereka`` stays unresolved."""
    if pronoun not in SINGULAR:
        return []
    subject = speakers.subject_before(ctx, ctx.sentence(trigger.start)[0] - 1)
    return [subject] if subject else []


def actors(ctx: Context, trigger: Trigger, quote: tuple[int, int] | None = None) -> tuple[Mention, ...]:
    """``quote``: the reported content the trigger stands in, which bounds its clause."""
    sent_start, sent_end = ctx.sentence(trigger.start)
    if quote:
        sent_start, sent_end = max(sent_start, quote[0]), min(sent_end, quote[1])
    left = _candidates(ctx, _left_start(ctx, trigger, sent_start), trigger.start)
    people = [m for m in left if m.label.startswith("PER")][-2:]
    pronoun = _pronoun(ctx, trigger)
    if pronoun:
        subject = _pronoun_subject(ctx, trigger, pronoun)
        if not subject:
            return ()  # whoever "mereka" are, guessing would invent an actor
    else:
        subject = people or left[-1:] or [
            m for m in _candidates(ctx, sent_start, trigger.start) if m.label.startswith("PER")][:1]
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
    """The dates (not span openers) in [start, end), in the article's order of timexes."""
    timexes, starts, order = _date_index(ctx)
    return [timexes[k] for k in sorted(order[bisect_left(starts, start):bisect_left(starts, end)])]


# The last article's date index: events ask for the dates of one sentence per trigger, and a scan of every
# timex each time made the stage quadratic in the article's length. Keyed by the timexes tuple itself (held,
# so its id cannot be reused), which also keeps threads that annotate other articles apart.
_DATE_INDEX: list[tuple[tuple[Timex, ...], list[int], list[int]]] = []


def _date_index(ctx: Context) -> tuple[tuple[Timex, ...], list[int], list[int]]:
    """The article's usable dates as (timexes, sorted starts, the timex index of each start)."""
    timexes = ctx.article.timexes
    for cached in _DATE_INDEX:
        if cached[0] is timexes:
            return cached
    usable = sorted((t.start, k) for k, t in enumerate(timexes) if t.type == "DATE" and DATE_VALUE.match(_resolved(t))
                    and not _opens_span(ctx, t))
    cached = (timexes, [start for start, _ in usable], [k for _, k in usable])
    _DATE_INDEX[:] = [cached]
    return cached


def _opens_span(ctx: Context, timex: Timex) -> bool:
    i = ctx.word_index(timex.start)
    return i > 0 and ctx.words[i - 1].lower in SPAN_OPENERS


def _resolved(timex: Timex) -> str:
    """The date a timex stands for: its anchor ("saat itu" -> the date in focus), else its value."""
    return timex.anchor or timex.value


def _adverbial(ctx: Context, timex: Timex) -> bool:
    """"pada Rabu (11/9/2019)" dates the clause; "Piala Eropa 2020" names something."""
    i = ctx.word_index(timex.start)
    return i > 0 and ctx.words[i - 1].lower in DATE_PREPOSITIONS


def _same_clause(ctx: Context, trigger: Trigger, timex: Timex, starts: Sequence[int]) -> bool:
    """No clause break and no nearer trigger between the trigger and the timex."""
    lo, hi = (trigger.end, timex.start) if timex.start > trigger.start else (timex.end, trigger.start)
    between = ctx.words_in(lo, hi)
    nearer = bisect_left(starts, lo)  # starts are sorted
    return (not any(w.lower in DATE_BREAKS for w in between) and ";" not in ctx.text[lo:hi]
            and not (nearer < len(starts) and starts[nearer] < hi))


def date(ctx: Context, trigger: Trigger, quote: tuple[int, int] | None, starts: Sequence[int]) -> str | None:
    """The clause's date; for a quoted event, else the date of the statement; else the DCT."""
    sent_start, sent_end = ctx.sentence(trigger.start)
    dates = _dates(ctx, sent_start, sent_end)
    usable = [t for t in dates if _same_clause(ctx, trigger, t, starts)]
    if quote:
        inside = [t for t in usable if quote[0] <= t.start < quote[1]]
        main_clause = not any(w.lower in CLAUSE_BREAKS for w in ctx.words_in(quote[0], trigger.start))
        stated = [t for t in dates if not quote[0] <= t.start < quote[1]] if main_clause else []
        usable = inside or usable or stated
    if usable:
        nearest = min(usable, key=lambda t: (not _adverbial(ctx, t), abs(t.start - trigger.start)))
        return DATE_VALUE.match(_resolved(nearest)).group()  # type: ignore[union-attr] # a resolved date
    published = DATE_VALUE.match(ctx.article.published or "")
    return published.group() if published else None


def modality(ctx: Context, trigger: Trigger, *, quoted: bool) -> Modality:
    before = {w.lower for w in ctx.words[max(trigger.word - lex.MODALITY_REACH, 0):trigger.word]}
    if before & lex.NEGATED:
        return "negated"
    if before & lex.PLANNED:
        return "planned"
    sent_start = ctx.sentence(trigger.start)[0]
    if quoted or any(w.lower in lex.REPORTED for w in ctx.words_in(sent_start, trigger.start)):
        return "reported"
    return "asserted"


def arguments(ctx: Context, trigger: Trigger, *, quote: tuple[int, int] | None,
              starts: Sequence[int]) -> Arguments:
    """``quote``: the content span of the quote the trigger stands in; ``starts``: all trigger offsets, sorted."""
    return Arguments(actors(ctx, trigger, quote), where(ctx, trigger), date(ctx, trigger, quote, starts),
                     modality(ctx, trigger, quoted=quote is not None))
