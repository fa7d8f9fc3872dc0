"""Speaker resolution: from the words around a cue to a canonical speaker.

Order of preference inside the speaker phrase: a person, then an organisation, then the
phrase itself. Pronouns (``ia``, ``dia``, ``-nya``) take the previous speaker or the
subject of the nearest sentence naming a person; descriptions (``kantor berita tersebut``,
``pemimpin Korea Utara``, ``kementerian``) take the entity the text attached them to.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from ..context import Context, Word
from ..lang.id import cues
from ..lang.id.titles import PERSON_TITLES
from ..model import Mention
from .marks import quoted_index

PERSON, ORG, PLACE = "PER", "ORG", "LOC"
DESCRIPTION_TRIES = 20  # earlier mentions of a description looked at for the name it introduced
DESCRIPTION_REACH = 60  # chars after a description where its name may follow ("pemimpin Korea Utara, Kim Jong-un")
PREVIOUS_SPEAKER_SENTENCES = 3
SUBJECT_SENTENCES = 5  # sentences searched back (the quote's own first) for a person as subject
VERB_PREFIXES = ("me", "ber", "di", "ter")
MAX_NAME_WORDS = 4


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str
    entity_id: str = ""
    start: int | None = None
    end: int | None = None
    at: int = 0  # offset of the cue, to judge how recent this speaker is


def of_mention(ctx: Context, mention: Mention, at: int) -> Speaker:
    return Speaker(ctx.name(mention), mention.entity_id, mention.start, mention.end, at)


def first_of(mentions: tuple[Mention, ...], label: str) -> Mention | None:
    return next((m for m in mentions if m.label.startswith(label)), None)


def _subject(ctx: Context, start: int, end: int) -> Mention | None:
    """The person a clause is about: named before its first verb ("Kepala Bappenas Bambang Brodjonegoro
    membenarkan …"), not after it ("… diberikan kepada perusahaan Sukanto Tanoto")."""
    verb = next((w.start for w in ctx.words_in(start, end) if _verb_like(ctx, w, passive=True)), end)
    return first_of(ctx.mentions_in(start, verb), PERSON)


def subject_before(ctx: Context, pos: int) -> Mention | None:
    """The subject of the nearest earlier sentence that has a person for one (within a few sentences), else the
    first person named in the nearest sentence that names one."""
    index = ctx.sentence_index(pos)
    earlier = [(start, min(end, pos)) for start, end in reversed(ctx.sentences[:index + 1])]
    for start, end in earlier[:SUBJECT_SENTENCES]:
        subject = _subject(ctx, start, end)
        if subject:
            return subject
    return next((p for start, end in earlier if (p := first_of(ctx.mentions_in(start, end), PERSON))), None)


def pronoun(ctx: Context, pos: int, previous: Speaker | None) -> Speaker | None:
    """The last speaker, unless the sentence before has another person say something as its subject ("Ketua DPRD
    Erwin Ayal … menyampaikan terima kasih …. "…," pungkasnya"); else the subject of an earlier sentence."""
    index = ctx.sentence_index(pos)
    recent = previous and index - ctx.sentence_index(previous.at) <= PREVIOUS_SPEAKER_SENTENCES
    start, end = ctx.sentences[max(index - 1, 0)] if ctx.sentences else (0, pos)
    end = min(end, pos)
    # a narrative sentence (not quoted, not the last speaker's own) in which someone says something
    marked = quoted_index(ctx.text)
    quoted = marked.covers(start) or bool(marked.starting(start - 1, end - 1))
    narrative = not quoted and not (previous and start <= previous.at < end)
    says = narrative and any(w.lower in cues.SAYING for w in ctx.words_in(start, end))
    subject = _subject(ctx, start, end) if recent and says else None
    if previous and recent and (subject is None or subject.entity_id == previous.entity_id):
        return Speaker(previous.name, previous.entity_id, previous.start, previous.end, pos)
    subject = subject or subject_before(ctx, pos)
    return of_mention(ctx, subject, pos) if subject else None


def description(ctx: Context, phrase: str, before: int) -> Mention | None:
    """The person or organisation an earlier mention of ``phrase`` introduced."""
    words = [w for w in phrase.lower().split() if w not in cues.DEMONSTRATIVES]
    if not words or words[0] in cues.SPEAKER_STOPS:
        return None
    pattern = r"\b" + r"\s+".join(map(re.escape, words)) + r"\b"
    starts, ends = _occurrences(ctx.text, pattern)
    earlier = bisect_right(ends, before)
    for k in reversed(range(max(earlier - DESCRIPTION_TRIES, 0), earlier)):  # the latest few: a recent introduction
        reach = min(ends[k] + DESCRIPTION_REACH, ctx.sentence(starts[k])[1])
        named = [m for m in ctx.mentions_in(starts[k] - 1, reach)
                 if m.label[:3] in (PERSON, ORG) and _apposed(ctx, ends[k], m.start)]
        if named:
            return named[0]
    return None


@lru_cache(maxsize=32)
def _occurrences(text: str, pattern: str) -> tuple[list[int], list[int]]:
    """Starts and ends of the pattern's matches in the text, found once per article and phrase: a search of
    the whole text before each quote made the stage quadratic in the article's length."""
    found = [(m.start(), m.end()) for m in re.finditer(pattern, text, re.IGNORECASE)]
    return [start for start, _ in found], [end for _, end in found]


def _apposed(ctx: Context, end: int, start: int) -> bool:
    """No clause between a description and a name: no verb-like or stop word in the gap."""
    return all(w.lower not in cues.SPEAKER_STOPS and not _verb_like(ctx, w, passive=True)
               for w in ctx.words_in(end, start))


def _trim(ctx: Context, start: int, end: int, *, at_commas: bool = True) -> tuple[int, int]:
    """Cut a speaker phrase at the first stop word (or comma); drop fillers and punctuation."""
    words = list(ctx.words_in(start, end))
    while words and words[0].lower in cues.LEADING_FILLERS:
        words.pop(0)
    kept: list[Word] = []
    for w in words:
        if kept and (w.lower in cues.SPEAKER_STOPS or (at_commas and "," in ctx.text[kept[-1].end:w.start])
                     or _verb_like(ctx, w)):
            break
        kept.append(w)
    return (kept[0].start, kept[-1].end) if kept else (start, start)


def _verb_like(ctx: Context, word: Word, *, passive: bool = False) -> bool:
    """A lower-case verb ("melaporkan", or with ``passive`` "dipimpin") ends a noun phrase; titles do not."""
    prefixes = VERB_PREFIXES if passive else VERB_PREFIXES[:2]
    return (ctx.text[word.start].islower() and len(word.lower) > 6 and word.lower.startswith(prefixes)
            and word.lower not in PERSON_TITLES)


def _phrase(ctx: Context, start: int, end: int, at: int, previous: Speaker | None) -> Speaker | None:
    start, end = _trim(ctx, start, end)
    phrase = ctx.text[start:end]
    if not phrase:
        return None
    head = phrase.split()[0].lower()
    if head == "mereka":  # a group: the last speaker only if that is an organisation ("Menurut mereka, …")
        return pronoun(ctx, at, previous) if previous and previous.entity_id.startswith("org:") else None
    if head in cues.PRONOUNS or head in cues.PLURAL_PRONOUNS:
        return pronoun(ctx, at, previous)
    if head in cues.DOCUMENTS:  # "Pasal 219 mengatakan, …": a law quoted, no one speaking
        return None
    if phrase[0].islower() or phrase.split()[-1].lower() in cues.DEMONSTRATIVES:
        named = description(ctx, phrase, start)
        if named:
            return of_mention(ctx, named, at)
        if phrase.split()[-1].lower() in cues.DEMONSTRATIVES and previous:
            return pronoun(ctx, at, previous)
    return Speaker(phrase, "", start, end, at)


def _last_segment(ctx: Context, start: int, end: int) -> int:
    """Start of the last non-empty comma segment of a preposed subject window."""
    text = ctx.text[start:end]
    for comma in reversed([m.start() for m in re.finditer(",", text)]):
        if any(w.lower not in cues.SPEAKER_STOPS for w in ctx.words_in(start + comma, end)):
            return start + comma + 1
    return start


def _bare_name(ctx: Context, start: int, end: int) -> tuple[int, int] | None:
    """A name the entity layer missed, right before a preposed cue after its title
    ("Kepala Dinas Kesehatan Ani Ruspitawati mengatakan"): two to four capitalised words."""
    covered = ctx.mentions_in(start, end)
    name: list[Word] = []
    for w in reversed(ctx.words_in(start, end)):
        if (not ctx.text[w.start].isupper() or w.lower in PERSON_TITLES or len(name) == MAX_NAME_WORDS
                or any(m.start <= w.start < m.end for m in covered)):
            break
        name.insert(0, w)
    if len(name) < 2 or ctx.text[name[-1].end:end].strip(" ,"):
        return None
    return name[0].start, name[-1].end


def _anaphor(ctx: Context, start: int, end: int, at: int, previous: Speaker | None) -> Speaker | None:
    """A description pointing back ("politikus Partai Golkar itu") is the person meant, not the name in it."""
    lo, hi = _trim(ctx, start, end)
    words = ctx.text[lo:hi].split()
    if not words or not words[0][0].islower() or words[-1].lower() not in cues.DEMONSTRATIVES:
        return None
    named = description(ctx, ctx.text[lo:hi], lo)
    return of_mention(ctx, named, at) if named else pronoun(ctx, at, previous)


def in_region(ctx: Context, region: tuple[int, int], side: str, at: int, previous: Speaker | None) -> Speaker | None:
    start, end = region
    if side == "after":
        lo, hi = _trim(ctx, start, end)
        if lo == hi and previous:  # no name: the scraper cut it ("… ada tiga," kata,.); the last speaker is likeliest
            return Speaker(previous.name, previous.entity_id, previous.start, previous.end, at)
        if ctx.text[lo:hi].lower() in cues.PRONOUNS or lo == hi:  # "kata dia" / "Apalagi, kata dia, …"
            return pronoun(ctx, at, previous)
        end = _trim(ctx, start, end, at_commas=False)[1]
        anaphor = _anaphor(ctx, start, end, at, previous)
        if anaphor:
            return anaphor
    mentions = ctx.mentions_in(start, end)
    # the clause right before a preposed cue names the speaker ("Menanggapi X, Ketua DPR Y mengatakan"),
    # unless it is an apposition ("Lukin, seorang profesor di …, mengatakan")
    segment = _last_segment(ctx, start, end) if side == "before" else start
    person = first_of(ctx.mentions_in(segment, end), PERSON) or first_of(mentions, PERSON)
    if person:
        return of_mention(ctx, person, at)
    bare = _bare_name(ctx, segment, end) if side == "before" else None
    if bare:
        return Speaker(ctx.text[bare[0]:bare[1]], "", *bare, at)
    org = first_of(ctx.mentions_in(segment, end), ORG) or first_of(mentions, ORG)
    if org:
        return of_mention(ctx, org, at)
    return _phrase(ctx, segment, end, at, previous)


def resolve(ctx: Context, cue: str, side: str, region: tuple[int, int], at: int,
            previous: Speaker | None) -> Speaker | None:
    if side == "previous" or (side == "after" and cue.lower() != cues.cue_base(cue)):
        return pronoun(ctx, at, previous)
    return in_region(ctx, region, side, at, previous)
