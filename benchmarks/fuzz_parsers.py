"""Fuzz every parser at scale: hypothesis (structured hostile inputs) and atheris (coverage-guided bytes).

    nice .venv/bin/python benchmarks/fuzz_parsers.py --examples 10000 --atheris 10000 --out out/fuzz.jsonl
    nice .venv/bin/python benchmarks/fuzz_parsers.py --report out/fuzz.jsonl   # the Markdown table

Each input goes through the same property check as tests/test_fuzz_*.py. Per parser and engine it counts the
inputs run, the accepted ones, the clear rejections (a Failure or QueryError with a one-line reason), broken
properties (a span outside the text, an invented date, a leaked exception as reason) and unhandled exceptions.
The last two must be 0. Needs the `fuzz` extra (atheris); runs on the bundled seeds only, never on ../shared.
"""
from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # the shared strategies and checks live beside the tests

import fuzz_checks as checks  # noqa: E402
from fuzz_inputs import any_text, hostile_file, query_text, sample  # noqa: E402
from fuzz_samples import SAMPLES, paragraphs  # noqa: E402
from hypothesis import HealthCheck, Phase, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

OUTCOMES = ("ok", "rejected", "violated", "unhandled")
STOPPED = " (stopped early)"  # engine suffix of a run cut short by SIGTERM/SIGINT: its counts are what ran
FIRST_EXAMPLES = 3  # failing inputs kept per parser, for the report
# Imported lazily by the code under test, so still uninstrumented when the atheris child starts.
INSTRUMENTED = (*(f"linimasa.ingest.{m}" for m in ("plain", "webpage", "jsonlines", "table", "feed", "warc")),
                "linimasa.clean", "linimasa.timex", "linimasa.segment", "linimasa.entities", "linimasa.quotes",
                "linimasa.events", "linimasa.pipeline", "linimasa.store.sqlite", "linimasa.cli.articles")


@dataclass(frozen=True, slots=True)
class Target:
    check: Callable[..., str]
    strategy: st.SearchStrategy[tuple[object, ...]]
    from_bytes: Callable[[bytes], tuple[object, ...]] | None = None  # atheris input -> check arguments
    corpus: Callable[[], list[bytes]] = lambda: [p.encode() for p in paragraphs()]


def _text(data: bytes) -> tuple[str]:
    return (data.decode("utf-8", "replace"),)


def _ingest(fmt: str) -> Target:
    suffix = SAMPLES[fmt][0]
    return Target(checks.check_ingest, hostile_file(fmt), lambda data: (suffix, data), lambda: [sample(fmt)])


def _stage(stage: str, *, atheris: bool = False) -> Target:
    return Target(checks.check_stages, st.tuples(any_text(max_words=80), st.just(stage)),
                  (lambda data: (*_text(data), stage)) if atheris else None)


TARGETS: dict[str, Target] = {
    **{f"ingest-{fmt}": _ingest(fmt) for fmt in SAMPLES},
    "clean": Target(checks.check_clean, st.tuples(any_text()), _text),
    "timex": Target(checks.check_timex, st.tuples(any_text(), st.one_of(st.none(), st.dates().map(str))), _text),
    "segment": _stage("segment"),
    "entities": _stage("entities"),
    "quotes": _stage("quotes"),
    "events": _stage("events", atheris=True),
    "query": Target(checks.check_query, st.tuples(query_text()), _text),
    "annotate": Target(checks.check_annotate, st.one_of(*(hostile_file(f) for f in ("text", "html", "jsonl"))),
                       lambda data: (".txt", data), lambda: [sample("text")]),
}


