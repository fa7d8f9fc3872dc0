"""Cost of an update: one new CLICK-ID article ingested into stored collections of 1k, 5k and 17k CLICK-ID
articles and into an empty one, wall time. Not run in CI.

    nice .venv/bin/python benchmarks/bench_update.py prepare [--dir out/update]   # annotated DBs (long: 17k)
    nice .venv/bin/python benchmarks/bench_update.py stages [--dir out/update] [--sizes 1k,5k,17k]
    nice .venv/bin/python benchmarks/bench_update.py run [--dir out/update] [--repeat 5] [--sizes 1k,5k,17k]

``prepare`` holds two articles out (fixed seed): ``stream``, one of the latest day with many articles (news as it
arrives; a handful of stored articles are dated later), and ``backfill``, one of any day (an old article arrives
late). It draws nested random samples of the others (1k in 5k in all), writes them as CSV files beside the DBs
and stores each with ``linimasa ingest --no-timeline``. ``stages`` copies those DBs and runs the collection
stages over each copy once (``linimasa timeline``), which also builds the persisted copy and story indexes:
rerun it after a change to the stages. ``run`` copies each DB, then times, in one process with the models
loaded, ``Collection.ingest`` of one held-out article plus ``update_timeline``, as ``linimasa ingest`` runs
them: the median wall and CPU seconds of ``--repeat`` fresh copies, one JSON line per DB and held-out article.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from clickid import CLICK_ID, _iso_date

ROOT = Path(__file__).resolve().parents[1]
SIZES = {"1k": 1_000, "5k": 5_000, "17k": None}  # None: every article but the held-out ones
HELD_OUT = ("stream", "backfill")
SEED = 18


def _rows() -> tuple[list[str], list[dict[str, str]]]:
    csv.field_size_limit(1 << 27)
    header: list[str] = []
    rows = []
    for path in sorted(CLICK_ID.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            header = list(reader.fieldnames or [])
            rows += [row for row in reader if row["content"].strip(" ,-\n")]
    return header, rows


def _write(path: Path, header: list[str], rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=header)
        writer.writeheader()
        writer.writerows(rows)


def prepare(directory: Path) -> None:
    """The held-out articles and the stored DBs, each grown from the smaller one (nested samples)."""
    directory.mkdir(parents=True, exist_ok=True)
    header, rows = _rows()
    rng = random.Random(SEED)
    days = Counter(_iso_date(r["date"]) for r in rows)
    latest = max(day for day, n in days.items() if day and n >= 100)
    stream = rng.choice([r for r in rows if _iso_date(r["date"]) == latest])
    backfill = rng.choice([r for r in rows if r is not stream])
    for name, row in zip(HELD_OUT, (stream, backfill), strict=True):
        _write(directory / f"{name}.csv", header, [row])
    others = [r for r in rows if r is not stream and r is not backfill]
    rng.shuffle(others)
    previous: Path | None = None
    for name, size in SIZES.items():
        sample, db = directory / f"{name}.csv", directory / f"{name}-annotated.db"
        _write(sample, header, others[:size])
        if previous is not None and not db.exists():
            shutil.copy(previous, db)
        _linimasa(db, "ingest", "-q", "--no-timeline", str(sample))
        previous = db


def stages(directory: Path, sizes: list[str]) -> None:
    for name in sizes:
        db = directory / f"{name}.db"
        shutil.copy(directory / f"{name}-annotated.db", db)
        started = time.perf_counter()
        _linimasa(db, "timeline", "--text")
        print(json.dumps({"bench": "stages", "stored": name, "s": round(time.perf_counter() - started, 1)}))


def _linimasa(db: Path, *args: str) -> None:
    """The command line; exit status 3 (some rows had no text) is expected of CLICK-ID."""
    command = Path(sys.executable).with_name("linimasa")
    done = subprocess.run([str(command), "--db", str(db), *args], stdout=subprocess.DEVNULL)
    if done.returncode not in (0, 3):
        raise SystemExit(f"linimasa {' '.join(args)}: exit status {done.returncode}")


def _timed(db: Path | None, new: Path) -> tuple[float, float]:
    """Wall and CPU seconds of one update (the machine is shared: CPU time shows the work, wall the wait)."""
    from linimasa.collection import Collection
    from linimasa.settings import Settings

    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "c.db"
        if db is not None:
            shutil.copy(db, target)
        with Collection(Settings(database=str(target))) as collection:
            started, cpu = time.perf_counter(), time.process_time()
            report = collection.ingest([str(new)])
            update = collection.update_timeline()
            seconds = time.perf_counter() - started, time.process_time() - cpu
            assert report.new == 1 and update.articles == 1, (report, update)
    return seconds


def run(directory: Path, repeat: int, sizes: list[str]) -> None:
    _timed(None, directory / "stream.csv")  # loads the models: every figure below is the update alone
    for held in HELD_OUT:
        for name in ("empty", *sizes):
            db = None if name == "empty" else directory / f"{name}.db"
            times = [_timed(db, directory / f"{held}.csv") for _ in range(repeat)]
            print(json.dumps({"bench": "update", "new": held, "stored": name,
                              "wall_s": round(statistics.median(t for t, _ in times), 3),
                              "cpu_s": round(statistics.median(c for _, c in times), 3),
                              "runs_wall_s": [round(t, 3) for t, _ in times], "commit": _commit(),
                              "load": round(os.getloadavg()[0], 1)}), flush=True)


def _commit() -> str:
    return subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                          text=True).stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("prepare", "stages", "run"))
    parser.add_argument("--dir", type=Path, default=ROOT / "out" / "update")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--sizes", default=",".join(SIZES), help="stored DBs to update (stages, run)")
    args = parser.parse_args()
    sizes = args.sizes.split(",")
    {"prepare": lambda: prepare(args.dir), "stages": lambda: stages(args.dir, sizes),
     "run": lambda: run(args.dir, args.repeat, sizes)}[args.command]()


if __name__ == "__main__":
    main()
