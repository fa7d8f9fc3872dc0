"""The entities stage: PER/ORG/LOC mentions linked to collection-wide ids, and roles.

``run`` needs the segment stage's sentences and tokens. The CRF model and its resources are
loaded on first use from ``resources/ner``.
"""
from __future__ import annotations

from ..model import Article, Label, Mention
from ..pipeline import stage
from ..settings import Settings
from .mentions import mention_spans
from .resolve import abbreviates, metonym_target, resolve
from .roles import find_roles

__all__ = ["link", "run"]

_PLACE_PREPOSITIONS = frozenset({"di", "ke", "dari", "menuju", "kota"})


def _refers_to(article: Article, start: int, name: str, label: str) -> str:
    """A capital or a seat of government acting for its state (not ``di Pyongyang``)."""
    target = metonym_target(name)
    if target is None:
        return ""
    before = article.text[max(0, start - 12):start].split()
    if label == "LOC" and before and before[-1].lower() in _PLACE_PREPOSITIONS:
        return ""
    return target.id


def definitions(text: str, spans: list[tuple[int, int, Label]]) -> list[tuple[int, int]]:
    """(full name, abbreviation) span indexes where a name is followed by the other in brackets:
    ``Komisi Pemilihan Umum (KPU)``, ``KPU (Komisi Pemilihan Umum)``."""
    found = []
    for k in range(1, len(spans)):
        (_, end, _), (start, stop, _) = spans[k - 1], spans[k]
        between = text[end:start] + ("(" if text[start] == "(" else "")
        if between.replace(" ", "") != "(" or ")" not in text[stop - 1:stop + 1]:
            continue
        before, inside = _surface(text, spans[k - 1]), _surface(text, spans[k])
        if abbreviates(inside, before):
            found.append((k - 1, k))
        elif abbreviates(before, inside):
            found.append((k, k - 1))
    return found


def _surface(text: str, span: tuple[int, int, Label]) -> str:
    return text[span[0]:span[1]].removeprefix("(").removesuffix(")")


def link(article: Article, spans: list[tuple[int, int, Label]]) -> list[Mention]:
    """Mentions for (start, end, label) spans, with entity id, canonical name and metonym target."""
    entities = resolve([(_surface(article.text, span), span[2]) for span in spans],
                       defined=definitions(article.text, spans))
    return [Mention(s, e, label=ent.label, entity_id=ent.id, name=ent.name,
                    refers_to=_refers_to(article, s, ent.name, ent.label))
            for (s, e, _), ent in zip(spans, entities, strict=True)]


@stage(requires=("sentences", "tokens", "published"), assigns=("entities", "roles"))
def run(article: Article, settings: Settings) -> Article:
    mentions = link(article, mention_spans(article))
    date = (settings.dct or article.published or "")[:10] or None
    return article.with_(entities=tuple(mentions), roles=tuple(find_roles(article, mentions, date)))
