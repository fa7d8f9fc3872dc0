"""An event's date: the date timex of its clause, or of the statement it is reported in.

The nearest date timex in the trigger's clause (not one that opens a span: ``sejak 2022``; not the date of a
cited report, a term or a name: "periode 2019-2023", "Piala Dunia 2022"); for an event inside a quote, else the
date of the statement ("mengatakan pada hari Sabtu"); else none, and ``anchor`` dates it from its context
(``focus``: the article's day in focus).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from datetime import date as day_of
from datetime import timedelta

from ..context import Context
from ..model import Timex
from .triggers import Trigger

DATE_PREPOSITIONS = frozenset({"pada", "tanggal", "hari", "per"})
OCCASION_PREPOSITIONS = frozenset({"dalam", "saat", "ketika", "di"})  # "dalam rapat paripurna"
SPAN_OPENERS = frozenset({"sejak", "selama", "hingga", "sampai", "antara", "menjelang"})
START_OPENERS = frozenset({"sejak"})
CITATION = frozenset({"dikutip", "mengutip", "dilansir", "melansir", "diakses", "laman"})
TERM_WORDS = frozenset({"periode", "anggaran", "masa", "edisi", "musim", "angkatan"})
CITATION_FILLERS = frozenset({"dari", "oleh", "laman", "situs", "media", "kantor", "berita", "harian"})
CITATION_REACH = 6  # words before the date
CLAUSE_BREAKS = frozenset({"yang", "untuk", "karena", "setelah", "sebelum", "saat", "ketika", "sementara",
                           "sedangkan", "namun", "tetapi", "tapi", "meskipun", "meski", "walau", "walaupun",
                           "padahal", "bahwa", "agar", "sehingga"})
DATE_BREAKS = CLAUSE_BREAKS - {"yang", "untuk"}  # "lawatan yang tak pernah terjadi ke Pyongyang pada Juni"
PURPOSE = "untuk"  # a purpose clause's day dates its act too ("diundang oleh Dandrem untuk bermain tenis pada 13 Mei
# 2018"), not its year or a date naming something ("untuk 2020 mendatang", "kelahiran 16 Oktober 1981"); the act's
# date does not date the purpose ("tuan rumah pertemuan … pada tanggal 18 Agustus untuk memperluas kerja sama")
DATE_VALUE = re.compile(r"^\d{4}(-\d\d(-\d\d)?|-W\d\d)?")
FOCUS_SENTENCES = 3  # the lead, where an article dates what it is about
FOCUS_WINDOW = timedelta(days=7)
BACKGROUND_OPENERS = ("sebelumnya", "untuk diketahui", "diketahui", "seperti diketahui", "diberitakan")


def value_of(timex: Timex) -> str:
    """The day, month, week or year a date timex stands for ("2019-09-05" of "2019-09-05TAF"): its anchor ("saat
    itu" -> the date in focus), else its value; "" for none."""
    found = DATE_VALUE.match(timex.anchor or timex.value)
    return found.group() if found else ""


def _opens_span(ctx: Context, timex: Timex) -> bool:
    """"selama 2022", "hingga Juli": not when the event happened; "sejak Sabtu (7/9/2019)" is when it began."""
    i = ctx.word_index(timex.start)
    before = ctx.words[i - 1].lower if i > 0 else ""
    return before in SPAN_OPENERS and not (before in START_OPENERS and len(value_of(timex)) == len("2019-09-07"))


def _cited(ctx: Context, timex: Timex) -> bool:
    """The date of a cited outlet's report ("Dikutip dari Reuters, Selasa (10/9/2019)"): the citation verb,
    the outlet's name and a comma before it; not "mengutip liputan Korea Utara mengenai acara hari Kamis"."""
    i = ctx.word_index(timex.start)
    sent_start = ctx.sentence(timex.start)[0]
    before = [w for w in ctx.words[max(i - CITATION_REACH, 0):i] if w.start >= sent_start]
    cue = next((k for k in range(len(before) - 1, -1, -1) if before[k].lower in CITATION), None)
    if cue is None or not ctx.text[before[-1].end:timex.start].strip().startswith(","):
        return False
    return all(ctx.text[w.start].isupper() or w.lower in CITATION_FILLERS for w in before[cue + 1:])


def _names_term(ctx: Context, timex: Timex) -> bool:
    """"periode 2019-2023", "Tahun Anggaran 2018": a year naming a term, not when something happened; nor a year
    closing a name ("Kualifikasi Piala Dunia 2022"), though "Tahun 2019" is a date."""
    i = ctx.word_index(timex.start)
    if i == 0 or ctx.words[i - 1].start < ctx.sentence(timex.start)[0]:
        return False
    before = ctx.words[i - 1]
    named = ctx.text[timex.start:timex.end].isdigit() and ctx.text[before.start].isupper() and before.lower != "tahun"
    return before.lower in TERM_WORDS or named


def _dates(ctx: Context, start: int, end: int) -> list[Timex]:
    """Timexes naming a day, month, week or year (a clock time with its day too) in [start, end), in the
    article's order of timexes."""
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
    usable = sorted((t.start, k) for k, t in enumerate(timexes) if t.type in ("DATE", "TIME") and value_of(t)
                    and not _opens_span(ctx, t) and not _cited(ctx, t) and not _names_term(ctx, t))
    cached = (timexes, [start for start, _ in usable], [k for _, k in usable])
    _DATE_INDEX[:] = [cached]
    return cached


def _adverbial(ctx: Context, timex: Timex) -> bool:
    """"pada Rabu (11/9/2019)" dates the clause; "Piala Eropa 2020" names something."""
    i = ctx.word_index(timex.start)
    return i > 0 and ctx.words[i - 1].lower in DATE_PREPOSITIONS


def _same_clause(ctx: Context, trigger: Trigger, timex: Timex, starts: Sequence[int]) -> bool:
    """No clause break and no nearer trigger between the trigger and the timex (``starts`` sorted), except the
    occasion the event took place at ("Persetujuan … disampaikan dalam rapat paripurna DPR yang digelar pada Kamis
    (5/9/2019)")."""
    after = timex.start > trigger.start
    lo, hi = (trigger.end, timex.start) if after else (timex.end, trigger.start)
    between = ctx.words_in(lo, hi)
    k = bisect_left(starts, lo)
    nearer = starts[k] if k < len(starts) and starts[k] < hi else None
    purpose = any(w.lower == PURPOSE for w in between)
    return (not any(w.lower in DATE_BREAKS for w in between) and ";" not in ctx.text[lo:hi]
            and not (purpose and not (after and _adverbial(ctx, timex) and len(value_of(timex)) == len("2019-09-13")))
            and (nearer is None or (after and _occasion(ctx, nearer)))
            and not (not after and _coordinated(ctx, timex, trigger, starts)))


def _occasion(ctx: Context, start: int) -> bool:
    i = ctx.word_index(start)
    return i > 0 and ctx.words[i - 1].lower in OCCASION_PREPOSITIONS


def _coordinated(ctx: Context, timex: Timex, trigger: Trigger, starts: Sequence[int]) -> bool:
    """A date before "dan" dates the verb before it: "wafat … pada Rabu (11/9/2019) dan dikebumikan … Kamis"."""
    if not any(w.lower == "dan" for w in ctx.words_in(timex.end, trigger.start)):
        return False
    k = bisect_left(starts, ctx.sentence(timex.start)[0])
    return k < len(starts) and starts[k] < timex.start


def date(ctx: Context, trigger: Trigger, quote: tuple[int, int] | None, starts: Sequence[int]) -> str | None:
    """The clause's date; for a quoted event, else the date of the statement; else None (``anchor`` dates it
    from its context)."""
    sent_start, sent_end = ctx.sentence(trigger.start)
    dates = _dates(ctx, sent_start, sent_end)
    usable = [t for t in dates if _same_clause(ctx, trigger, t, starts)]
    if quote:
        inside = [t for t in usable if quote[0] <= t.start < quote[1]]
        main_clause = not any(w.lower in CLAUSE_BREAKS for w in ctx.words_in(quote[0], trigger.start))
        stated = [t for t in dates if not quote[0] <= t.start < quote[1]] if main_clause else []
        usable = inside or usable or stated
    return _nearest(ctx, usable, trigger.start)


def _nearest(ctx: Context, timexes: Sequence[Timex], at: int) -> str | None:
    nearest = min(timexes, key=lambda t: (not _adverbial(ctx, t), abs(t.start - at)), default=None)
    return value_of(nearest) if nearest else None


def stated(ctx: Context, start: int, end: int, at: int) -> str | None:
    """The date a reporting clause gives ("kata Saut di kantornya, Rabu, 11 September 2019"), nearest ``at``."""
    return _nearest(ctx, _dates(ctx, start, end), at)


def focus(ctx: Context) -> str | None:
    """The article's day in focus: the day its lead dates ("Presiden Jokowi … Jumat (13/9/2019)" in a piece of
    Saturday), if not after publication and at most a week before it, a written-out date over a bare weekday;
    else the publication day. A lead sentence that recalls ("Sebelumnya", "Untuk diketahui") dates background."""
    dct = published(ctx)
    days = []
    for start, end in ctx.sentences[:FOCUS_SENTENCES]:
        opening = " ".join(w.lower for w in ctx.words_in(start, end)[:2])
        if not opening.startswith(BACKGROUND_OPENERS):
            days += [(not any(c.isdigit() for c in ctx.text[t.start:t.end]), value_of(t))
                     for t in _dates(ctx, start, end)]
    days = [(bare, day) for bare, day in days if len(day) == len("2019-09-13") and (not dct or _within(day, dct[:10]))]
    return min(days, key=lambda d: d[0])[1] if days else dct


def published(ctx: Context) -> str | None:
    found = DATE_VALUE.match(ctx.article.published or "")
    return found.group() if found else None


def _within(day: str, published: str) -> bool:
    try:
        gap = day_of.fromisoformat(published) - day_of.fromisoformat(day)
    except ValueError:
        return False
    return timedelta(0) <= gap <= FOCUS_WINDOW
