"""The evaluation gate: the project's own scorer (``tests/eval/score.py``) on bundled gold must not fall
below the pinned floors.

A floor is the figure measured when it was last raised, rounded down. Raise a floor when a change improves
its figure; never lower one to let a change in. CoNLL F1 on the bundled NER subset is pinned by
``test_entities_model`` against the figure recorded at training time.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "tests" / "eval"
SEEDS = ROOT / "examples" / "seeds"
TIMEX = ROOT / "tests" / "data" / "timex"
CLI = Path(sys.executable).parent / "linimasa"

DOCS_FLOORS = {
    "published_date_accuracy": 1.0, "dateline_accuracy": 1.0, "outlet_accuracy": 1.0,
    "timex_strict_f1": 1.0, "timex_value_f1": 1.0, "warning_recall": 1.0,
    "entity_f1": 0.946, "entity_alias_merge_rate": 1.0, "entity_label_accuracy": 0.99,
    "quote_f1": 0.97, "quote_speaker_accuracy": 0.98,
}
CORPUS_FLOORS = {"copies_f1": 1.0, "stories_bcubed_f1": 1.0, "timeline_event_f1": 1.0, "timeline_date_f1": 1.0,
                 "timeline_source_recall": 1.0}
TIMEML_FLOORS = {"dev": {"timex_strict_f1": 0.99, "timex_value_f1": 0.98},
                 "heldout": {"timex_strict_f1": 0.97, "timex_value_f1": 0.98},
                 "click": {"timex_strict_f1": 1.0, "timex_value_f1": 1.0}}


def score(mode: str, *paths: Path, command: str) -> dict[str, float]:
    run = subprocess.run([sys.executable, str(EVAL / "score.py"), mode, *map(str, paths), "--json",
                          "--cmd", f"{CLI} {command}"], capture_output=True, text=True, check=True)
    return json.JSONDecoder().raw_decode(run.stdout)[0]  # the figures as JSON, then a one-line summary


def below(measured: dict[str, float], floors: dict[str, float]) -> dict[str, tuple[float, float]]:
    return {name: (measured.get(name, 0.0), floor) for name, floor in floors.items()
            if measured.get(name, 0.0) < floor}


def test_eval_gate_seed_documents() -> None:
    assert below(score("docs", EVAL / "seeds-gold", SEEDS, command="annotate"), DOCS_FLOORS) == {}


def test_eval_gate_seed_collection() -> None:
    measured = score("corpus", EVAL / "seeds-gold" / "_corpus.json", SEEDS, command="timeline")
    assert below(measured, CORPUS_FLOORS) == {}


@pytest.mark.parametrize("part", sorted(TIMEML_FLOORS))
def test_eval_gate_hand_annotated_timeml(part: str) -> None:
    assert below(score("timeml", TIMEX / part, command="annotate"), TIMEML_FLOORS[part]) == {}
