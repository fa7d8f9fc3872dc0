"""Read the CLICK-ID news CSVs (../shared/data/news/click-id) as Articles, for training and benchmark scripts only."""
from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from linimasa.dedup import content_hash
from linimasa.model import Article

CLICK_ID = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "click-id"
_PARAGRAPH = re.compile(r'(?<=[.!?"”])\s*,(?=\S)')  # CLICK-ID joined paragraphs with commas
_DATE_FORMATS = ("%Y-%m-%d %H:%M:%S", "%d-%b-%y", "%B %d, %Y", "%d/%m/%Y", "%d %B %Y")
_MONTHS_ID = {"Januari": "January", "Februari": "February", "Maret": "March", "Mei": "May", "Juni": "June",
              "Juli": "July", "Agustus": "August", "Oktober": "October", "Desember": "December"}


def _iso_date(raw: str) -> str | None:
    for indonesian, english in _MONTHS_ID.items():
        raw = raw.replace(indonesian, english)
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(raw.strip(), fmt).date().isoformat()
        except ValueError:
            continue
    return None


def articles(directory: Path = CLICK_ID) -> Iterator[Article]:
    csv.field_size_limit(1 << 27)
    for path in sorted(directory.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            for line, row in enumerate(csv.DictReader(fh), start=2):
                text = _PARAGRAPH.sub("\n", row["content"]).strip(" -\n")
                if text:
                    yield Article(id=content_hash(text), source=f"{path.name}:{line}", text=text, title=row["title"],
                                  url=row["url"], outlet=row["source"], published=_iso_date(row["date"]))
