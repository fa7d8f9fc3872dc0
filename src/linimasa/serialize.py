"""Articles to and from plain JSON-able dicts: the store's layers and the CLI's contract output."""
from __future__ import annotations

from dataclasses import asdict, fields
from typing import Any

from . import model
from .model import Article

# Layer name -> span class; the store keeps each layer as one JSON list per article.
LAYERS: dict[str, type] = {
    "sentences": model.Sentence,
    "tokens": model.Token,
    "timexes": model.Timex,
    "entities": model.Mention,
    "roles": model.Role,
    "quotes": model.Quote,
    "events": model.Event,
    "warnings": model.TextWarning,
}
STORED_LAYERS = tuple(name for name in LAYERS if name != "tokens")  # tokens are cheap to recompute
METADATA = ("title", "url", "outlet", "dateline", "authors", "wire", "published", "published_inferred",
            "language", "boilerplate", "fmt")


def span_to_dict(span: Any) -> dict[str, Any]:
    return asdict(span)


def span_from_dict(cls: type, data: dict[str, Any]) -> Any:
    known = {f.name for f in fields(cls)}
    values = {k: tuple(v) if isinstance(v, list) else v for k, v in data.items() if k in known}
    return cls(**values)


def layer_from_list(name: str, items: list[dict[str, Any]]) -> tuple[Any, ...]:
    return tuple(span_from_dict(LAYERS[name], item) for item in items)


def contract(article: Article, *, source: str | None = None) -> dict[str, Any]:
    """One line of `linimasa annotate` output, as CONTRACT.md specifies."""
    text = article.text

    def cut(span: Any) -> str:
        return text[span.start:span.end]

    return {
        "source": source or article.source,
        "id": article.id,
        "title": article.title, "outlet": article.outlet, "dateline": article.dateline,
        "authors": list(article.authors), "wire": article.wire,
        "published": article.published, "published_inferred": article.published_inferred,
        "language": article.language,
        "text": text,
        "timexes": [{"start": t.start, "end": t.end, "text": cut(t), "type": t.type, "value": t.value}
                    | ({"anchor": t.anchor} if t.anchor else {}) for t in article.timexes],
        "entities": [{"start": m.start, "end": m.end, "text": cut(m), "label": m.label, "id": m.entity_id,
                      "name": m.name or cut(m)} for m in article.entities] + byline_entities(article),
        "quotes": [{"start": q.start, "end": q.end, "text": cut(q), "direct": q.direct, "cue": q.cue,
                    "speaker": q.speaker, "speaker_id": q.speaker_id} for q in article.quotes],
        "events": [{"start": e.start, "end": e.end, "text": cut(e), "type": e.type, "date": e.date,
                    "actors": list(e.actor_names), "actor_ids": list(e.actors), "where": e.where,
                    "modality": e.modality} for e in article.events],
        "warnings": [{"code": w.code, "message": w.message, "start": w.start, "end": w.end,
                      "text": cut(w)} for w in article.warnings],
    }


def byline_entities(article: Article) -> list[dict[str, Any]]:
    """The people of the byline (``Penulis : …``, ``Editor : …``) as document entities. The cleaner takes the
    byline out of ``text``, so they have no span; an author the text also names is listed once, with its span."""
    from .entities.resolve import Entity  # here: the store reads layers without loading the entities stage

    named = {m.entity_id for m in article.entities}
    people = (Entity("PER", author) for author in article.authors)
    return [{"label": "PER", "id": p.id, "name": p.name, "byline": True} for p in people if p.id not in named]
