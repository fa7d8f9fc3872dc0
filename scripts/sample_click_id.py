"""Write the deterministic 1,000-article CLICK-ID sample the distributed tests use (tests/data/click-id-1000.csv.gz).

Only title, date, content and url are kept; rows are drawn with a fixed seed from all outlets.
Usage: .venv/bin/python scripts/sample_click_id.py [N]
"""
from __future__ import annotations

import csv
import gzip
import io
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLICK_ID = ROOT.parent / "shared" / "data" / "news" / "click-id"
OUT = ROOT / "tests" / "data" / "click-id-1000.csv.gz"
COLUMNS = ("title", "date", "content", "url")


def rows() -> list[dict[str, str]]:
    csv.field_size_limit(1 << 27)
    found = []
    for path in sorted(CLICK_ID.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            found += [{c: row[c] for c in COLUMNS} for row in csv.DictReader(fh) if row["content"].strip(" ,-")]
    return found


def main(n: int = 1000) -> None:
    sample = random.Random(2019).sample(rows(), n)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(sample)
    # mtime=0: the same rows give the same bytes, so regenerating does not churn the repo
    OUT.write_bytes(gzip.compress(buffer.getvalue().encode("utf-8"), mtime=0))
    print(f"{n} articles -> {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:]))
