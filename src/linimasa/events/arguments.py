"""Event arguments around a trigger: actors, place, date and modality.

Actors: the people named before the trigger in its clause (the subject, often behind an
apposition), else the nearest organisation or country; then the names after it up to the
next clause break. A place is a location introduced by ``di``/``ke``. The date is the
nearest date timex in the trigger's clause (not one that opens a span: ``sejak 2022``); for an
event inside a quote, else the date of the statement ("mengatakan pada hari Sabtu"); else none (``anchor``).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date as day_of
from datetime import timedelta

from ..lang.id import triggers as lex
from ..lang.id.happenings import KIND_OF
from ..model import Mention, Timex
from ..quotes import speakers
from ..quotes.context import Context
from .triggers import Trigger

PLACE_PREPOSITIONS = frozenset({"di", "ke"})
PLACE_REACH = 4  # words between the preposition and the name
LIST_JOIN = re.compile(r"\s*(?:\([^()]{1,12}\))?\s*(?:,|dan|serta|hingga|sampai)\s*")  # "Kalibata, Jakarta"
LIST_REACH = 120  # chars before a name where the place it is listed after may start
SINGULAR = frozenset({"ia", "dia", "beliau"})
FIRST_PERSON = frozenset({"saya", "aku", "kami", "kita"})
PRONOUNS = SINGULAR | FIRST_PERSON | {"mereka"}
WRITES = frozenset({"menulis", "memberitakan", "mewartakan", "melansir"})  # an outlet reporting
ATTRIBUTION = frozenset({"melansir", "dilansir", "mengutip", "dikutip", "menurut", "laporan", "kata"})
DATE_PREPOSITIONS = frozenset({"pada", "tanggal", "hari", "per"})
OCCASION_PREPOSITIONS = frozenset({"dalam", "saat", "ketika", "di"})  # "dalam rapat paripurna"
SPAN_OPENERS = frozenset({"sejak", "selama", "hingga", "sampai", "antara", "menjelang"})
START_OPENERS = frozenset({"sejak"})
CITATION = frozenset({"dikutip", "mengutip", "dilansir", "melansir", "diakses", "laman"})
TERM_WORDS = frozenset({"periode", "anggaran", "masa", "edisi", "musim", "angkatan"})
CITATION_FILLERS = frozenset({"dari", "oleh", "laman", "situs", "media", "kantor", "berita", "harian"})
CITATION_REACH = 6  # words before the date
CLAUSE_BREAKS = frozenset({"yang", "untuk", "karena", "setelah", "sebelum", "saat", "ketika", "sementara",
                           "sedangkan", "namun", "tetapi", "meskipun", "bahwa", "agar", "sehingga"})
DATE_BREAKS = CLAUSE_BREAKS - {"yang"}  # "lawatan yang tak pernah terjadi ke Pyongyang pada Juni"
LEFT_BREAKS = frozenset({"bahwa", "setelah", "sebelum", "ketika", "saat", "namun", "tetapi", "sementara"})
SUBJECT_SKIP = frozenset({"juga", "telah", "sudah", "akan", "pun", "kemudian", "lalu", "terakhir", "kali", "pernah",
                          "sedang", "masih", "baru", "segera", "secara", "langsung", "tidak", "belum"})
DATE_VALUE = re.compile(r"^\d{4}(-\d\d(-\d\d)?|-W\d\d)?")
MAX_ACTORS = 4
PLACE_KINDS = frozenset({"accident", "disaster", "fire", "explosion"})
FOCUS_SENTENCES = 3  # the lead, where an article dates what it is about
FOCUS_WINDOW = timedelta(days=7)
BACKGROUND_OPENERS = ("sebelumnya", "untuk diketahui", "diketahui", "seperti diketahui", "diberitakan")
RIGHT_REACH = 12  # words


@dataclass(frozen=True, slots=True)
class Arguments:
    actors: tuple[Mention, ...]
    where: str | None
    date: str | None
    modality: str


def _is_place(ctx: Context, mention: Mention) -> bool:
    """A location after di/ke, possibly through common nouns ("di dekat semenanjung Korea"), or listed after
    one ("di Taman Makam Pahlawan Kalibata, Jakarta Selatan"; "dirasakan di Labuha, Malang, Denpasar")."""
    if not mention.label.startswith("LOC"):
        return False
    listed = next((m for m in reversed(ctx.mentions_in(max(mention.start - LIST_REACH, 0), mention.start))
                   if LIST_JOIN.fullmatch(ctx.text[m.end:mention.start])), None)
    after = ctx.words[ctx.word_index(mention.end):ctx.word_index(mention.end) + 1]
    subject = bool(after) and ctx.text[after[0].start].islower() and not ctx.text[mention.end:after[0].start].strip()
    if listed is not None and not subject:  # a list item, not a clause's subject ("(SUGBK), Indonesia kalah")
        return _is_place(ctx, listed)
    i = ctx.word_index(mention.start)
    for w in reversed(ctx.words[max(i - PLACE_REACH, 0):i]):
        if w.lower in PLACE_PREPOSITIONS:
            return True
        if ctx.text[w.start] != w.lower[0]:  # a capitalised word: another name, not a path to this one
            return False
    return False


def _is_source(ctx: Context, mention: Mention) -> bool:
    """Who reports the event (a quote's speaker, "melansir Associated Press", "Tempo menulis") is not an actor."""
    i, after = ctx.word_index(mention.start), ctx.word_index(mention.end)
    return ((mention.start, mention.end) in ctx.speakers or i > 0 and ctx.words[i - 1].lower in ATTRIBUTION
            or after < len(ctx.words) and ctx.words[after].lower in WRITES)


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


def _speaker(ctx: Context, quote: tuple[int, int] | None) -> list[Mention]:
    """The named speaker of the quote whose content is ``quote``."""
    found = next((q for q in ctx.article.quotes if (q.start, q.end) == quote and q.speaker_start is not None), None)
    return list(ctx.mentions_in(found.speaker_start, found.speaker_end or 0)[:1]) if found else []


def _pronoun_subject(ctx: Context, trigger: Trigger, pronoun: str, quote: tuple[int, int] | None) -> list[Mention]:
    """``ia``/``dia`` -> the person the nearest earlier sentence is about; ``saya``/``kami`` in a quote -> its
    speaker ("Kami menolak kenaikan ini," kata Henry); ``mereka`` stays unresolved."""
    if pronoun in FIRST_PERSON:
        return _speaker(ctx, quote)
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
        subject = _pronoun_subject(ctx, trigger, pronoun, quote)
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


def _place(ctx: Context, trigger: Trigger) -> Mention | None:
    sent_start, sent_end = ctx.sentence(trigger.start)
    places = [m for m in ctx.mentions_in(sent_start, sent_end) if _is_place(ctx, m)]
    return min(places, key=lambda m: abs(m.start - trigger.start), default=None)


def where(ctx: Context, trigger: Trigger) -> str | None:
    nearest = _place(ctx, trigger)
    return ctx.name(nearest) if nearest else None


def _with_place(ctx: Context, trigger: Trigger, found: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """A crash, a quake, a fire or an explosion happens to a place: the toll road, the region is its participant."""
    place = _place(ctx, trigger) if not trigger.type and KIND_OF.get(trigger.root) in PLACE_KINDS else None
    if place is None or any(m.entity_id == place.entity_id for m in found):
        return found
    return (*found, place)[:MAX_ACTORS]


def _opens_span(ctx: Context, timex: Timex) -> bool:
    """"selama 2022", "hingga Juli": not when the event happened; "sejak Sabtu (7/9/2019)" is when it began."""
    i = ctx.word_index(timex.start)
    before = ctx.words[i - 1].lower if i > 0 else ""
    return before in SPAN_OPENERS and not (before in START_OPENERS and len(DATE_VALUE.match(timex.value).group()) == 10)


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
    """Timexes naming a day, month, week or year (a clock time with its day too)."""
    return [t for t in ctx.article.timexes if start <= t.start < end and t.type in ("DATE", "TIME")
            and DATE_VALUE.match(t.value) and not _opens_span(ctx, t) and not _cited(ctx, t)
            and not _names_term(ctx, t)]


def _adverbial(ctx: Context, timex: Timex) -> bool:
    """"pada Rabu (11/9/2019)" dates the clause; "Piala Eropa 2020" names something."""
    i = ctx.word_index(timex.start)
    return i > 0 and ctx.words[i - 1].lower in DATE_PREPOSITIONS


def _same_clause(ctx: Context, trigger: Trigger, timex: Timex, starts: Sequence[int]) -> bool:
    """No clause break and no nearer trigger between the trigger and the timex, except the occasion the event
    took place at ("Persetujuan … disampaikan dalam rapat paripurna DPR yang digelar pada Kamis (5/9/2019)")."""
    after = timex.start > trigger.start
    lo, hi = (trigger.end, timex.start) if after else (timex.end, trigger.start)
    between = ctx.words_in(lo, hi)
    nearer = [s for s in starts if lo <= s < hi]
    return (not any(w.lower in DATE_BREAKS for w in between) and ";" not in ctx.text[lo:hi]
            and (not nearer or after and _occasion(ctx, nearer[0]))
            and not (not after and _coordinated(ctx, timex, trigger, starts)))


def _occasion(ctx: Context, start: int) -> bool:
    i = ctx.word_index(start)
    return i > 0 and ctx.words[i - 1].lower in OCCASION_PREPOSITIONS


def _coordinated(ctx: Context, timex: Timex, trigger: Trigger, starts: Sequence[int]) -> bool:
    """A date before "dan" dates the verb before it: "wafat … pada Rabu (11/9/2019) dan dikebumikan … Kamis"."""
    sent_start = ctx.sentence(timex.start)[0]
    return (any(w.lower == "dan" for w in ctx.words_in(timex.end, trigger.start))
            and any(sent_start <= s < timex.start for s in starts))


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
    return DATE_VALUE.match(nearest.value).group() if nearest else None


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
            days += [(not any(c.isdigit() for c in ctx.text[t.start:t.end]), DATE_VALUE.match(t.value).group())
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


def _conditional(ctx: Context, trigger: Trigger) -> bool:
    """A condition opens the sentence or a comma clause before the trigger ("Jika …, penyidik akan …")."""
    sent_start = ctx.sentence(trigger.start)[0]
    return any(w.lower in lex.CONDITIONAL and not ctx.text[sent_start:w.start].strip(' "“(').rstrip().endswith(
        tuple("abcdefghijklmnopqrstuvwxyz0123456789)")) for w in ctx.words_in(sent_start, trigger.start))


def _cancelled(ctx: Context, trigger: Trigger, before: set[str]) -> bool:
    after = {w.lower for w in ctx.words[trigger.word + 1:trigger.word + 1 + lex.CANCEL_REACH]
             if w.start < ctx.sentence(trigger.start)[1]}
    return bool((before | after) & lex.CANCELLED)


def modality(ctx: Context, trigger: Trigger, *, quoted: bool) -> str:
    """asserted, reported, planned, conditional, cancelled or negated: only the first two say it happened."""
    before = {w.lower for w in ctx.words[max(trigger.word - lex.MODALITY_REACH, 0):trigger.word]}
    if trigger.root not in lex.CANCELLED_ROOTS and _cancelled(ctx, trigger, before):
        return "cancelled"
    if _conditional(ctx, trigger):
        return "conditional"
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
    """``quote``: the content span of the quote the trigger stands in; ``starts``: all trigger offsets."""
    return Arguments(_with_place(ctx, trigger, actors(ctx, trigger, quote)), where(ctx, trigger),
                     date(ctx, trigger, quote, starts),
                     modality(ctx, trigger, quoted=quote is not None))
