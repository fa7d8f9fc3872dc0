"""The persisted story index, for every backend: where each article was placed and what placing it changed, so
that an update reads only what its new articles reach (``collection.story_index``). SQL here is portable.

Positions (``at``) are strings that sort in reading order (``dedup.story_state.position``); ``before`` bounds
a read to what was placed before a position: an update that starts there sees the index as it was then.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TypeVar

from .records import Row
from .sql import SQLBackend

T = TypeVar("T")
ITEM_COLUMNS = ("article_id", "at", "day", "home", "vector", "main", "places", "nearest")
AGGREGATE_COLUMNS = ("id", "first", "size", "terms", "centroid", "squares", "last")


def marks(values: Sequence[object]) -> str:
    """The ``?`` list of an ``IN (…)``."""
    return ", ".join("?" * len(values))


class StoryIndexTables(SQLBackend):
    def unplaced(self) -> list[str]:
        """Articles with no story yet (``ids`` order): those the stages have not seen."""
        return [r["id"] for r in self._run(
            "SELECT id FROM articles WHERE NOT EXISTS (SELECT 1 FROM story_articles s WHERE s.article_id = articles.id)"
            " ORDER BY published NULLS FIRST, id")]

    def story_index_missing(self) -> bool:
        """Whether articles have stories but the index of where they were placed is empty (a store written
        before the index existed, or cleared): the next update places every article."""
        return bool(self._run("SELECT 1 AS found FROM story_articles WHERE NOT EXISTS (SELECT 1 FROM story_items)"
                              " LIMIT 1"))

    def story_postings(self, terms: Sequence[str], *, days: tuple[int, int] | None, before: str) -> list[Row]:
        """(term, article_id) under ``terms``, placed before ``before``, in placing order; within ``days`` (the
        undated too), or all of them."""
        if not terms:
            return []
        pick = f"SELECT term, article_id, at FROM story_postings WHERE term IN ({marks(terms)}) AND at < ?"
        if days is None:
            return list(self._run(f"{pick} ORDER BY at", (*terms, before)))
        return list(self._run(f"{pick} AND day BETWEEN ? AND ? UNION ALL {pick} AND day IS NULL ORDER BY at",
                              (*terms, before, *days, *terms, before)))

    def story_items(self, keys: Sequence[str] = (), *, since: str | None = None) -> list[Row]:
        """Placed articles: those of ``keys``, or every one placed at ``since`` or later, in placing order."""
        columns = ", ".join(ITEM_COLUMNS)
        if since is not None:
            return list(self._run(f"SELECT {columns} FROM story_items WHERE at >= ? ORDER BY at", (since,)))
        return [row for chunk in chunks(keys) for row in self._run(
            f"SELECT {columns} FROM story_items WHERE article_id IN ({marks(chunk)})", chunk)]

    def story_offers(self, keys: Sequence[str], *, before: str) -> list[Row]:
        """(target, sim): the similarities offered to ``keys`` by articles placed before ``before``."""
        return [row for chunk in chunks(keys) for row in self._run(
            f"SELECT target, sim FROM story_offers WHERE target IN ({marks(chunk)}) AND at < ?", (*chunk, before))]

    def story_homes(self, keys: Sequence[str], *, before: str) -> dict[str, str]:
        return {r["article_id"]: r["home"] for chunk in chunks(keys) for r in self._run(
            f"SELECT article_id, home FROM story_items WHERE article_id IN ({marks(chunk)}) AND at < ?",
            (*chunk, before))}

    def story_merges(self, *, merged: Sequence[str] = (), kept: str | None = None, before: str | None = None,
                     since: str | None = None) -> list[Row]:
        """(merged, kept, at) by ``merged`` story or ``kept`` story, before or since a position, in order."""
        where, args = ["(? IS NULL OR at < ?)", "(? IS NULL OR at >= ?)"], [before, before, since, since]
        if kept is not None:
            where.append("kept = ?")
            args.append(kept)
        if merged:
            where.append(f"merged IN ({marks(merged)})")
            args += merged
        return list(self._run(f"SELECT merged, kept, at FROM story_merges WHERE {' AND '.join(where)} ORDER BY at",
                              args))

    def story_joins(self, story: str, *, before: str) -> list[Row]:
        """(at, vector, main) of the articles placed in ``story`` before ``before``, in order."""
        return list(self._run("SELECT at, vector, main FROM story_items WHERE home = ? AND at < ? ORDER BY at",
                              (story, before)))

    def story_aggregate(self, story: str) -> Row | None:
        rows = self._run(f"SELECT {', '.join(AGGREGATE_COLUMNS)} FROM story_aggregates WHERE id = ?", (story,))
        return rows[0] if rows else None

    def story_changed_since(self, since: str) -> list[str]:
        """Stories whose aggregate changed at ``since`` or later."""
        return [r["id"] for r in self._run("SELECT id FROM story_aggregates WHERE last >= ?", (since,))]

    def story_members(self, stories: Sequence[str]) -> list[tuple[str, str]]:
        """(article_id, story_id) of the articles now in ``stories``."""
        return [(r["article_id"], r["story_id"]) for chunk in chunks(stories) for r in self._run(
            f"SELECT article_id, story_id FROM story_articles WHERE story_id IN ({marks(chunk)})", chunk)]

    def story_assignment_of(self, keys: Sequence[str]) -> dict[str, str]:
        """The stored story of each of ``keys`` that has one."""
        return {r["article_id"]: r["story_id"] for chunk in chunks(keys) for r in self._run(
            f"SELECT article_id, story_id FROM story_articles WHERE article_id IN ({marks(chunk)})", chunk)}

    def copy_pairs_of(self, keys: Sequence[str]) -> list[tuple[str, str]]:
        """The stored copy pairs with one of ``keys``."""
        return list(dict.fromkeys((r["a"], r["b"]) for chunk in chunks(keys) for r in self._run(
            f"SELECT a, b FROM copies WHERE a IN ({marks(chunk)}) UNION SELECT a, b FROM copies"
            f" WHERE b IN ({marks(chunk)})", (*chunk, *chunk))))

    def put_story_index(self, since: str, *, items: Iterable[Mapping[str, Any]], postings: Iterable[Sequence[Any]],
                        offers: Iterable[Sequence[Any]], merges: Iterable[Sequence[Any]],
                        aggregates: Iterable[Mapping[str, Any]], dropped: Iterable[str]) -> None:
        """Replace what was placed at ``since`` or later by a run placed from there: its articles (``items``;
        ``postings`` (term, day, at, article_id) of those whose vector is new), the offers and merges it made,
        and the aggregates it changed; ``dropped`` stories exist no more."""
        with self.transaction():
            self._run("DELETE FROM story_offers WHERE at >= ?", (since,))
            self._run("DELETE FROM story_merges WHERE at >= ?", (since,))
            rows = [tuple(item[c] for c in ITEM_COLUMNS) for item in items]
            self._executemany("DELETE FROM story_postings WHERE article_id = ?", [(r[0],) for r in rows])
            self._executemany("DELETE FROM story_items WHERE article_id = ?", [(r[0],) for r in rows])
            self._executemany(f"INSERT INTO story_items VALUES ({marks(ITEM_COLUMNS)})", rows)
            self._executemany("INSERT INTO story_postings VALUES (?, ?, ?, ?)", postings)
            self._executemany("INSERT INTO story_offers VALUES (?, ?, ?)", offers)
            self._executemany("INSERT INTO story_merges VALUES (?, ?, ?)", merges)
            self._executemany("DELETE FROM story_aggregates WHERE id = ?", [(story,) for story in dropped])
            self._executemany(f"INSERT INTO story_aggregates VALUES ({marks(AGGREGATE_COLUMNS)}) ON CONFLICT (id)"
                              " DO UPDATE SET first = excluded.first, size = excluded.size, terms = excluded.terms,"
                              " centroid = excluded.centroid, squares = excluded.squares, last = excluded.last",
                              [tuple(a[c] for c in AGGREGATE_COLUMNS) for a in aggregates])

    def clear_story_index(self) -> None:
        """Forget every placement (before placing every article again)."""
        with self.transaction():
            for table in ("story_items", "story_postings", "story_offers", "story_merges", "story_aggregates"):
                self._run(f"DELETE FROM {table}")


def chunks(values: Sequence[T], size: int = 500) -> Iterable[list[T]]:
    """``IN`` lists short enough for every backend's parameter limit."""
    for start in range(0, len(values), size):
        yield list(values[start:start + size])
