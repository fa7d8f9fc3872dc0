"""Golden files for the five bundled seeds: the whole clean output (metadata and text) must not drift unnoticed.

After an intended change, rewrite them with ``LINIMASA_UPDATE_GOLDEN=1 pytest tests/test_clean_golden.py``
and review the diff.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from linimasa.clean import clean
from linimasa.ingest import read
from linimasa.model import Record
from linimasa.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "examples" / "seeds").glob("*.txt"))
GOLDEN = Path(__file__).resolve().parent / "golden" / "clean"
FIELDS = ("id", "title", "outlet", "dateline", "authors", "wire", "published", "language", "boilerplate", "text")


def _clean_output(path: Path) -> dict:
    (record,) = read([str(path)], settings=Settings())
    assert isinstance(record, Record)
    article = clean(record, Settings())
    return {name: list(value) if isinstance(value, tuple) else value
            for name in FIELDS for value in [getattr(article, name)]}


@pytest.mark.parametrize("path", SEEDS, ids=[p.stem for p in SEEDS])
def test_clean_golden_seed(path: Path) -> None:
    golden = GOLDEN / f"{path.stem}.json"
    output = _clean_output(path)
    if os.environ.get("LINIMASA_UPDATE_GOLDEN"):
        golden.write_text(json.dumps(output, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert output == json.loads(golden.read_text(encoding="utf-8"))
