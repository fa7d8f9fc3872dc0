"""The timeline: event mentions merged across articles into entries, with their evidence, and its outputs.

``entries_of`` extends a timeline with new articles' mentions (stored entries keep their ids; entries a new
article shows to be one event merge, recorded in ``merges``). It is the entries stage of the collection stages
(``linimasa.collection.stages``), which also find copies, stories, disputes and briefings; ``build`` runs them
all over articles read as one collection.
"""
from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace
from operator import attrgetter
from typing import Any

from ..model import Article
from ..settings import Settings
from . import briefing, claims, merge, select
from .groups import Groups
from .model import DateConflict, Dispute, Entry, Evidence, Story, Timeline

__all__ = ["DateConflict", "Dispute", "Entry", "Evidence", "Story", "Timeline", "build", "entries_of",
           "render_text", "to_contract"]


def _groups(previous: Timeline | None) -> Groups:
    found = Groups()
    for entry in previous.entries if previous else ():
        group = found.new(entry.id)
        for ev in entry.evidence:
            found.add(group, ev)
    return found


def entries_of(articles: Sequence[Article], *, previous: Timeline | None, claimed: Collection[str],
               story_of: Mapping[str, str]) -> Timeline:
    """``previous`` (its entries and merges) extended with the event mentions of ``articles``.

    ``claimed`` are the sentences stating a disputed claim: an entry they are evidence of is disputed.
    ``story_of`` (article id -> story id) keeps mentions to entries of their own story; empty, to any.
    """
    founders, followers = select.mentions(articles, story_of)
    groups, merges = merge.merge_groups(merge.group(founders, followers, _groups(previous)))
    by_id = {a.id: a for a in articles}
    before = {e.id: e for e in previous.entries} if previous else {}
    entries = []
    for g in groups:
        entry = merge.to_entry(g)
        disputed = any(e.article_id in by_id and by_id[e.article_id].text[e.start:e.end] in claimed
                       for e in entry.evidence)
        old = before.get(entry.id)
        summary = old.summary if old else briefing.entry_summary(entry, by_id)
        quotes = tuple(dict.fromkeys([*(old.quotes if old else ()), *_quotes(entry, by_id)]))
        entries.append(replace(entry, summary=summary, disputed=disputed or bool(old and old.disputed), quotes=quotes))
    links = claims.reactions(entries)
    entries = [replace(e, reacts_to=links.get(e.id)) for e in entries]
    answered = claims.answered(entries)
    sides = {entry_id for _, pair in answered for entry_id in pair}
    entries = [replace(e, disputed=True) if e.id in sides else e for e in entries]
    ordered = tuple(sorted(entries, key=lambda e: (e.date or "9999", e.id)))
    return Timeline(ordered, merges=(*(previous.merges if previous else ()), *merges),
                    disputes=tuple(d for d, _ in answered))


def _quotes(entry: Entry, articles: dict[str, Article]) -> tuple[str, ...]:
    """Attributed quotes in the evidence sentences: 'Speaker: “…”'."""
    found = {}
    for ev in entry.evidence:
        article = articles.get(ev.article_id)
        if article is None:
            continue
        for q in article.quotes:
            if ev.start <= q.start < ev.end and q.speaker:
                found[(ev.article_id, q.start)] = f"{q.speaker}: “{briefing.one_line(article.text[q.start:q.end])}”"
    return tuple(found.values())


def build(articles: Sequence[Article], *, settings: Settings, previous: Timeline | None = None,
          story_of: Mapping[str, str] | None = None) -> Timeline:
    """The timeline of ``articles`` read as one collection (from files: an exact repost is an article of its own,
    named by its source), through every collection stage; added to ``previous`` when given.

    ``story_of`` (source -> story id) gives those articles their story instead of finding one.
    """
    from ..collection.stages import Stored, Update, as_timeline, run

    key = attrgetter("source")
    stored = Stored(story_of or {}, timeline=None if previous is None else lambda: previous)
    update = Update(tuple(articles), frozenset(map(key, articles)), stored, key)
    return as_timeline(run(update, settings))


def to_contract(timeline: Timeline) -> dict[str, Any]:
    """The JSON object of ``linimasa timeline`` (CONTRACT.md, with the keys docs/contract.md adds)."""
    return {
        "duplicates": [list(pair) for pair in timeline.duplicates],
        "stories": [list(story.sources) for story in timeline.stories],
        "events": [_event(e) for e in timeline.entries],
        "disputes": [{"claim": d.claim, "claimants": list(d.claimants), "deniers": list(d.deniers),
                      "accused": list(d.accused), "sources": list(d.sources)} for d in timeline.disputes],
    }


def _event(e: Entry) -> dict[str, Any]:
    dates = [{"date": value, "sources": list(sources)} for value, sources in e.conflict.values] if e.conflict else None
    return {"id": e.id, "date": e.date, "type": e.type or None, "actors": list(e.actor_names), "where": e.where,
            "summary": e.summary, "sources": list(e.sources), "modality": e.modality, "background": e.background,
            "reacts_to": e.reacts_to, "disputed": e.disputed, "date_dispute": dates}


def render_text(timeline: Timeline) -> str:
    """The timeline for a terminal: date, type, actors, one-line summary, source count."""
    lines = [(f"{len(timeline.entries)} events, {len(timeline.stories)} stories, "
             f"{len(timeline.duplicates)} duplicate pairs, {len(timeline.disputes)} disputed claims")]
    for e in timeline.entries:
        flags = ((" [disputed]" if e.disputed else "") + (" [dates differ]" if e.conflict else "")
                 + (" [background]" if e.background else "") + (f" [{e.modality}]" if e.modality != "asserted" else ""))
        lines.append(f"{e.date or '?':10} {e.type or '-':9} {', '.join(e.actor_names)[:48]:48} "
                     f"{len(e.sources)} src{flags}")
        lines.append(f"{'':20} {e.summary[:110]}")
    for d in timeline.disputes:
        lines.append(f"disputed: {', '.join(d.claimants)} vs {', '.join(d.deniers)}: {d.claim[:90]}")
    for story in timeline.stories:
        lines.append(f"story of {len(story.sources)} article(s): {story.briefing[:200]}")
    return "\n".join(lines)