class Tally:
    """Outcome counts and the first failing inputs of one parser under one engine."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.examples: list[str] = []

    def run(self, check: Callable[..., str], args: tuple[object, ...]) -> None:
        try:
            outcome = check(*args)
        except AssertionError as exc:
            outcome = self._keep("violated", exc, args)
        except Exception as exc:
            outcome = self._keep("unhandled", exc, args)
        self.counts[outcome] += 1

    def _keep(self, outcome: str, exc: BaseException, args: tuple[object, ...]) -> str:
        if len(self.examples) < FIRST_EXAMPLES:
            self.examples.append(f"{type(exc).__name__}: {str(exc)[:200]} <- {repr(args)[:200]}")
        return outcome

    def row(self, name: str, engine: str, seconds: float) -> dict[str, object]:
        return {"parser": name, "engine": engine, "inputs": sum(self.counts.values()),
                **{o: self.counts[o] for o in OUTCOMES}, "seconds": round(seconds, 1), "examples": self.examples}


def run_hypothesis(name: str, examples: int) -> dict[str, object]:
    target, tally, start = TARGETS[name], Tally(), time.monotonic()

    @settings(max_examples=examples, database=None, deadline=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(target.strategy)
    def one(args: tuple[object, ...]) -> None:
        tally.run(target.check, args)

    try:
        one()
    except KeyboardInterrupt:
        return tally.row(name, "hypothesis" + STOPPED, time.monotonic() - start)
    return tally.row(name, "hypothesis", time.monotonic() - start)


def run_atheris(name: str, runs: int) -> dict[str, object]:
    """libFuzzer in a child process (it owns the process and exits when done), seeded with valid samples."""
    with tempfile.TemporaryDirectory() as tmp:
        corpus, result = Path(tmp) / "corpus", Path(tmp) / "result.json"
        corpus.mkdir()
        for n, seed in enumerate(TARGETS[name].corpus()):
            (corpus / f"seed{n}").write_bytes(seed)
        start = time.monotonic()
        child = subprocess.Popen([sys.executable, __file__, "--atheris-child", name, "--runs", str(runs), "--result",
                                  str(result), "--", str(corpus), f"-runs={runs + 1}", "-max_len=65536", "-timeout=120",
                                  "-rss_limit_mb=6144", "-handle_term=0", "-handle_int=0", "-print_final_stats=0"],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            child.wait()
        except KeyboardInterrupt:  # the child writes what it ran when terminated
            child.terminate()
            child.wait()
        if not result.exists():
            return {"parser": name, "engine": "atheris", "inputs": 0, "error": "the fuzzer process died"}
        row = json.loads(result.read_text())
    return {**row, "seconds": round(time.monotonic() - start, 1)}


def atheris_child(name: str, runs: int, result: Path, libfuzzer_args: list[str]) -> None:
    import atheris

    with atheris.instrument_imports(include=["linimasa"]):  # coverage feedback from our modules only
        for module in INSTRUMENTED:
            import_module(module)
    target, tally = TARGETS[name], Tally()

    def stop(*_: object) -> None:
        result.write_text(json.dumps(tally.row(name, "atheris" + STOPPED, 0)))
        os._exit(0)

    signal.signal(signal.SIGTERM, stop)

    def one(data: bytes) -> None:
        tally.run(target.check, target.from_bytes(data))
        if sum(tally.counts.values()) >= runs:
            result.write_text(json.dumps(tally.row(name, "atheris", 0)))
            os._exit(0)  # libFuzzer would otherwise keep going or exit without our tally

    atheris.Setup([sys.argv[0], *libfuzzer_args], one)
    atheris.Fuzz()


def report(path: Path) -> str:
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    lines = ["| parser | engine | inputs | accepted | clear rejections | broken properties | unhandled | seconds |",
             "|---|---|---:|---:|---:|---:|---:|---:|"]
    lines += [f"| {r['parser']} | {r['engine']} | {r['inputs']:,} | {r.get('ok', 0):,} | {r.get('rejected', 0):,} "
              f"| {r.get('violated', 0)} | {r.get('unhandled', 0)} | {r.get('seconds', 0)} |" for r in rows]
    failures = [f"- {r['parser']} ({r['engine']}): {e}" for r in rows for e in r.get("examples", [])]
    return "\n".join([*lines, *(["", *failures] if failures else [])])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", nargs="*", choices=sorted(TARGETS), help="parsers to fuzz (default: all)")
    parser.add_argument("--examples", type=int, default=10_000, help="hypothesis inputs per parser (0: skip)")
    parser.add_argument("--atheris", type=int, default=10_000, help="atheris inputs per byte parser (0: skip)")
    parser.add_argument("--out", type=Path, default=ROOT / "out" / "fuzz.jsonl", help="JSON lines, appended")
    parser.add_argument("--report", type=Path, help="print the Markdown table of an --out file and stop")
    parser.add_argument("--atheris-child", help=argparse.SUPPRESS)
    parser.add_argument("--runs", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--result", type=Path, help=argparse.SUPPRESS)
    argv = [*sys.argv[1:], "--"]  # after "--": the atheris child's libFuzzer arguments
    split = argv.index("--")
    args, libfuzzer_args = parser.parse_args(argv[:split]), argv[split + 1:-1]
    if args.atheris_child:
        return atheris_child(args.atheris_child, args.runs, args.result, libfuzzer_args)
    if args.report:
        return print(report(args.report))
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    for name in args.only or TARGETS:
        rows = [run_hypothesis(name, args.examples)] if args.examples else []
        if args.atheris and TARGETS[name].from_bytes and not _stopped(rows):
            rows.append(run_atheris(name, args.atheris))
        with args.out.open("a") as out:
            out.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
        for row in rows:
            print(json.dumps({k: v for k, v in row.items() if k != "examples"}), flush=True)
        if _stopped(rows):
            return


def _stopped(rows: list[dict[str, object]]) -> bool:
    return any(str(row.get("engine", "")).endswith(STOPPED) for row in rows)


if __name__ == "__main__":
    main()
