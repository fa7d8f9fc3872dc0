"""Event arguments around a trigger: actors, place, date and modality.

Actors: the people named before the trigger in its clause (the subject, often behind an
apposition), else the nearest organisation or country; then the names after it up to the
next clause break. A place is a location introduced by ``di``/``ke``. The date: ``dates``.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..context import Context
from ..lang.id import triggers as lex
from ..lang.id.happenings import KIND_OF
from ..model import Mention, Modality
from ..quotes import speakers
from . import dates
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
LEFT_BREAKS = frozenset({"bahwa", "setelah", "sebelum", "ketika", "saat", "namun", "tetapi", "sementara"})
SUBJECT_SKIP = frozenset({"juga", "telah", "sudah", "akan", "pun", "kemudian", "lalu", "terakhir", "kali", "pernah",
                          "sedang", "masih", "baru", "segera", "secara", "langsung", "tidak", "belum", "akhirnya",
                          "semua", "sendiri", "memang", "kembali", "sempat", "bersama-sama"})  # "Kita semua akhirnya …"
MAX_ACTORS = 4
VERB_PREFIXES = ("me", "di", "ber", "ter")  # an affixed verb, not a noun ("pertemuan", "rapat")
PLACE_KINDS = frozenset({"accident", "disaster", "fire", "explosion"})
RIGHT_REACH = 12  # words


@dataclass(frozen=True, slots=True)
class Arguments:
    actors: tuple[Mention, ...]
    where: str | None
    date: str | None
    modality: Modality


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
    return (_speaks_here(ctx, mention) or (i > 0 and ctx.words[i - 1].lower in ATTRIBUTION)
            or (after < len(ctx.words) and ctx.words[after].lower in WRITES))


def _speaks_here(ctx: Context, mention: Mention) -> bool:
    """The speaker of a quote of its own sentence; not a person a later "ujarnya" or "dia menegaskan" refers back
    to ("Bambang Brojonegoro tak menampik …. Namun dia menegaskan, …": Bambang concedes)."""
    return (mention.start, mention.end) in ctx.speakers and mention.start in ctx.speaking


def _candidates(ctx: Context, start: int, end: int) -> list[Mention]:
    return [m for m in ctx.mentions_in(start, end) if not _is_place(ctx, m) and not _is_source(ctx, m)]


def _left_start(ctx: Context, trigger: Trigger, sent_start: int) -> int:
    for w in reversed(ctx.words_in(sent_start, trigger.start)):
        if w.lower in LEFT_BREAKS:
            return w.end
    return sent_start


def _right_end(ctx: Context, trigger: Trigger, sent_end: int) -> int:
    """The next clause break, or what the event is about ("berbicara tentang dukungan Uni Soviet")."""
    for w in ctx.words[trigger.word + 1:trigger.word + RIGHT_REACH]:
        if w.start >= sent_end or w.lower in dates.CLAUSE_BREAKS or w.lower in lex.TOPIC_PREPOSITIONS:
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
    return list(ctx.mentions_in(found.speaker_start or 0, found.speaker_end or 0)[:1]) if found else []


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


def _struck(ctx: Context, trigger: Trigger) -> Mention | None:
    """The place a happening strikes, named without "di" ("gempa … yang juga mengguncang Halmahera Selatan"):
    the nearest location of the sentence."""
    sent_start, sent_end = ctx.sentence(trigger.start)
    places = [m for m in ctx.mentions_in(sent_start, sent_end) if m.label.startswith("LOC")]
    return min(places, key=lambda m: abs(m.start - trigger.start), default=None)


def _with_place(ctx: Context, trigger: Trigger, found: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """A crash, a quake, a fire or an explosion happens to a place: the toll road, the region is its participant."""
    happens = not trigger.type and KIND_OF.get(trigger.root) in PLACE_KINDS
    place = (_place(ctx, trigger) or _struck(ctx, trigger)) if happens else None
    if place is None or any(m.entity_id == place.entity_id for m in found):
        return found
    return (*found, place)[:MAX_ACTORS]


def _conditional(ctx: Context, trigger: Trigger) -> bool:
    """A condition opens the sentence or a comma clause before the trigger ("Jika …, penyidik akan …")."""
    sent_start = ctx.sentence(trigger.start)[0]
    return any(w.lower in lex.CONDITIONAL and not ctx.text[sent_start:w.start].strip(' "“(').rstrip().endswith(
        tuple("abcdefghijklmnopqrstuvwxyz0123456789)")) for w in ctx.words_in(sent_start, trigger.start))


def _cancelled(ctx: Context, trigger: Trigger, before: set[str]) -> bool:
    after = {w.lower for w in ctx.words[trigger.word + 1:trigger.word + 1 + lex.CANCEL_REACH]
             if w.start < ctx.sentence(trigger.start)[1]}
    return bool((before | after) & lex.CANCELLED)


def _planned_noun(ctx: Context, trigger: Trigger) -> bool:
    """A happening named by a noun whose predicate is a plan ("Rapat Paripurna DPR akan digelar pada Selasa")."""
    if ctx.words[trigger.word].lower.startswith(VERB_PREFIXES):
        return False
    end = ctx.sentence(trigger.start)[1]
    for w in ctx.words[ctx.word_index(trigger.end):ctx.word_index(trigger.end) + lex.MODALITY_REACH]:
        if w.start >= end or w.lower in dates.CLAUSE_BREAKS or w.lower.startswith(VERB_PREFIXES):
            return False
        if w.lower in lex.PLANNED:
            return True
    return False


def _before(ctx: Context, trigger: Trigger) -> set[str]:
    """The words just before the trigger in its own clause: "Arsul juga tidak menampik bahwa rapat tersebut
    digelar secara tertutup" negates the denial, not the meeting."""
    sent_start = ctx.sentence(trigger.start)[0]
    words = [w for w in ctx.words[max(trigger.word - lex.MODALITY_REACH, 0):trigger.word] if w.start >= sent_start]
    cut = max((k + 1 for k, w in enumerate(words) if w.lower in dates.CLAUSE_BREAKS), default=0)
    return {w.lower for w in words[cut:]}


def modality(ctx: Context, trigger: Trigger, *, quoted: bool) -> Modality:
    """asserted, reported, planned, conditional, cancelled or negated: only the first two say it happened."""
    before = _before(ctx, trigger)
    if trigger.root not in lex.CANCELLED_ROOTS and _cancelled(ctx, trigger, before):
        return "cancelled"
    if _conditional(ctx, trigger):
        return "conditional"
    if before & lex.NEGATED:
        return "negated"
    if before & lex.PLANNED or _planned_noun(ctx, trigger):
        return "planned"
    sent_start = ctx.sentence(trigger.start)[0]
    if quoted or any(w.lower in lex.REPORTED for w in ctx.words_in(sent_start, trigger.start)):
        return "reported"
    return "asserted"


def arguments(ctx: Context, trigger: Trigger, *, quote: tuple[int, int] | None,
              starts: Sequence[int]) -> Arguments:
    """``quote``: the content span of the quote the trigger stands in; ``starts``: all trigger offsets, sorted."""
    return Arguments(_with_place(ctx, trigger, actors(ctx, trigger, quote)), where(ctx, trigger),
                     dates.date(ctx, trigger, quote, starts),
                     modality(ctx, trigger, quoted=quote is not None))
