"""Search queries: parse what a user typed into a safe full-text query over stemmed words.

Users type words, "quoted phrases", OR, and -excluded words. Every term is stemmed
(``mempertahankan`` finds ``pertahanan``) and quoted, so no input can inject FTS syntax.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..stemming import stem, words

MAX_QUERY_CHARS = 500
MAX_TERMS = 32
TERM = re.compile(r'(-?)"([^"]*)"|(\S+)')


class QueryError(ValueError):
    """A query we cannot run; the message is meant for the user."""


@dataclass(frozen=True, slots=True)
class Query:
    groups: tuple[tuple[str, ...], ...]  # OR-groups of stemmed phrases; groups are AND-ed
    excluded: tuple[str, ...]

    @property
    def stems(self) -> frozenset[str]:
        return frozenset(w for group in self.groups for phrase in group for w in phrase.split())

    def fts5(self) -> str:
        def quote(phrase: str) -> str:
            return '"' + phrase.replace('"', '""') + '"'

        expr = " AND ".join("(" + " OR ".join(map(quote, group)) + ")" for group in self.groups)
        return expr + "".join(f" NOT {quote(p)}" for p in self.excluded)

    def tsquery(self) -> str:
        """The same query as PostgreSQL tsquery syntax over the same stemmed words."""
        def phrase(p: str) -> str:
            return " <-> ".join(f"'{w}'" for w in p.split())

        expr = " & ".join("(" + " | ".join(map(phrase, group)) + ")" for group in self.groups)
        return expr + "".join(f" & !({phrase(p)})" for p in self.excluded)


def _stemmed(raw: str) -> str:
    return " ".join(stem(m.group()) for m in words(raw))


def parse(text: str) -> Query:
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(f"query is too long ({len(text)} characters; at most {MAX_QUERY_CHARS})")
    groups: list[list[str]] = []
    excluded: list[str] = []
    join_next = False
    for negate, quoted, bare in TERM.findall(text):
        if bare == "OR":
            join_next = bool(groups)
            continue
        if bare.startswith("-") and len(bare) > 1:
            negate, bare = "-", bare[1:]
        phrase = _stemmed(quoted or bare)
        if not phrase:
            continue
        if negate:
            excluded.append(phrase)
        elif join_next:
            groups[-1].append(phrase)
        else:
            groups.append([phrase])
        join_next = False
    if not groups:
        raise QueryError("query has no words to search for")
    if sum(map(len, groups)) + len(excluded) > MAX_TERMS:
        raise QueryError(f"query has too many terms (at most {MAX_TERMS})")
    return Query(tuple(tuple(g) for g in groups), tuple(excluded))


def snippet(text: str, query: Query, *, width: int = 24) -> tuple[str, list[tuple[int, int]]]:
    """A window of about ``width`` words around the first hit, and the hits' offsets in it.

    Words are stemmed only up to the end of the window, not through the whole article.
    """
    stems = query.stems  # a property: built once here, not once per word
    tokens: list[re.Match[str]] = []
    hits: list[int] = []
    window_end: int | None = None  # known once the first hit is found
    for i, token in enumerate(words(text)):
        tokens.append(token)
        if window_end is not None and i >= window_end:
            break  # one word past the window: enough to know the snippet needs a trailing "…"
        if stem(token.group()) in stems:
            hits.append(i)
            window_end = window_end or max(0, i - width // 3) + width
    if not tokens:
        return "", []
    lo = max(0, hits[0] - width // 3) if hits else 0
    hi = min(len(tokens), lo + width)
    start, end = tokens[lo].start(), tokens[hi - 1].end()
    marks = [(tokens[i].start() - start, tokens[i].end() - start) for i in hits if lo <= i < hi]
    prefix, suffix = ("…" if lo else ""), ("…" if hi < len(tokens) else "")
    shift = len(prefix)
    return prefix + text[start:end] + suffix, [(a + shift, b + shift) for a, b in marks]
