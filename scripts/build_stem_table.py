"""Precompute Sastrawi stems for the commonest words of Indonesian news (CLICK-ID, 17k articles).

Sastrawi takes ~1-3 ms per new word and every process (store, dedup, briefings, each Dask worker)
pays it again for the same vocabulary: ~90k distinct words in CLICK-ID, minutes of CPU per process.
The table makes those words a dictionary lookup; rarer words still go to Sastrawi. Output:
src/linimasa/resources/stems/stems.tsv.gz, lines ``word<TAB>stem`` (stem empty when it is the word).

    nice .venv/bin/python scripts/build_stem_table.py [--min-count 2]
"""
from __future__ import annotations

import argparse
import csv
import gzip
from collections import Counter
from pathlib import Path

from linimasa.stemming import WORD, _stemmer

ROOT = Path(__file__).resolve().parents[1]
CLICK_ID = ROOT.parent / "shared" / "data" / "news" / "click-id"
OUT = ROOT / "src" / "linimasa" / "resources" / "stems" / "stems.tsv.gz"


def vocabulary() -> Counter[str]:
    csv.field_size_limit(1 << 27)
    counts: Counter[str] = Counter()
    for path in sorted(CLICK_ID.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                counts.update(w for m in WORD.finditer(f"{row['title']} {row['content']}")
                              if (w := m.group().lower()).isalpha() or "-" in w)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-count", type=int, default=2)
    args = parser.parse_args()
    words = sorted(w for w, n in vocabulary().items() if n >= args.min_count)
    stemmer = _stemmer()
    lines = []
    for word in words:
        root = stemmer.stem(word) or word
        lines.append(f"{word}\t{'' if root == word else root}\n")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(gzip.compress("".join(lines).encode("utf-8"), mtime=0))
    print(f"{len(words):,} words -> {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
