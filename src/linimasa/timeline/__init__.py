"""The collection level: one sourced timeline from annotated articles.

``build`` merges event mentions across articles into entries (with evidence spans), adds
copies and stories (linimasa.dedup), disputes and briefings. Passing ``previous`` extends an
existing timeline with new articles only: earlier entries keep their ids, and entries that
a new article shows to be one event are merged and recorded in ``merges``.
"""
from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import replace
from operator import attrgetter

from ..model import Article
from ..settings import Settings
from . import briefing, claims, merge, select
from .model import DateConflict, Dispute, Entry, Evidence, Story, Timeline

__all__ = ["DateConflict", "Dispute", "Entry", "Evidence", "Story", "Timeline", "build", "render_text",
           "to_contract"]


def _stories(articles: Sequence[Article]) -> tuple[tuple[tuple[str, str], ...], tuple[Story, ...]]:
    from ..dedup import assign_stories, find_copies

    key = attrgetter("source")
    copies = tuple(sorted((link.a, link.b) for link in find_copies(articles, key=key)))
    by_source = {a.source: a for a in articles}
    assignment = assign_stories(articles, copies=copies, key=key)
    stories = tuple(Story(_story_id(by_source[group[0]]), tuple(group),
                          briefing.story_briefing([by_source[s] for s in group]))
                    for group in assignment.stories())
    return copies, stories


def _story_id(first: Article) -> str:
    """Named after its first article, so ids do not collide when a timeline is extended."""
    return "story_" + hashlib.sha1(first.id.encode()).hexdigest()[:12]


def _groups(previous: Timeline | None) -> merge.Groups:
    groups = merge.Groups()
    for entry in previous.entries if previous else ():
        group = groups.new(entry.id)
        for ev in entry.evidence:
            groups.add(group, ev)
    return groups


def _entries(articles: Sequence[Article], previous: Timeline | None, disputes: tuple[Dispute, ...],
             story_of: Mapping[str, str]) -> tuple[tuple[Entry, ...], list[tuple[str, str]], tuple[Dispute, ...]]:
    founders, followers = select.mentions(articles, story_of)
    groups, merges = merge.merge_groups(merge.group(founders, followers, _groups(previous)))
    by_id = {a.id: a for a in articles}
    claimed = {sentence for d in disputes for sentence in (d.claim, *d.denials)}
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
    return tuple(sorted(entries, key=lambda e: (e.date or "9999", e.id))), merges, tuple(d for d, _ in answered)


def _quotes(entry: Entry, articles: dict[str, Article]) -> tuple[str, ...]:
    """Attributed quotes in the evidence sentences: 'Speaker: “…”'."""
    found = {}
    for ev in entry.evidence:
        article = articles.get(ev.article_id)
        for q in article.quotes if article else ():
            if ev.start <= q.start < ev.end and q.speaker:
                found[(ev.article_id, q.start)] = f"{q.speaker}: “{briefing.one_line(article.text[q.start:q.end])}”"
    return tuple(found.values())


def build(articles: Sequence[Article], *, settings: Settings, previous: Timeline | None = None,
          story_of: Mapping[str, str] | None = None) -> Timeline:
    """The timeline of ``articles`` (added to ``previous`` when given).

    ``story_of`` (article id -> story id) is a story assignment the caller keeps collection-wide, with the
    copies; without it copies and stories are found among ``articles`` here. Disputes are found per story.
    """
    own = story_of is None
    copies, stories = _stories(articles) if articles and own else ((), ())
    if own:
        by_source = {a.source: a.id for a in articles}
        story_of = {by_source[source]: story.id for story in stories for source in story.sources}
    disputes = claims.disputes(articles, story_of=story_of)
    # stories found here among the new articles only cannot be matched with a previous timeline's
    entries, merges, answered = _entries(articles, previous, disputes, {} if own and previous else story_of)
    disputes += answered
    if previous:
        copies, stories = previous.duplicates + copies, previous.stories + stories
        disputes, merges = previous.disputes + disputes, [*previous.merges, *merges]
    return Timeline(entries, stories, copies, disputes, tuple(merges))


def to_contract(timeline: Timeline) -> dict:
    """The JSON object of ``linimasa timeline`` (CONTRACT.md, with the keys docs/contract.md adds)."""
    return {
        "duplicates": [list(pair) for pair in timeline.duplicates],
        "stories": [list(story.sources) for story in timeline.stories],
        "events": [_event(e) for e in timeline.entries],
        "disputes": [{"claim": d.claim, "claimants": list(d.claimants), "deniers": list(d.deniers),
                      "accused": list(d.accused), "sources": list(d.sources)} for d in timeline.disputes],
    }


def _event(e: Entry) -> dict:
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
