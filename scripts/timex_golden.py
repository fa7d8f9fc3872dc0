"""Rewrite tests/golden/timex/*.json from the bundled seeds (review the diff against the seed gold first)."""
from __future__ import annotations

import json
from pathlib import Path

from linimasa.model import Article
from linimasa.settings import Settings
from linimasa.timex import run

ROOT = Path(__file__).resolve().parent.parent


def golden(path: Path) -> dict:
    article = run(Article(id=path.stem, source=path.name, text=path.read_text(encoding="utf-8")), Settings())
    return {"published": article.published, "published_inferred": article.published_inferred,
            "timexes": [{"text": article.span_text(t), "type": t.type, "value": t.value} for t in article.timexes],
            "warnings": [{"code": w.code, "text": article.span_text(w)} for w in article.warnings]}


def main() -> None:
    out = ROOT / "tests" / "golden" / "timex"
    out.mkdir(parents=True, exist_ok=True)
    for path in sorted((ROOT / "examples" / "seeds").glob("*.txt")):
        (out / f"{path.stem}.json").write_text(json.dumps(golden(path), ensure_ascii=False, indent=1) + "\n")


if __name__ == "__main__":
    main()
