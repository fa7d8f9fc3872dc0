"""Golden file: the seeds' timeline through the whole pipeline (regenerate with scripts/timeline_golden.py)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from timeline_golden import GOLDEN, golden  # noqa: E402


def test_timeline_seeds_match_golden() -> None:
    assert golden() == json.loads(GOLDEN.read_text(encoding="utf-8"))
