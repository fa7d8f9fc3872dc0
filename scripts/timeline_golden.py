"""Rewrite tests/golden/timeline/seeds.json: the whole pipeline and timeline on the bundled seeds.

Review the diff against ../shared/eval/seeds-gold/_corpus.json before committing a new golden file.
"""
from __future__ import annotations

import json
from pathlib import Path

from linimasa.ingest import read
from linimasa.model import Failure
from linimasa.pipeline import process
from linimasa.settings import Settings
from linimasa.timeline import build, to_contract

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden" / "timeline" / "seeds.json"


def golden() -> dict:
    settings = Settings()
    paths = [str(p.relative_to(ROOT)) for p in sorted((ROOT / "examples" / "seeds").glob("*.txt"))]
    articles = [a for a in process(read([str(ROOT / p) for p in paths], settings=settings), settings)
                if not isinstance(a, Failure)]
    out = to_contract(build(articles, settings=settings))
    name = lambda source: Path(source).name  # noqa: E731 - the golden file must not depend on the checkout path
    return {"duplicates": [[name(s) for s in pair] for pair in out["duplicates"]],
            "stories": [[name(s) for s in story] for story in out["stories"]],
            "events": [{**e, "sources": [name(s) for s in e["sources"]]} for e in out["events"]]}


def main() -> None:
    GOLDEN.parent.mkdir(parents=True, exist_ok=True)
    GOLDEN.write_text(json.dumps(golden(), ensure_ascii=False, indent=1) + "\n")


if __name__ == "__main__":
    main()
