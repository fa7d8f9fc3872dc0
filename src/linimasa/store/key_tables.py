"""Keys and counts kept as articles arrive, for every backend: the copy index (MinHash band keys and rare
signals per article) and the entity counts the collection-wide name links are computed from. An update looks
up and adds only what its new articles have. SQL here is portable.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .entity_tables import linked_id
from .sql import SQLBackend
from .story_tables import chunks, marks

# table -> (the columns a count is kept by, the other columns)
_COUNTS = {"entity_counts": (("entity_id", "label"), ()), "entity_names": (("entity_id", "name"), ()),
           "entity_usage": (("written", "entity_id", "label", "name"), ("word",))}


class KeyTables(SQLBackend):
    # -- copy index ---------------------------------------------------------------------------

    def copy_band_hits(self, keys: Sequence[int]) -> list[str]:
        """Articles with one of the band ``keys``, in the store's order."""
        found = {r["article_id"] for chunk in chunks(keys) for r in self._run(
            f"SELECT DISTINCT article_id FROM copy_bands WHERE key IN ({marks(chunk)})", chunk)}
        return sorted(found)

    def copy_signal_postings(self, signals: Sequence[str]) -> list[tuple[str, str]]:
        """(signal, article_id) of the stored articles with one of ``signals``."""
        return [(r["signal"], r["article_id"]) for chunk in chunks(signals) for r in self._run(
            f"SELECT signal, article_id FROM copy_signals WHERE signal IN ({marks(chunk)})", chunk)]

    def put_copy_keys(self, bands: Iterable[tuple[int, str]], signals: Iterable[tuple[str, str]]) -> None:
        with self.transaction():
            self._executemany("INSERT INTO copy_bands VALUES (?, ?) ON CONFLICT DO NOTHING", bands)
            self._executemany("INSERT INTO copy_signals VALUES (?, ?) ON CONFLICT DO NOTHING", signals)

    def clear_keys(self) -> None:
        """Forget the copy keys and entity counts (before every article is counted again)."""
        with self.transaction():
            for table in ("copy_bands", "copy_signals", "entity_keys", "name_links", *_COUNTS):
                self._run(f"DELETE FROM {table}")

    # -- entity counts and links --------------------------------------------------------------

    def entity_link_targets(self) -> dict[str, tuple[str, str | None]]:
        """Alias id -> (entity id, linked name) as stored."""
        return {r["alias_id"]: (r["entity_id"], r["name"]) for r in self._run("SELECT * FROM entity_links")}

    def articles_mentioning(self, entity_ids: Sequence[str]) -> list[str]:
        """Articles that resolved a mention to one of ``entity_ids`` themselves."""
        return sorted({r["article_id"] for chunk in chunks(entity_ids) for r in self._run(
            f"SELECT DISTINCT article_id FROM mentions WHERE own_id IN ({marks(chunk)})", chunk)})

    def relink_entities(self, links: Mapping[str, tuple[str, str]], aliases: Sequence[str]) -> None:
        """Store the links (alias id -> (entity id, name)) of ``aliases``, whose links changed (an alias left
        out of ``links`` has none now), and point their mentions at their collection id."""
        with self.transaction():
            self._executemany("DELETE FROM entity_links WHERE alias_id = ?", [(a,) for a in aliases])
            self._executemany("INSERT INTO entity_links (alias_id, entity_id, name) VALUES (?, ?, ?)",
                              [(a, *links[a]) for a in aliases if a in links])
            self._executemany(f"UPDATE mentions SET entity_id = {linked_id('mentions.own_id')} WHERE own_id = ?",
                              [(a,) for a in aliases])

    def entity_counts_of(self, entity_ids: Sequence[str]) -> dict[str, list[tuple[Any, ...]]]:
        """The ``entity_counts`` and ``entity_names`` rows of ``entity_ids``: (key columns…, articles)."""
        found: dict[str, list[tuple[Any, ...]]] = {}
        for table in ("entity_counts", "entity_names"):
            columns = (*_COUNTS[table][0], "articles")
            found[table] = [tuple(r[c] for c in columns) for chunk in chunks(entity_ids) for r in self._run(
                f"SELECT {', '.join(columns)} FROM {table} WHERE entity_id IN ({marks(chunk)})", chunk)]
        return found

    def entity_usage(self, *, words: Sequence[str] = (), entity_ids: Sequence[str] = ()) -> list[tuple[Any, ...]]:
        """``entity_usage`` rows (written, entity_id, label, name, word, articles) of ``words`` or of
        ``entity_ids``."""
        columns = ("written", "entity_id", "label", "name", "word", "articles")
        found: dict[tuple[Any, ...], tuple[Any, ...]] = {}
        for column, values in (("word", words), ("entity_id", entity_ids)):
            for chunk in chunks(values):
                rows = self._run(f"SELECT {', '.join(columns)} FROM entity_usage WHERE {column} IN ({marks(chunk)})",
                                 chunk)
                found |= {row[:4]: row for row in (tuple(r[c] for c in columns) for r in rows)}
        return list(found.values())

    def entity_keys(self, entity_ids: Sequence[str]) -> list[tuple[str, str]]:
        """(kind, key) of the names of ``entity_ids``."""
        return [(r["kind"], r["key"]) for chunk in chunks(entity_ids) for r in self._run(
            f"SELECT DISTINCT kind, key FROM entity_keys WHERE entity_id IN ({marks(chunk)})", chunk)]

    def entities_keyed(self, keys: Sequence[tuple[str, str]]) -> set[str]:
        """The entity ids with one of the (kind, key) ``keys``."""
        return {r["entity_id"] for chunk in chunks(keys) for r in self._run(
            "SELECT entity_id FROM entity_keys WHERE " + " OR ".join(["(kind = ? AND key = ?)"] * len(chunk)),
            [part for pair in chunk for part in pair])}

    def name_links(self) -> list[tuple[str, str, str, str, str]]:
        """Every rule's links before chains are followed: (part, alias_id, entity_id, label, name)."""
        return [(r["part"], r["alias_id"], r["entity_id"], r["label"], r["name"])
                for r in self._run("SELECT part, alias_id, entity_id, label, name FROM name_links")]

    def put_name_links(self, part: str, aliases: Iterable[str], links: Iterable[tuple[str, str, str, str]]) -> None:
        """Replace the ``part`` links of ``aliases`` with ``links`` (alias_id, entity_id, label, name)."""
        with self.transaction():
            self._executemany("DELETE FROM name_links WHERE part = ? AND alias_id = ?", [(part, a) for a in aliases])
            self._executemany("INSERT INTO name_links VALUES (?, ?, ?, ?, ?)", [(part, *link) for link in links])

    def add_entity_counts(self, counts: Mapping[str, Mapping[tuple[str, ...], int]],
                          keys: Iterable[tuple[str, str, str]]) -> None:
        """Add article counts (table -> (key columns…, other columns…) -> articles) and name keys (kind, key,
        entity_id)."""
        with self.transaction():
            self._executemany("INSERT INTO entity_keys VALUES (?, ?, ?) ON CONFLICT DO NOTHING", keys)
            for table, rows in counts.items():
                by, other = _COUNTS[table]
                self._executemany(
                    f"INSERT INTO {table} ({', '.join(by + other)}, articles) VALUES ({marks(by + other)}, ?)"
                    f" ON CONFLICT ({', '.join(by)}) DO UPDATE SET articles = {table}.articles + excluded.articles",
                    [(*key, n) for key, n in rows.items()])
