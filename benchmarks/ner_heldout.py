"""NER on a test set from another annotation team, scored exactly as the issue scores NERGrit (not run in CI).

Usage: .venv/bin/python benchmarks/ner_heldout.py
The gold standard of Luthfi, Distiawan and Manurung (IALP 2014), shipped in ../shared with the MDEE
gazetteers, is 100 Indonesian Wikipedia articles annotated by a team that made none of our training
data. It is written as IO tags (``Person``, ``Place``, ``Organisation``) with a blank line between
articles; this script rewrites it as BIO CoNLL, one article per paragraph, and runs ../shared/eval/score.py
conll on it. Adjacent names of one type cannot be told apart in IO tags, so they count as one span (rare).
We never train on it. From round 3 on, errors on articles 1-50 may be read to find what a news system
should know; articles 51-100 stay unseen, so their figure is the honest estimate for another team's set.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
GOLD = SHARED / "data" / "gazetteers" / "mdee" / "goldstandard-0811.txt"
SCORER = SHARED / "eval" / "score.py"
LABELS = {"Person": "PERSON", "Place": "PLACE", "Organisation": "ORGANISATION"}


def bio_lines(io_lines: list[str]) -> list[str]:
    out, previous = [], "O"
    for line in io_lines:
        if not line.strip():
            out.append("")
            previous = "O"
            continue
        word, tag = line.split("\t")[0], line.split("\t")[-1].strip()
        label = LABELS.get(tag)
        out.append(f"{word}\t{'O' if label is None else ('I-' if previous == tag else 'B-') + label}")
        previous = tag
    return out


def halves() -> dict[str, list[str]]:
    """Articles 1-50 (error analysis may look at these) and 51-100 (never looked at), as BIO lines."""
    articles = "\n".join(bio_lines(GOLD.read_text(encoding="utf-8").splitlines())).split("\n\n")
    return {"analysed (1-50)": articles[:50], "unseen (51-100)": articles[50:], "all": articles}


def score(articles: list[str]) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        conll = Path(tmp) / "luthfi2014.conll"
        conll.write_text("\n\n".join(articles) + "\n", encoding="utf-8")
        result = subprocess.run([sys.executable, str(SCORER), "conll", str(conll)], capture_output=True, text=True,
                                check=True)
    return result.stdout.strip().splitlines()[-1]


def main() -> None:
    for name, articles in halves().items():
        tokens = sum(1 for article in articles for line in article.splitlines() if line)
        print(json.dumps({"part": name, "articles": len(articles), "tokens": tokens, "scores": score(articles)}))


if __name__ == "__main__":
    main()
