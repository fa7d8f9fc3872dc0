"""``linimasa check``: the backend's own integrity check, row counts, and rows that lost what they belong to.

The backend part (``_integrity``) is SQLite's ``PRAGMA integrity_check``, or on PostgreSQL ``amcheck`` over every
index where the extension is installed and otherwise a full read of every table (a damaged page fails the read).
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from ..serialize import STORED_LAYERS
from .sql import SQLBackend

COUNTED = ("articles", "sources", "layers", "mentions", "quotes", "copies", "story_articles", "events",
           "event_sources", "disputes")
_LAYERS = ", ".join(f"'{name}'" for name in STORED_LAYERS)
ORPHANS = {
    "articles without a source": "SELECT count(*) AS n FROM articles a WHERE NOT EXISTS"
                                 " (SELECT 1 FROM sources s WHERE s.article_id = a.id)",
    "articles without all their layers": "SELECT count(*) AS n FROM articles a WHERE (SELECT count(*) FROM layers l"
                                         f" WHERE l.article_id = a.id AND l.layer IN ({_LAYERS}))"
                                         f" <> {len(STORED_LAYERS)}",
    "story members that are not stored articles": "SELECT count(*) AS n FROM story_articles sa WHERE NOT EXISTS"
                                                  " (SELECT 1 FROM articles a WHERE a.id = sa.article_id)",
    "evidence rows from articles not stored": "SELECT count(*) AS n FROM event_sources es WHERE NOT EXISTS"
                                              " (SELECT 1 FROM articles a WHERE a.id = es.article_id)",
    "evidence rows of entries not stored": "SELECT count(*) AS n FROM event_sources es WHERE NOT EXISTS"
                                           " (SELECT 1 FROM events e WHERE e.id = es.event_id)",
}


@dataclass(frozen=True, slots=True)
class CheckReport:
    problems: tuple[str, ...]
    counts: Mapping[str, int] = field(default_factory=dict)


class Checks(SQLBackend):
    def check(self) -> CheckReport:
        """What is wrong with the stored collection (nothing: an empty ``problems``), and the rows per table. A
        query the damage makes fail is a problem too, never an exception."""
        try:
            problems = self._integrity()
        except Exception as exc:  # the damage being looked for: reported, not raised
            problems = [_line(exc)]
        counts: dict[str, int] = {}
        for table in COUNTED:
            found = self._counted(f"SELECT count(*) AS n FROM {table}")
            if isinstance(found, int):
                counts[table] = found
            else:
                problems.append(f"{table}: {found}")
        for what, sql in ORPHANS.items():
            if found := self._counted(sql):
                problems.append(f"{found} {what}" if isinstance(found, int) else f"{what}: {found}")
        return CheckReport(tuple(problems), counts)

    def _integrity(self) -> list[str]:
        """The backend's own check: what it finds wrong."""
        raise NotImplementedError

    def _counted(self, sql: str) -> int | str:
        """The count, or what went wrong reading it."""
        try:
            return self._count(sql)
        except Exception as exc:
            return _line(exc)


def _line(exc: Exception) -> str:
    return " ".join(str(exc).split())
