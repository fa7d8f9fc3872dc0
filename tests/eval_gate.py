"""The evaluation gate: the project's scorer (``tests/eval/score.py``) on bundled gold, held to the baseline.

``tests/eval/baseline.json`` pins, per suite, a floor (``min``) or a ceiling (``max``, lower is better) for
each figure, and the sha256 of the gold, of the articles and of the scorer it was measured with. The gate
fails when a figure crosses its limit, or when the gold, the articles or the scorer changed since the
baseline (their figures are then not comparable: re-baseline on purpose). Raise the limits after an
improvement with

    .venv/bin/python -m tests.eval_gate --update [--suite NAME]

It writes the measured figures (floors rounded down, ceilings up, to three decimals) and refuses to lower a
floor or raise a ceiling unless given ``--lower "why"``, which it records in the file. CoNLL F1 on the
bundled NER subset is pinned by ``test_entities_model`` against the figure recorded at training time.
"""
from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import math
import subprocess
import sys
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "tests" / "eval"
BASELINE = EVAL / "baseline.json"
SCORER_PATH = "tests/eval/score.py"
SCORER = ROOT / SCORER_PATH
CLI = Path(sys.executable).parent / "linimasa"
PLACES = 3  # limits are kept to the precision score.py prints
UPDATE = "python -m tests.eval_gate --update"


@dataclass(frozen=True, slots=True)
class Suite:
    """One scorer run: ``score.py MODE GOLD [DATA] --cmd 'linimasa COMMAND'`` (paths relative to the repo)."""

    mode: str
    command: str
    gold: str
    data: str | None  # None: the gold carries its own text (TimeML)
    gold_sha256: str
    data_sha256: str | None
    measured_at: str
    min: dict[str, float] = field(default_factory=dict)
    max: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Baseline:
    scorer_sha256: str
    suites: dict[str, Suite]
    lowered: list[dict[str, object]] = field(default_factory=list)  # every limit made easier, and why


def load(path: Path = BASELINE) -> Baseline:
    raw = json.loads(path.read_text(encoding="utf-8"))
    return Baseline(scorer_sha256=raw["scorer_sha256"], lowered=raw.get("lowered", []),
                    suites={name: Suite(**suite) for name, suite in raw["suites"].items()})


