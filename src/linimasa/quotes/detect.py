"""Find quote candidates: quoted content, its cue, and where the speaker phrase lies.

Direct quotes are quotation-marked spans with a cue right after or right before the
marks, or whole quoted sentences standing alone (a continuation of the last speaker).
Indirect quotes hang on a cue word; the content is the reported clause.
Short marked fragments without a cue ("Hari Kemenangan") are scare quotes, not quotes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..context import Context
from ..lang.id import cues
from .marks import Marked, quoted_index

MIN_STANDALONE_WORDS = 6
MIN_CONTENT_WORDS = 3
CLAUSE_REACH = 5  # words after a verb in which a reported clause shows its auxiliary
INTERRUPTED_HEAD = 6  # words before a cue that interrupts an indirect quote
COMPLEMENTISER_REACH = 15  # words between a verb and its "bahwa" ("mengatakan kepada wartawan bahwa")
CLOSERS = ',"\u201d\u2019'
CUE_WORDS = cues.POSTPOSED | cues.SPEECH_VERBS | cues.CLAUSE_VERBS | cues.SOURCE_PREPOSITIONS | cues.PASSIVE_CUES


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    direct: bool
    cue_start: int
    cue_end: int
    side: str  # where the speaker is: "after" the cue, "before" it, or "previous" (last speaker)
    region: tuple[int, int]  # text span holding the speaker phrase


def _mark_before(ctx: Context, pos: int) -> int:
    """Offset of the last non-space character before ``pos`` (0 at the start of the text)."""
    while pos > 0 and ctx.text[pos - 1].isspace():
        pos -= 1
    return max(pos - 1, 0)


def _is_postposed(ctx: Context, i: int) -> bool:
    word = ctx.words[i]
    return cues.cue_base(word.lower) in cues.POSTPOSED and ctx.text[_mark_before(ctx, word.start)] in CLOSERS


def _blocked(ctx: Context, i: int) -> bool:
    sent_start = ctx.sentence(ctx.words[i].start)[0]
    before = [w for w in ctx.words[max(i - cues.NEGATION_REACH, 0):i] if w.start >= sent_start]
    return (bool(before) and before[-1].lower in cues.BLOCKERS) or any(w.lower in cues.NEGATORS for w in before)


def _complement_start(ctx: Context, i: int, sent_end: int) -> int | None:
    """Where the reported clause after a preposed verb begins, or None if none follows."""
    word = ctx.words[i]
    after = ctx.text[word.end:sent_end]
    if re.match(r"\s*[,:]", after):
        return word.end + after.index(after.lstrip()[0]) + 1
    for nxt in ctx.words[i + 1:i + 1 + COMPLEMENTISER_REACH]:
        if nxt.start >= sent_end:
            break
        if nxt.lower in cues.COMPLEMENTISERS:
            return nxt.end
    return word.end if word.lower in cues.SPEECH_VERBS or _clause_follows(ctx, i, sent_end) else None


def _clause_follows(ctx: Context, i: int, sent_end: int) -> bool:
    """A clause without "bahwa" ("menjelaskan pemerintah akan …", "menegaskan pihaknya …"), not a noun object
    ("menyatakan dukungan penuh"): a subject pronoun next, or an auxiliary within a few words."""
    following = [w.lower for w in ctx.words[i + 1:i + 1 + CLAUSE_REACH] if w.start < sent_end]
    return bool(following) and (following[0] in cues.SUBJECT_PRONOUNS
                                or any(w in cues.AUXILIARIES for w in following[1:]))


def _resumed(ctx: Context, start: int, end: int, cue_end: int, sent_end: int) -> int | None:
    """End of a quote the cue interrupts ("Hal yang menyedihkan, kata Andi, anggaran …"), if it does."""
    comma = ctx.text.find(",", cue_end, sent_end)
    if comma < 0 or len(ctx.words_in(start, end)) > INTERRUPTED_HEAD or len(ctx.words_in(cue_end, comma)) > 6:
        return None
    rest = ctx.words_in(comma, sent_end)
    if len(rest) < MIN_CONTENT_WORDS or rest[0].lower in cues.APPOSITION:
        return None
    return sent_end


def _continued(ctx: Context, cue_end: int, marked: Marked) -> int | None:
    """End of the second part of a direct quote split by its cue: '"…," kata X, "…"'."""
    sent_end = ctx.sentence(cue_end)[1]
    for start, end in marked.starting(cue_end, sent_end + 1):
        gap = ctx.text[cue_end:start - 1]
        if gap.rstrip().endswith(",") and len(ctx.words_in(cue_end, start)) <= 6:
            return end
    return None


def _direct(ctx: Context, span: tuple[int, int], marked: Marked) -> Candidate | None:
    start, end = span
    text = ctx.text
    sent_start = ctx.sentence(start)[0]
    after = re.match(r"[\"\u201d\s,.]*(\w+)", text[end:end + 40])
    if after and cues.cue_base(after.group(1)) in cues.POSTPOSED:
        cue_start = end + after.start(1)
        cue_end = end + after.end(1)
        end = _continued(ctx, cue_end, marked) or end
        return Candidate(start, end, True, cue_start, cue_end, "after", (cue_end, ctx.sentence(cue_start)[1]))
    before = re.search(r"(\w+)\s*[,:]?\s*[\"\u201c\u201e]?$", text[sent_start:start])
    if before and before.group(1).lower() in cues.SPEECH_VERBS | cues.CLAUSE_VERBS:
        cue_start = sent_start + before.start(1)
        return Candidate(start, end, True, cue_start, sent_start + before.end(1), "before", (sent_start, cue_start))
    standalone = not text[sent_start:start].strip(' "\u201c\u201e')
    if standalone and len(ctx.words_in(start, end)) >= MIN_STANDALONE_WORDS:
        return Candidate(start, end, True, start, start, "previous", (start, start))
    return None


def _menurut(ctx: Context, i: int, clause_start: int, sent_end: int) -> Candidate | None:
    word = ctx.words[i]
    if _blocked(ctx, i) or (i + 1 < len(ctx.words) and ctx.words[i + 1].lower in cues.NOT_SOURCES):
        return None
    comma = _mark_before(ctx, word.start)
    # "…, menurut X."; not the "," of a scraped paragraph join before "Menurut X, …" (".,Menurut Gusti, …")
    if ctx.text[comma] == "," and comma >= ctx.sentence(word.start)[0]:
        return Candidate(clause_start, comma, False, word.start, word.end, "after", (word.end, sent_end))
    comma = ctx.text.find(",", word.end, sent_end)
    if comma < 0:
        return None
    return Candidate(comma + 1, sent_end, False, word.start, word.end, "after", (word.end, comma))


def _passive(ctx: Context, i: int, found: list[Candidate]) -> Candidate | None:
    """"Hal itu disampaikan (oleh) X …": X said what the previous sentence reports, if no quote covers it."""
    word = ctx.words[i]
    index = ctx.sentence_index(word.start)
    sent_start, sent_end = ctx.sentence(word.start)
    opener = ctx.words_in(sent_start, word.start)
    if not index or not opener or opener[0].lower not in cues.ANAPHORIC_OPENERS or len(opener) > 3:
        return None
    start, end = ctx.sentences[index - 1]
    if any(c.start < end and start < c.end for c in found):
        return None
    nxt = ctx.words[i + 1] if i + 1 < len(ctx.words) else word
    speaker_from = nxt.end if nxt.lower == "oleh" else word.end
    return Candidate(start, end, False, word.start, word.end, "after", (speaker_from, sent_end))


def _indirect(ctx: Context, i: int, clause_start: int, found: list[Candidate]) -> Candidate | None:
    word = ctx.words[i]
    _, sent_end = ctx.sentence(word.start)
    if word.lower in cues.PASSIVE_CUES:
        return _passive(ctx, i, found)
    if cues.cue_base(word.lower) in cues.SOURCE_PREPOSITIONS:
        return _menurut(ctx, i, clause_start, sent_end)
    if _is_postposed(ctx, i):
        comma = _mark_before(ctx, word.start)
        end = _resumed(ctx, clause_start, comma, word.end, sent_end) or comma
        return Candidate(clause_start, end, False, word.start, word.end, "after", (word.end, sent_end))
    if word.lower not in cues.SPEECH_VERBS | cues.CLAUSE_VERBS or _blocked(ctx, i):
        return None
    content = _complement_start(ctx, i, sent_end)
    if content is None:
        return None
    return Candidate(content, sent_end, False, word.start, word.end, "before", (clause_start, word.start))


def candidates(ctx: Context) -> list[Candidate]:
    marked = quoted_index(ctx.text)
    found: list[Candidate] = []
    for span in marked.spans:
        if not (found and found[-1].start <= span[0] < found[-1].end):  # the second part of a split quote
            found += [c for c in [_direct(ctx, span, marked)] if c]
    used = {c.cue_start for c in found}
    clause_start = {}  # sentence index -> where the next clause of that sentence starts
    for c in found:
        clause_start[ctx.sentence_index(c.start)] = max(c.end, c.cue_end)
    for i, word in enumerate(ctx.words):
        if cues.cue_base(word.lower) not in CUE_WORDS or word.start in used or marked.covers(word.start):
            continue
        sent = ctx.sentence_index(word.start)
        start = max(clause_start.get(sent, 0), ctx.sentences[sent][0] if ctx.sentences else 0)
        cand = _indirect(ctx, i, start, found)
        if cand and len(ctx.words_in(cand.start, cand.end)) >= MIN_CONTENT_WORDS:
            found.append(cand)
            clause_start[sent] = cand.cue_end if cand.side == "before" else cand.end
    return _cut_at_next_speaker(sorted(found, key=lambda c: c.cue_start))


def _cut_at_next_speaker(found: list[Candidate]) -> list[Candidate]:
    """A reported clause ends where the next speaker of its sentence is introduced
    ("…, setelah juru bicara Matthew Miller mengatakan …")."""
    for k in range(len(found) - 1):
        a, b = found[k], found[k + 1]
        if b.side == "before" and not a.direct and a.start < b.region[0] < a.end:
            found[k] = replace(a, end=b.region[0])
    return found
