"""`linimasa annotate` against spaCy's blank('id') tokenizer over the same 2,000 CLICK-ID articles (goal: <= 3x).

    .venv/bin/pip install -e '.[bench]'          # spaCy is a benchmark-only dependency
    .venv/bin/python benchmarks/bench_speed.py build out/bench-2000 [--click-id DIR]   # the 2,000 files
    farm-bench -n 3 --timeout 900 --vs ".venv/bin/python benchmarks/bench_speed.py spacy out/bench-2000" \\
        -- sh -c 'exec .venv/bin/linimasa annotate out/bench-2000 >/dev/null'

Whole processes, start-up included, alternated by farm-bench (ratio taken pair by pair). The articles are the
first rows with text of the six CLICK-ID outlets (../shared/data/news/click-id), taken in turn, one text file
each: title, blank line, then the paragraphs (the scrapers' comma seams made line breaks again, as ingest does).
"""
from __future__ import annotations

import argparse
import sys
from itertools import islice, zip_longest
from pathlib import Path

CLICK_ID = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "click-id"
ARTICLES = 2000


def build(out: Path, source: Path = CLICK_ID) -> None:
    from linimasa.ingest import read
    from linimasa.model import Record
    from linimasa.settings import Settings

    out.mkdir(parents=True, exist_ok=True)
    outlets = [((r for r in read([path], settings=Settings()) if isinstance(r, Record)), path.stem)
               for path in sorted(source.glob("*.csv"))]
    # the outlets in turn, so that every one is in the sample however many rows it has
    turns = (pair for row in zip_longest(*(enumerate(rows) for rows, _ in outlets))
             for pair in zip(row, outlets, strict=True))
    written = 0
    for (number, record), (_, outlet) in islice(((item, o) for item, o in turns if item), ARTICLES):
        text = f"{record.title}\n\n{record.body}\n" if record.title else f"{record.body}\n"
        (out / f"{outlet}_{number:03d}.txt").write_text(text, encoding="utf-8")
        written += 1
    print(f"{written} files in {out}")


def spacy_tokens(directory: Path) -> None:
    """What the yardstick does: read each file and tokenize it with spaCy's blank Indonesian pipeline."""
    import spacy

    nlp = spacy.blank("id")
    tokens = sum(len(nlp(path.read_text(encoding="utf-8"))) for path in sorted(directory.glob("*.txt")))
    print(tokens, file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["build", "spacy"])
    parser.add_argument("directory", type=Path)
    parser.add_argument("--click-id", type=Path, default=CLICK_ID, help="the CLICK-ID CSVs (build)")
    args = parser.parse_args()
    build(args.directory, args.click_id) if args.action == "build" else spacy_tokens(args.directory)


if __name__ == "__main__":
    main()