def save(baseline: Baseline, path: Path = BASELINE) -> None:
    path.write_text(json.dumps(asdict(baseline), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def sha256(relative: str) -> str:
    """A file's hash, or a directory's: every file's path and bytes, in path order."""
    path = ROOT / relative
    files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
    digest = hashlib.sha256()
    for file in files:
        digest.update(file.relative_to(ROOT).as_posix().encode() + b"\0" + hashlib.sha256(file.read_bytes()).digest())
    return digest.hexdigest()


def stale(suite: Suite, scorer_sha256: str) -> list[str]:
    """What changed since the suite was baselined."""
    checks: dict[str, tuple[str, str | None]] = {SCORER_PATH: (sha256(SCORER_PATH), scorer_sha256),
                                                 suite.gold: (sha256(suite.gold), suite.gold_sha256)}
    if suite.data:
        checks[suite.data] = (sha256(suite.data), suite.data_sha256)
    return [f"{path} changed since the baseline (figures not comparable): re-baseline with `{UPDATE}`"
            for path, (now, then) in checks.items() if now != then]


def measure(suite: Suite) -> dict[str, float]:
    paths = [str(ROOT / suite.gold), *([str(ROOT / suite.data)] if suite.data else [])]
    run = subprocess.run([sys.executable, str(SCORER), suite.mode, *paths, "--json", "--cmd",
                          f"{CLI} {suite.command}"], capture_output=True, text=True, check=True)
    return json.JSONDecoder().raw_decode(run.stdout)[0]  # the figures as JSON, then a one-line summary


def breaches(suite: Suite, measured: dict[str, float]) -> list[str]:
    """Every figure below its floor or above its ceiling (a missing figure crosses both)."""
    low = [f"{name} {measured.get(name)} < floor {floor}" for name, floor in suite.min.items()
           if not measured.get(name, -math.inf) >= floor]
    high = [f"{name} {measured.get(name)} > ceiling {ceiling}" for name, ceiling in suite.max.items()
            if not measured.get(name, math.inf) <= ceiling]
    return low + high


def _rounded(value: float, *, up: bool) -> float:
    scaled = round(value * 10 ** PLACES, 6)  # 0.947 * 1000 is 946.9999…: not a figure below 0.947
    return (math.ceil(scaled) if up else math.floor(scaled)) / 10 ** PLACES


@dataclass(frozen=True, slots=True)
class Change:
    metric: str
    kind: str  # "min" or "max"
    old: float
    new: float

    @property
    def easier(self) -> bool:
        return self.new < self.old if self.kind == "min" else self.new > self.old


def rebaselined(suite: Suite, measured: dict[str, float], *, commit: str) -> tuple[Suite, list[Change]]:
    """The suite with limits at the measured figures and fresh checksums, and what moved."""
    floors = {name: _rounded(measured[name], up=False) for name in suite.min}
    ceilings = {name: _rounded(measured[name], up=True) for name in suite.max}
    changes = [Change(name, "min", old, floors[name]) for name, old in suite.min.items() if floors[name] != old]
    changes += [Change(name, "max", old, ceilings[name]) for name, old in suite.max.items() if ceilings[name] != old]
    new = replace(suite, min=floors, max=ceilings, gold_sha256=sha256(suite.gold), measured_at=commit,
                  data_sha256=sha256(suite.data) if suite.data else None)
    return new, changes


def commit_id() -> str:
    run = subprocess.run(["git", "-C", str(ROOT), "describe", "--always", "--dirty"], capture_output=True, text=True,
                         check=False)  # outside a git checkout the commit is unknown, not an error
    return run.stdout.strip() or "unknown"


class Refused(Exception):
    """An update would make a limit easier and no reason was given."""


def rebaseline(baseline: Baseline, name: str, measured: dict[str, float], *, lower: str | None,
               commit: str) -> tuple[Baseline, list[Change]]:
    """The baseline with suite ``name`` at the measured figures; lowering a floor or raising a ceiling needs
    ``lower`` (the reason, recorded with each such change)."""
    suite, changes = rebaselined(baseline.suites[name], measured, commit=commit)
    easier = [c for c in changes if c.easier]
    if easier and not lower:
        raise Refused(f"{name} would lower {', '.join(f'{c.metric} {c.old} -> {c.new}' for c in easier)}: "
                      "fix the regression, or give --lower 'why' to record it")
    lowered: list[dict[str, object]] = [
        {"suite": name, "metric": c.metric, "kind": c.kind, "from": c.old, "to": c.new, "reason": lower,
         "commit": commit, "date": datetime.date.today().isoformat()} for c in easier]
    return Baseline(scorer_sha256=sha256(SCORER_PATH), suites={**baseline.suites, name: suite},
                    lowered=[*baseline.lowered, *lowered]), changes


def update(baseline: Baseline, names: list[str], *, lower: str | None) -> Baseline:
    commit = commit_id()
    for name in names:
        baseline, changes = rebaseline(baseline, name, measure(baseline.suites[name]), lower=lower, commit=commit)
        for c in changes:
            print(f"{name:16} {c.kind} {c.metric:28} {c.old:.3f} -> {c.new:.3f}")
    return baseline


def main() -> None:
    ap = argparse.ArgumentParser(description="Check or raise the evaluation gate's baseline.")
    ap.add_argument("--update", action="store_true", help="rewrite the baseline from measured figures")
    ap.add_argument("--suite", action="append", help="only this suite (repeatable; default all)")
    ap.add_argument("--lower", metavar="REASON", help="allow lowering a floor or raising a ceiling; recorded")
    a = ap.parse_args()
    baseline = load()
    names = a.suite or sorted(baseline.suites)
    if a.update:
        try:
            save(update(baseline, names, lower=a.lower))
        except Refused as refused:
            sys.exit(f"refused, baseline unchanged: {refused}")
        return
    failures = [f"{name}: {problem}" for name in names for problem in
                stale(baseline.suites[name], baseline.scorer_sha256) + breaches(baseline.suites[name],
                                                                                measure(baseline.suites[name]))]
    print("\n".join(failures) or f"gate holds: {', '.join(names)}")
    sys.exit(1 if failures else 0)


GATE = load()


@pytest.mark.parametrize("name", sorted(GATE.suites))
def test_eval_gate_gold_data_and_scorer_are_baselined(name: str) -> None:
    assert stale(GATE.suites[name], GATE.scorer_sha256) == []


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(GATE.suites))
def test_eval_gate_figures_hold(name: str) -> None:
    assert breaches(GATE.suites[name], measure(GATE.suites[name])) == []


# The CLICK-ID dev gold as measured when it joined the gate (score.py corpus, unrounded)
CLICKID = Suite(mode="corpus", command="timeline", gold="tests/eval/dev-gold/clickid/_corpus.json",
                data="tests/eval/dev-gold/clickid/articles", gold_sha256="", data_sha256="", measured_at="",
                min={"stories_bcubed_f1": 0.572, "timeline_event_f1": 0.392}, max={"timeline_repeats": 0.139})
MEASURED = {"stories_bcubed_f1": 0.5720573726948469, "timeline_event_f1": 0.3924528301886793,
            "timeline_repeats": 0.13821138211382114}


@pytest.mark.parametrize("moved, lower, limits", [
    ({}, None, {"stories_bcubed_f1": 0.572, "timeline_event_f1": 0.392, "timeline_repeats": 0.139}),
    ({"stories_bcubed_f1": 0.6189}, None, {"stories_bcubed_f1": 0.618, "timeline_repeats": 0.139}),
    ({"timeline_repeats": 0.0912}, None, {"timeline_repeats": 0.092}),
    ({"stories_bcubed_f1": 0.5499}, None, None),
    ({"timeline_repeats": 0.1501}, None, None),
    ({"stories_bcubed_f1": 0.5499}, "gold split story 3", {"stories_bcubed_f1": 0.549}),
])
def test_eval_gate_update_raises_but_never_lowers(moved: dict[str, float], lower: str | None,
                                                 limits: dict[str, float] | None) -> None:
    """Floors round down and ceilings up to three places; making one easier needs a reason, kept in the file
    (``limits`` None: refused)."""
    baseline = Baseline(scorer_sha256="", suites={"clickid": CLICKID})
    if limits is None:
        with pytest.raises(Refused):
            rebaseline(baseline, "clickid", {**MEASURED, **moved}, lower=lower, commit="abc")
        return
    new, _ = rebaseline(baseline, "clickid", {**MEASURED, **moved}, lower=lower, commit="abc")
    suite = new.suites["clickid"]
    assert {**suite.min, **suite.max}.items() >= limits.items()
    assert [(x["metric"], x["reason"]) for x in new.lowered] == ([("stories_bcubed_f1", lower)] if lower else [])
    assert suite.gold_sha256 == sha256(CLICKID.gold) and suite.measured_at == "abc"


@pytest.mark.parametrize("changed", ["gold", "data", "scorer"])
def test_eval_gate_notices_a_changed_input(changed: str) -> None:
    current = {"gold": sha256(CLICKID.gold), "data": sha256(CLICKID.data or ""), "scorer": sha256(SCORER_PATH)}
    recorded = {**current, changed: "0" * 64}
    suite = replace(CLICKID, gold_sha256=recorded["gold"], data_sha256=recorded["data"])
    named = {"gold": CLICKID.gold, "data": CLICKID.data, "scorer": SCORER_PATH}[changed]
    assert [problem.split()[0] for problem in stale(suite, recorded["scorer"])] == [named]


if __name__ == "__main__":
    main()
