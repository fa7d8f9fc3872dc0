"""Which event mentions become timeline evidence, and which of them may found an entry.

A careful reader lists an article's main event, the reactions it reports and the past events it dates;
not its side remarks. So a mention founds an entry when it leads the article, when the text dates it
(a timex in its clause), or when it is a reaction (an accusation, a denial, a request…) that a main voice
of the article (named in its title or opening, and speaking in it) takes. Other mentions, dated only by
publication, may only join an entry they fit.
Events that did not happen (negated, hypothetical, conditional, cancelled) are left out; a past event
the text dates well before publication is kept as background.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence
from functools import lru_cache

from .. import stemming
from ..dedup.vocab import vocabulary
from ..lang.id import triggers
from ..lang.id.happenings import KIND_OF
from ..model import Article, Event
from . import dates, people
from .model import Evidence

REACTIONS = frozenset({"ACCUSE", "REJECT", "CONCEDE", "THREATEN", "REQUEST", "SUPPORT"})
UNREAL = frozenset({"negated", "hypothetical", "conditional", "cancelled"})  # not shown as having happened
LEAD_SENTENCES = 2  # an article's main event is stated in its opening sentences
MIN_IDF = 2.5  # log inverse share of news articles with the stem: in fewer than about 8% of them
VERB_PREFIXES = ("me", "di", "ber", "ter")
NOUN_SUFFIXES = ("an", "annya", "nya")


def _anchored(article: Article, event: Event) -> bool:
    return any(event.start <= t.start < event.end and (t.anchor or t.value).startswith(event.date or "-")
               for t in article.timexes)


def _evidence(article: Article, event: Event, persons: Mapping[str, tuple[str, str]], person_ids: set[str],
              story: str | None) -> Evidence:
    pairs = [_as_person(a or n, n, persons) for a, n in zip(event.actors, event.actor_names, strict=True)]
    anchored = _anchored(article, event)
    recalled = anchored and dates.retrospective(event.date, article.published)
    return Evidence(article.id, article.source, event.start, event.end, event.trigger_start, event.trigger_end,
                    event.type, event.date, anchored, event.modality,
                    tuple(a for a, _ in pairs), tuple(n for _, n in pairs), event.where,
                    tuple(a for a, _ in pairs if a in person_ids), None if recalled else story, background=recalled,
                    happening="" if event.type else _happening(article.text[event.trigger_start:event.trigger_end]),
                    words=_words(article.text[event.start:event.end]))


@lru_cache(maxsize=4096)  # the mentions of one sentence (and of copied articles) share it
def _words(sentence: str) -> tuple[str, ...]:
    """Stems rare enough in news to tell one happening from another (not "presiden", "mengatakan")."""
    vocab = vocabulary()
    found = {vocab.stem(m.group().casefold()) for m in stemming.words(sentence) if not m.group().isdigit()}
    return tuple(sorted(s for s in found if vocab.stem_idf(s) >= MIN_IDF))


def _happening(trigger: str) -> str:
    first = trigger.split()[0].casefold() if trigger.split() else ""
    return KIND_OF.get(triggers.lexicon().get(first, first), "")


def _eligible(article: Article, event: Event) -> bool:
    """Real, dated, and naming an actor, or a happening of a known kind (a crash) whose day the text gives: such
    a report may name no one ('kecelakaan beruntun di Km 92 …, Senin (2/9/2019) lalu') yet tells the event."""
    if not event.date or event.modality in UNREAL:
        return False
    return bool(event.actors) or bool(not event.type and dates.precision(event.date) == 0 and _anchored(article, event)
                                      and _happening(article.text[event.trigger_start:event.trigger_end]))


def _persons(articles: Sequence[Article]) -> dict[str, tuple[str, str]]:
    """Collection-wide people: name key -> (id, name)."""
    return {_key(m.name): (m.entity_id or m.name, m.name) for a in articles for m in a.entities
            if m.label.startswith("PER") and m.name}


def _key(name: str) -> str:
    return " ".join(name.casefold().replace("-", " ").split())


def _as_person(actor: str, name: str, persons: Mapping[str, tuple[str, str]]) -> tuple[str, str]:
    """An actor whose name ends with a known person's name is that person: a name span that swallowed
    a title ("Politbiro Partai Komunis Cina Li Hongzhong")."""
    words = _key(name).split()
    tails = (" ".join(words[i:]) for i in range(1, len(words) - 1))
    return next((persons[t] for t in tails if t in persons), (actor, name))


def _spoken(article: Article, event: Event, starts: Sequence[int]) -> bool:
    """Does its holder (first actor) speak in the article, or another actor near it (a quote's speaker)?
    ("Agus membantah pernyataan Alex." … "Saya ingin mengklarifikasi, …," kata Agus Rahardjo.)
    ``starts``: the article's sentence starts."""
    speakers = {event.actors[0], event.actor_names[0]}
    if any({q.speaker_id, q.speaker} & speakers for q in article.quotes):
        return True
    i = bisect_right(starts, event.start) - 1
    lo = article.sentences[max(i - 1, 0)].start if i > 0 else event.start
    hi = article.sentences[i + 1].end if 0 <= i < len(starts) - 1 else event.end
    said = {q.speaker_id or q.speaker for q in article.quotes if q.start < hi and lo < q.end}
    return bool(said & {*event.actors, *event.actor_names})


def verbal(trigger: str) -> bool:
    """A verb ("membantah", "diminta"), not a noun ("ancaman", "permintaan", "dukungannya"): a noun names a
    stance in passing ("tingkat ancaman dari rudalnya") more often than it reports one being taken."""
    word = trigger.split()[0].casefold() if trigger.split() else ""
    return word.startswith(VERB_PREFIXES) or not word.endswith(NOUN_SUFFIXES)


def _prominent(article: Article, event: Event, opening: int) -> bool:
    """Is the holder of a reaction named in the title or the opening sentences (a main voice, not a side one)?"""
    holder = event.actors[0]
    words = set(_key(event.actor_names[0]).split())
    in_title = bool(words & set(_key(article.title or "").split()))
    return in_title or any(m.entity_id == holder and m.start < opening for m in article.entities)


def _founds(ev: Evidence, *, lead: bool, stance: bool) -> bool:
    """The lead, a reaction its holder takes in the article (``stance``), or dated by the text (a week or more vague
    needs a person acting; a past event recalled needs its day or month)."""
    if ev.background:
        return dates.precision(ev.date) <= 31
    if ev.type in REACTIONS and stance and ev.modality == "asserted":
        return True
    return lead or (ev.anchored and (dates.precision(ev.date) == 0 or bool(ev.people)))


def mentions(articles: Sequence[Article], story_of: Mapping[str, str]) -> tuple[list[Evidence], list[Evidence]]:
    """(founders, followers): evidence that may start an entry, and evidence that may only join one."""
    found, founding = [], []
    persons = _persons(articles)
    person_ids = {pid for pid, _ in persons.values()}
    for article in articles:
        usable = [e for e in article.events if _eligible(article, e)]
        worded = [s for s in article.sentences if any(c.isalnum() for c in article.text[s.start:s.end])]
        later = worded[LEAD_SENTENCES:LEAD_SENTENCES + 1]  # not the ",,," a scraper left between paragraphs
        opening = later[0].start if later else len(article.text)
        lead = min((e.start for e in usable if e.start < opening and e.actors), default=-1)
        starts = [s.start for s in article.sentences]
        for event in usable:
            ev = _evidence(article, event, persons, person_ids, story_of.get(article.id))
            found.append(ev)
            if not event.actors:  # joins the entry of its happening, never starts one
                founding.append(False)
                continue
            stance = (verbal(article.text[event.trigger_start:event.trigger_end])
                      and _spoken(article, event, starts) and _prominent(article, event, opening))
            founding.append(_founds(ev, lead=event.start == lead, stance=stance))
    found = people.resolve(found, articles, story_of)
    founders = sorted((ev for ev, f in zip(found, founding, strict=True) if f), key=lambda e: dates.precision(e.date))
    return founders, [ev for ev, f in zip(found, founding, strict=True) if not f]
