"""NER F1 on lower-cased and upper-cased copies of the CoNLL test sets, and on lower-cased NERP.

Usage (from scripts/): ../.venv/bin/python ner_case_robustness.py
Text written without capitals, or all in capitals, is what another corpus or a headline feed may
give us; the figures say how much of the cased score survives (docs/results.md, Named entities).
"""
from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from linimasa.entities.evaluate import score_file

NER = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "ner"
TESTS = {"nergrit": NER / "nergrit/test_preprocess.txt", "idner-news-2k": NER / "idner-news-2k/test.txt"}
CASES: dict[str, Callable[[str], str]] = {"lower": str.lower, "upper": str.upper}


def recased(path: Path, change: Callable[[str], str], out: Path) -> Path:
    """The file with its first column (the word) re-cased; tags and blank lines kept."""
    lines = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        sep = "\t" if "\t" in line else " "
        word, _, rest = line.partition(sep)
        lines.append(f"{change(word)}{sep}{rest}" if line.strip() else "")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for name, path in TESTS.items():
            for case, change in CASES.items():
                copy = recased(path, change, Path(tmp) / f"{name}-{case}.txt")
                print(f"{name} {case}: ner_f1 {score_file(copy)['ner_f1']:.3f}")
    print(f"nerp test (lower-cased by its authors; its IND is not scored): ner_f1 "
          f"{score_file(NER / 'nerp/test_preprocess.txt')['ner_f1']:.3f}")


if __name__ == "__main__":
    main()
