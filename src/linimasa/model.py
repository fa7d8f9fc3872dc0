"""The data model: one article text, and annotation layers that are spans into it.

Every annotation carries ``start``/``end`` offsets into ``Article.text`` and never a copy
of the text; ``Article.span_text`` slices it when a caller needs the words.
Pipeline stages are plain functions ``Article -> Article`` that return a new frozen
article with one more layer filled (``dataclasses.replace``).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Literal, cast, get_args

# PLOVER event types (https://github.com/openeventdata/PLOVER); "" for an event mention of none of them
Plover = Literal["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                 "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
EventType = Plover | Literal[""]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]  # TimeML TIMEX3
Label = Literal["PER", "ORG", "LOC"]  # named entities
# of an event mention: asserted and reported say it happened (as the text or a source says)
Modality = Literal["asserted", "reported", "planned", "conditional", "cancelled", "negated"]


def as_label(raw: str) -> Label:
    """A label read as text (the NER model's tags, a resource file); ValueError for anything else."""
    if raw not in get_args(Label):
        raise ValueError(f"not an entity label: {raw!r}")
    return cast(Label, raw)


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Sentence(Span):
    pass


@dataclass(frozen=True, slots=True)
class Token(Span):
    pass


@dataclass(frozen=True, slots=True)
class Timex(Span):
    """A TimeML TIMEX3: ``value`` ISO 8601 or a *_REF."""

    type: TimexType
    value: str
    anchored: bool = False  # value resolved against the DCT or another timex
    anchor: str | None = None  # the date a vague or anaphoric value stands for ("saat itu": PAST_REF -> 2014-12-28)


@dataclass(frozen=True, slots=True)
class Mention(Span):
    """A named-entity mention, linked to one collection-wide entity id."""

    label: Label
    entity_id: str = ""
    name: str = ""  # canonical name of the entity
    refers_to: str = ""  # metonym target id (Pyongyang -> Korea Utara government)


@dataclass(frozen=True, slots=True)
class Role(Span):
    """A title held by an entity at a time (``Menteri Pertahanan Rusia`` in 2023)."""

    entity_id: str
    title: str
    date: str | None = None


@dataclass(frozen=True, slots=True)
class Quote(Span):
    direct: bool
    cue: str = ""
    speaker: str = ""  # canonical speaker name
    speaker_id: str = ""
    speaker_start: int | None = None
    speaker_end: int | None = None


@dataclass(frozen=True, slots=True)
class Event(Span):
    """An event mention: a PLOVER type, its trigger, actors, place and date."""

    type: EventType
    trigger_start: int
    trigger_end: int
    actors: tuple[str, ...] = ()  # entity ids
    actor_names: tuple[str, ...] = ()
    where: str | None = None
    date: str | None = None
    modality: Modality = "asserted"


@dataclass(frozen=True, slots=True)
class TextWarning(Span):
    """Something in the text a reader should check (``weekday_mismatch``: the weekday and the date disagree)."""

    code: str
    message: str


@dataclass(frozen=True, slots=True)
class Record:
    """What ingest read, before cleaning: a raw body and whatever metadata came with it."""

    source: str
    body: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    outlet: str | None = None
    fmt: str = "text"


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that could not be read; ``reason`` is one line for the user."""

    source: str
    reason: str


@dataclass(frozen=True, slots=True)
class Known:
    """An input the store already holds: cleaned to learn its id (a hash of the clean text), not
    annotated again. ``source`` is where it was read this time."""

    id: str
    source: str


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    source: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    dateline: str | None = None
    authors: tuple[str, ...] = ()
    wire: str | None = None
    published: str | None = None  # ISO 8601, with UTC offset when known
    published_inferred: bool = False
    language: str | None = None
    boilerplate: tuple[str, ...] = ()
    fmt: str = "text"
    sentences: tuple[Sentence, ...] = ()
    tokens: tuple[Token, ...] = ()
    timexes: tuple[Timex, ...] = ()
    entities: tuple[Mention, ...] = ()
    roles: tuple[Role, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    warnings: tuple[TextWarning, ...] = ()

    def span_text(self, span: Span) -> str:
        return self.text[span.start:span.end]

    def with_(self, **changes: Any) -> Article:
        return replace(self, **changes)
