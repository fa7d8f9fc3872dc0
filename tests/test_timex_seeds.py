"""Golden files: the timex stage on the bundled seeds (regenerate with scripts/timex_golden.py)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from timex_golden import golden  # noqa: E402

SEEDS = sorted((ROOT / "examples" / "seeds").glob("*.txt"))


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_timex_seed_matches_golden(path: Path) -> None:
    expected = json.loads((ROOT / "tests" / "golden" / "timex" / f"{path.stem}.json").read_text())
    assert golden(path) == expected
