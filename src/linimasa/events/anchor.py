"""Dates from context, for events their own clause leaves undated.

An article dates a happening once and then refers back to it: "BJ Habibie wafat … pada Rabu (11/9/2019) dan
dikebumikan … Kamis" is followed by "Upacara pemakaman sendiri dipimpin langsung oleh Presiden Joko Widodo";
"Pertemuan itu berlangsung … pada 8 Agustus 2018" by "Dalam pertemuan itu, …". So an undated event takes

- the date of the nearest dated mention of the same happening: the same trigger root or kind of happening
  pointed back at ("pertemuan itu", "kecelakaan tersebut"), or a death or a funeral (an article reports one of
  each; of crashes, quakes, matches and laws it often reports several);
- else, when its sentence opens by pointing back at an occasion ("Dalam pertemuan itu", "Pada kesempatan
  tersebut", "Saat itu"), the date of the previous sentence;
- else the publication date.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..context import Context
from ..lang.id.happenings import KIND_OF
from ..model import Event
from . import dates
from .triggers import Trigger

DEMONSTRATIVES = frozenset({"itu", "tersebut"})
POINTING_REACH = 2  # words between a trigger and its demonstrative ("pertemuan tertutup itu")
OCCASION_PREPOSITIONS = frozenset({"dalam", "pada", "di", "usai", "seusai", "selepas", "saat", "ketika", "sewaktu"})
OPENER_WORDS = 4  # "Dalam kesempatan yang sama itu"
ONCE = frozenset({"death", "funeral"})  # kinds of happening an article reports one of
MIN_PRECISION = len("2019-09")  # a year alone does not date a happening for another mention


def _points_back(ctx: Context, trigger: Trigger) -> bool:
    end = ctx.sentence(trigger.start)[1]
    after = [w for w in ctx.words[ctx.word_index(trigger.end):ctx.word_index(trigger.end) + POINTING_REACH]
             if w.start < end]
    return any(w.lower in DEMONSTRATIVES for w in after)


def _opens_on_occasion(ctx: Context, pos: int) -> bool:
    """"Dalam pertemuan itu, …", "Saat itu …": a sentence that points back at what the previous one told."""
    words = ctx.words_in(*ctx.sentence(pos))[:OPENER_WORDS + 1]
    return (len(words) > 1 and words[0].lower in OCCASION_PREPOSITIONS
            and any(w.lower in DEMONSTRATIVES for w in words[1:]))


def _kind(trigger: Trigger) -> str:
    return KIND_OF.get(trigger.root, "") if not trigger.type else ""


def _keys(trigger: Trigger) -> list[str]:
    """What makes two mentions one happening: the same root, or the same kind of happening outside PLOVER."""
    return [f"root {trigger.root}", *([f"kind {_kind(trigger)}"] if _kind(trigger) else [])]


def _happening_date(ctx: Context, i: int, found: Sequence[Trigger], days: Sequence[str | None],
                    dated: dict[str, list[int]]) -> str | None:
    """The nearest dated mention of the same happening (``dated``: key -> dated trigger indexes), earlier first."""
    if not (_kind(found[i]) in ONCE or _points_back(ctx, found[i])):
        return None
    same = [(k > i, abs(k - i), days[k]) for key in _keys(found[i]) for k in dated.get(key, ()) if k != i]
    return min(same)[2] if same else None


def _previous_date(ctx: Context, trigger: Trigger) -> str | None:
    """The date the previous sentence gives, if the trigger's sentence points back at its occasion."""
    index = ctx.sentence_index(trigger.start)
    if not index or not _opens_on_occasion(ctx, trigger.start):
        return None
    start, end = ctx.sentences[index - 1]
    return dates.stated(ctx, start, end, end)


def fill(ctx: Context, found: Sequence[Trigger], events: Sequence[Event]) -> list[Event]:
    """``events`` (one per trigger in ``found``) with the undated ones dated from their context."""
    days = [e.date for e in events]
    dated: dict[str, list[int]] = {}
    for k, trigger in enumerate(found):
        if len(days[k] or "") >= MIN_PRECISION:
            for key in _keys(trigger):
                dated.setdefault(key, []).append(k)
    published, focus = dates.published(ctx), dates.focus(ctx)
    lead = ctx.sentences[:dates.FOCUS_SENTENCES]
    lead_end = lead[-1][1] if lead else len(ctx.text)
    return [e if e.date else replace(e, date=_happening_date(ctx, i, found, days, dated)
                                     or _previous_date(ctx, found[i]) or (focus if e.start < lead_end else published))
            for i, e in enumerate(events)]
