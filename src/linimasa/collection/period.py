"""Backfill by date: which articles ``ingest --since/--until`` keeps, by the day they were published."""
from __future__ import annotations

import re
from dataclasses import dataclass

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True, slots=True)
class Period:
    since: str | None = None  # YYYY-MM-DD, inclusive
    until: str | None = None  # YYYY-MM-DD, inclusive

    def __bool__(self) -> bool:
        return bool(self.since or self.until)

    def decides(self, published: str | None) -> bool:
        """Whether ``published`` is a date the period can be judged by (else the article's own date is)."""
        return bool(published and _DAY.match(published))

    def keeps(self, published: str | None) -> bool:
        """Published within the period; an article without a publication date is outside any period. The day
        is the one the outlet wrote (the UTC offset kept), so 23:00 WIB on the 12th belongs to the 12th."""
        if not self.decides(published):
            return not self
        day = (published or "")[:10]
        return (not self.since or day >= self.since) and (not self.until or day <= self.until)

    def __str__(self) -> str:
        return f"{self.since or '…'}..{self.until or '…'}"
