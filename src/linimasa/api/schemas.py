"""Response models: what each JSON route sends, typed in OpenAPI and checked by FastAPI on the way out.

Spans are offsets into the article text (``text[start:end] == span.text``); dates are ISO strings of
the precision they were written with (``2024``, ``2024-05``, ``2023-07-26``, ``2023-09-13T21:10+07:00``).
"""
from __future__ import annotations

from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict

Item = TypeVar("Item")


class Out(BaseModel):
    model_config = ConfigDict(frozen=True)


class Listing(Out, Generic[Item]):
    total: int
    limit: int
    offset: int
    items: list[Item]


class ArticleSummary(Out):
    id: str
    title: str | None
    outlet: str | None
    published: str | None
    dateline: str | None
    source: str
    opening: str


class Span(Out):
    start: int
    end: int
    text: str


class TimexOut(Span):
    type: str
    value: str


class MentionOut(Out):
    start: int | None = None  # a byline author has no span in the text
    end: int | None = None
    text: str | None = None
    label: str
    id: str
    name: str
    byline: bool = False


class QuoteSpan(Span):
    direct: bool
    cue: str | None
    speaker: str | None
    speaker_id: str | None


class EventMention(Span):
    type: str
    date: str | None
    actors: list[str]
    actor_ids: list[str]
    where: str | None
    modality: str


class WarningOut(Span):
    code: str
    message: str


class Copy(Out):
    article: str
    kind: str
    confidence: float
    evidence: list[Any]
    head: ArticleSummary  # the copy's title, outlet and date


class RoleOut(Out):
    start: int
    end: int
    entity_id: str
    title: str
    date: str | None


class ArticleDetail(Out):
    source: str
    id: str
    title: str | None
    outlet: str | None
    dateline: str | None
    authors: list[str]
    wire: str | None
    published: str | None
    published_inferred: bool
    language: str | None
    text: str
    timexes: list[TimexOut]
    entities: list[MentionOut]
    quotes: list[QuoteSpan]
    events: list[EventMention]
    warnings: list[WarningOut]
    sources: list[str]
    copies: list[Copy]
    roles: list[RoleOut]


class Hit(Out):
    id: str
    title: str | None
    outlet: str | None
    published: str | None
    snippet: str
    highlights: list[tuple[int, int]]
    score: float


class Hits(Listing[Hit]):
    q: str


class EntityStat(Out):
    id: str
    name: str
    label: str
    mentions: int
    articles: int
    aliases: list[str]


class Alias(Out):
    text: str
    mentions: int
    articles: int


class EntityRef(Out):
    id: str
    name: str
    label: str | None = None


class Neighbour(EntityRef):
    shared: int


class NetworkEdge(Out):
    source: str
    target: str
    weight: int


class Network(Out):
    nodes: list[EntityRef]
    edges: list[NetworkEdge]


class RoleSpan(Out):
    title: str
    first: str | None
    last: str | None
    mentions: int


class Actor(Out):
    id: str
    name: str


class EventSummary(Out):
    id: str
    date: str | None
    type: str | None
    place: str | None
    summary: str
    disputed: bool
    story_id: str | None
    actors: list[Actor]
    sources: list[str]
    source_count: int
    data: dict[str, Any]  # modality, quotes, conflict, and what the timeline adds (background, reacts_to…)


class Evidence(Out):
    article: ArticleSummary
    start: int
    end: int
    text: str
    href: str  # the article page at the sentence stated (/articles/ID#s-12)


class EntityDetail(Out):
    id: str
    name: str
    label: str
    aliases: list[Alias]
    roles: list[RoleSpan]
    cooccurring: list[Neighbour]
    network: Network
    event_total: int
    events: list[EventSummary]


class StorySummary(Out):
    id: str
    size: int
    first: str | None
    last: str | None
    label: str | None
    summary: str | None



class QuoteOut(Out):
    article_id: str
    start: int
    end: int
    direct: bool
    cue: str | None
    speaker: str | None
    speaker_id: str | None
    text: str
    href: str  # the article page at the sentence the quote starts in


class DisputeSource(Out):
    article: ArticleSummary
    href: str  # the article page; claim and denial point at the sentence that states each
    claim: str | None
    denial: str | None


class Dispute(Out):
    claim: str
    claimants: list[str]
    deniers: list[str]
    accused: list[str]
    story_id: str | None
    story: str | None  # the story's headline
    entries: list[str]  # a dispute between timeline entries: the accusation's and the denial's; else empty
    sources: list[DisputeSource]
    first: str | None
    last: str | None


class EventDetail(EventSummary):
    evidence: list[Evidence]
    story: str | None  # the story's headline
    disputes: list[Dispute]  # found in the entry's story


class StoryDetail(Out):
    id: str
    label: str | None  # the headline
    summary: str | None  # the briefing
    articles: list[ArticleSummary]
    events: list[EventSummary]
    disputes: list[Dispute]


class Created(Out):
    id: str
    new: bool
    timeline_entries: int  # entries on the timeline after the update
    alert_matches: int  # new matches of the saved alerts (in their Atom feeds and webhooks)


class Suggestion(Out):
    value: str  # what goes in the field
    label: str  # what it names


class Suggestions(Out):
    items: list[Suggestion]
