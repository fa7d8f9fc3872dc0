"""Claims and disputes: who accuses whom of what, and who denies it.

An accusation is an ACCUSE event ("AS menuduh Korea Utara …") or a weapons/attack event
reported inside someone's quote ("Pyongyang telah mengirimkan senjata …, kata Gedung Putih").
A denial is a REJECT event. They dispute one claim when the denier is the accused
(by entity, or by the government a capital stands for).
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..lang.id.cues import CLAUSE_VERBS, POSTPOSED, SPEECH_VERBS
from ..model import Article, Event, Mention
from . import dates
from .model import Dispute, Entry
from .select import REACTIONS, verbal

QUOTED_CLAIMS = frozenset({"AID", "ASSAULT"})
SUBJECT_WORDS = 4


@dataclass(frozen=True, slots=True)
class Stance:
    source: str
    sentence: str
    holders: tuple[str, ...]  # names of who accuses, or who denies
    targets: frozenset[str]  # entity keys of who is accused, or who denies (for matching)
    target_names: tuple[str, ...]


def _key(m: Mention) -> str:
    return m.refers_to or m.entity_id or m.name


def _split(article: Article, event: Event) -> tuple[list[Mention], list[Mention]]:
    inside = [m for m in article.entities if event.start <= m.start and m.end <= event.end]
    return [m for m in inside if m.end <= event.trigger_start], [m for m in inside if m.start >= event.trigger_end]


def _names(article: Article, mentions: Sequence[Mention]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(m.name or article.span_text(m) for m in mentions))


def _subject(article: Article, event: Event) -> str:
    """The words before an accusation when they name no entity ("Negara-negara Barat menuduh …")."""
    words = article.text[event.start:event.trigger_start].split()
    return " ".join(words[-SUBJECT_WORDS:]).strip(",") or "?"


def _said(article: Article, event: Event) -> bool:
    """A statement event: its trigger is the speech cue of a quote (''…," kata Henry'), so its first actor is
    the speaker and the names before the trigger are the quote's content, not who speaks."""
    word = article.text[event.trigger_start:event.trigger_end].casefold()
    return word in POSTPOSED or word in SPEECH_VERBS or word in CLAUSE_VERBS


def _statement_stance(article: Article, event: Event) -> Stance:
    return Stance(article.source, article.text[event.start:event.end], event.actor_names[:1],
                  frozenset(event.actors[1:2] or event.actors[:1]), event.actor_names[1:2] or event.actor_names[:1])


def _accusations(article: Article) -> list[Stance]:
    denying = {e.start for e in article.events if e.type == "REJECT"}
    found = []
    for event in article.events:
        if event.type == "ACCUSE" and event.actors and _said(article, event):
            if len(event.actors) > 1:
                found.append(_statement_stance(article, event))
            continue
        before, after = _split(article, event)
        sentence = article.text[event.start:event.end]
        if (event.type == "ACCUSE" and event.start in denying
                and not verbal(article.text[event.trigger_start:event.trigger_end])):
            continue  # 'AS membantah tuduhan China …': the accusation named by its denial, not made here
        if event.type == "ACCUSE" and after:
            found.append(Stance(article.source, sentence, _names(article, before) or (_subject(article, event),),
                                frozenset(map(_key, after[:1])), _names(article, after[:1])))
            continue
        quote = next((q for q in article.quotes if q.start <= event.trigger_start < q.end and q.speaker), None)
        if quote and event.type in QUOTED_CLAIMS and event.modality == "reported" and before:
            found.append(Stance(article.source, sentence, (quote.speaker,), frozenset(map(_key, before[-1:])),
                                _names(article, before[-1:])))
    return found


def _denials(article: Article) -> list[Stance]:
    found = []
    for event in article.events:
        if event.type == "REJECT" and event.actors and _said(article, event):
            stance = _statement_stance(article, event)
            found.append(Stance(stance.source, stance.sentence, stance.holders, frozenset(event.actors[:1]),
                                stance.holders))
            continue
        before, _ = _split(article, event)
        if event.type == "REJECT" and before:
            holders = _names(article, before)
            found.append(Stance(article.source, article.text[event.start:event.end], holders,
                                frozenset(map(_key, before)), holders))
    return found


def disputes(articles: Sequence[Article], *, story_of: Mapping[str, str] | None = None) -> tuple[Dispute, ...]:
    """Disputes within each story (``story_of``: article id -> story id), or among all ``articles`` when None:
    an accusation and a denial about one party in unrelated threads are not one dispute."""
    if story_of is None:
        return _disputes(articles)
    return tuple(d for found in by_story(articles, story_of).values() for d in found)


def by_story(articles: Sequence[Article], story_of: Mapping[str, str]) -> dict[str, tuple[Dispute, ...]]:
    groups: dict[str, list[Article]] = {}
    for article in articles:
        groups.setdefault(story_of.get(article.id, article.id), []).append(article)
    return {story: _disputes(group) for story, group in groups.items()}


def _disputes(articles: Sequence[Article]) -> tuple[Dispute, ...]:
    accusations = [s for a in articles for s in _accusations(a)]
    denials = [s for a in articles for s in _denials(a)]
    found = []
    for accused in dict.fromkeys(t for s in accusations for t in s.targets):
        against = [s for s in accusations if accused in s.targets]
        denied = [s for s in denials if accused in s.targets]
        if not denied:
            continue
        found.append(Dispute(
            claim=against[0].sentence,
            claimants=tuple(dict.fromkeys(h for s in against for h in s.holders)),
            deniers=tuple(dict.fromkeys(h for s in denied for h in s.holders)),
            accused=against[0].target_names,
            sources=tuple(dict.fromkeys(s.source for s in [*against, *denied])),
            denials=tuple(dict.fromkeys(s.sentence for s in denied))))
    return tuple(found)


def reactions(entries: Sequence[Entry]) -> dict[str, str]:
    """Reaction entry id -> the id of the entry it responds to: one that an article reporting the reaction
    also reports, dated no later. A denial answers an accusation of its holder; otherwise what happened
    (not another reaction) is preferred, then more shared articles and actors, then the nearer date."""
    by_source: dict[str, list[Entry]] = {}
    for entry in entries:
        for source in entry.sources:
            by_source.setdefault(source, []).append(entry)
    found: dict[str, str] = {}
    for reaction in (e for e in entries if e.type in REACTIONS):
        candidates = {e.id: e for s in reaction.sources for e in by_source[s] if e.id != reaction.id
                      and _before(e, reaction) and not _answers(e, reaction) and found.get(e.id) != reaction.id}
        if candidates:
            found[reaction.id] = max(candidates.values(), key=lambda e: _fit(reaction, e)).id
    return found


def _before(event: Entry, reaction: Entry) -> bool:
    span, then = dates.to_range(event.date), dates.to_range(reaction.date)
    return span is not None and then is not None and span[0] <= then[1]


def _answers(reaction: Entry, event: Entry) -> bool:
    """A denial by one whom the accusation names."""
    return reaction.type == "REJECT" and event.type == "ACCUSE" and reaction.actors[0] in event.actors[1:]


def _fit(reaction: Entry, event: Entry) -> tuple[bool, bool, int, int, int]:
    shared = len(set(reaction.sources) & set(event.sources))
    span, then = dates.to_range(event.date), dates.to_range(reaction.date)
    gap = (then[0] - span[1]).days if span and then else 0
    common = len(set(reaction.actors) & set(event.actors))
    return _answers(reaction, event), event.type not in REACTIONS, shared, common, -abs(gap)


def answered(entries: Sequence[Entry]) -> list[tuple[Dispute, tuple[str, str]]]:
    """Disputes between entries: a denial that responds (``reacts_to``) to someone else's accusation, or an
    accusation that responds to someone else's denial; each with the ids of its two entries."""
    by_id = {e.id: e for e in entries}
    found = []
    for reaction in entries:
        cause = by_id.get(reaction.reacts_to or "")
        if cause and {reaction.type, cause.type} == {"ACCUSE", "REJECT"} and reaction.actors[0] != cause.actors[0]:
            claim, denial = (cause, reaction) if cause.type == "ACCUSE" else (reaction, cause)
            found.append((Dispute(claim.summary, claim.actor_names[:1], denial.actor_names[:1], claim.actor_names[1:2],
                                  tuple(dict.fromkeys([*claim.sources, *denial.sources])), (denial.summary,)),
                          (claim.id, denial.id)))
    return found
