"""Rows shared by every backend: what the store returns besides articles, and row <-> Article."""
from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

from ..model import Article, Failure, Mention
from ..serialize import METADATA, STORED_LAYERS, layer_from_list, span_to_dict


class Row(Protocol):
    """A result row, read by column name: ``sqlite3.Row`` or a psycopg dict row."""

    def __getitem__(self, key: str, /) -> Any: ...
    def keys(self) -> Iterable[str]: ...


@dataclass(frozen=True, slots=True)
class AddResult:
    new: int = 0
    existing: int = 0
    refused: tuple[tuple[str, Failure], ...] = ()  # (article id, why): articles the backend would not store

    def __add__(self, other: AddResult) -> AddResult:
        return AddResult(self.new + other.new, self.existing + other.existing, self.refused + other.refused)


@dataclass(frozen=True, slots=True)
class Hit:
    id: str
    title: str | None
    outlet: str | None
    published: str | None
    snippet: str
    highlights: tuple[tuple[int, int], ...]
    score: float


@dataclass(frozen=True, slots=True)
class EntityStat:
    id: str
    name: str
    label: str
    mentions: int
    articles: int
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class EventRow:
    """One timeline entry as stored: merged across articles, with evidence spans per source."""

    id: str
    date: str | None
    type: str | None
    place: str | None
    summary: str
    disputed: bool = False
    story_id: str | None = None
    actors: tuple[tuple[str, str], ...] = ()  # (entity id, canonical name)
    sources: tuple[tuple[str, int, int], ...] = ()  # (article id, start, end) of the evidence sentence
    data: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)  # modality, conflicts, quotes…


# the articles table's columns, as ``article_row`` fills them (PostgreSQL adds a full-text column)
ARTICLE_COLUMNS = ("id", "text", *METADATA, "ingested_at")


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def article_row(article: Article) -> dict[str, Any]:
    row = {name: getattr(article, name) for name in METADATA}
    row["authors"] = json.dumps(list(article.authors), ensure_ascii=False)
    row["boilerplate"] = json.dumps(list(article.boilerplate), ensure_ascii=False)
    row["published_inferred"] = int(article.published_inferred)
    return {"id": article.id, "text": article.text, **row, "ingested_at": now()}


def layer_rows(article: Article) -> list[tuple[str, str, str]]:
    return [(article.id, name, json.dumps([span_to_dict(s) for s in getattr(article, name)], ensure_ascii=False))
            for name in STORED_LAYERS]


def mention_rows(article: Article, m: Mention) -> tuple[tuple[str, str, str], tuple[Any, ...]]:
    """The entity row and the mention row (its collection id looked up by ``entity_tables.linked_id``) of one
    mention; the text drops brackets that wrap the name (``(AS)``), so aliases list the name."""
    text = article.span_text(m).removeprefix("(").removesuffix(")")
    return (m.entity_id, m.name or text, m.label), (article.id, m.entity_id, m.entity_id, m.start, m.end, text,
                                                    m.label, m.entity_id)


def article_from_row(row: Row, layers: Mapping[str, str], source: str) -> Article:
    meta: dict[str, Any] = {name: row[name] for name in METADATA}
    meta["authors"] = tuple(json.loads(row["authors"]))
    meta["boilerplate"] = tuple(json.loads(row["boilerplate"]))
    meta["published_inferred"] = bool(row["published_inferred"])
    spans: dict[str, Any] = {name: layer_from_list(name, json.loads(data))
                             for name, data in layers.items() if name in STORED_LAYERS}
    return Article(id=row["id"], source=source, text=row["text"], **meta, **spans)
