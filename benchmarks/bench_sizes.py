"""The issue-16 size probes as whole processes: each hostile file in a batch with one good article, ingested
into a fresh database; prints the wall seconds, the peak memory, the exit status and the failure line.

    nice .venv/bin/python benchmarks/bench_sizes.py [--work out/sizes]

Goal: every probe reported within seconds, under 300 MB, exit 3 (partial: the good article stored). The files
(about 2.2 GB on disk, for the plain newline run) are written under --work and removed afterwards.
"""
from __future__ import annotations

import argparse
import gzip
import os
import resource
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from fuzz_samples import warc_record  # noqa: E402

GOOD = ("SEOUL - Pemimpin Korea Utara Kim Jong-un bertemu Menteri Pertahanan Rusia Sergei Shoigu di Pyongyang "
        "pada Rabu (26/7/2023), kata kantor berita KCNA.\n")
MB = 1 << 20


def _repeat(path: Path, head: bytes, filler: bytes, size: int, tail: bytes = b"") -> None:
    block = filler * (MB // len(filler))
    with path.open("wb") as fh:
        fh.write(head)
        for _ in range(size // MB):
            fh.write(block)
        fh.write(tail)


def _bomb(path: Path, head: bytes, filler: bytes, size: int = 10 << 30) -> None:
    """``size`` bytes of ``filler`` after ``head``, gzipped as members of 1 MB compressed once: 10 GB in ~10 MB."""
    member = gzip.compress(filler * (MB // len(filler)), mtime=0)
    with path.open("wb") as fh:
        fh.write(gzip.compress(head, mtime=0))
        for _ in range(size // MB):
            fh.write(member)


PROBES: dict[str, Callable[[Path], None]] = {
    "text-15MB.txt": lambda p: _repeat(p, b"", GOOD.encode(), 15 * MB),
    "csv-field-50MB.csv": lambda p: _repeat(p, b'title,content\nA,"', b"x", 50 * MB, f'"\nB,"{GOOD}"\n'.encode()),
    "jsonl-newlines-2GB.jsonl": lambda p: _repeat(p, b"", b"\n", 2048 * MB,
                                                  b'{"text": "%s"}\n' % GOOD.strip().encode()),
    "jsonl-newlines-10GB.jsonl.gz": lambda p: _bomb(p, b"", b"\n"),
    "warc-zeros-50MB.warc": lambda p: _repeat(p, b"", b"\0", 50 * MB),
    "bomb.txt.gz": lambda p: _bomb(p, GOOD.encode(), b"a"),
    "bomb.html.gz": lambda p: _bomb(p, b"<html><body><p>", b"a"),
    "bomb.json.gz": lambda p: _bomb(p, b'[{"text": "', b"a"),
    "bomb.csv.gz": lambda p: _bomb(p, f'title,content\nA,"{GOOD}"'.encode(), b"B,x\n"),
    "bomb.rss.gz": lambda p: _bomb(p, b"<rss><channel><item><description>", b"a"),
    "bomb.warc.gz": lambda p: _bomb(p, warc_record("https://x.id/1", b"<html>" + GOOD.encode() * 5), b"\r\n"),
    "fifo.txt": lambda p: os.mkfifo(p),
}


def run(probe: str, work: Path) -> str:
    folder = work / probe.replace(".", "-")
    folder.mkdir(parents=True)
    PROBES[probe](folder / probe)
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.monotonic()
    done = subprocess.run([str(ROOT / ".venv" / "bin" / "linimasa"), "--db", str(folder / "probe.db"), "ingest",
                           "--no-timeline", "-q", str(folder / probe), str(folder / "good.txt")],
                          capture_output=True, text=True, timeout=600)
    seconds = time.monotonic() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    shutil.rmtree(folder)
    failure = next((line for line in done.stderr.splitlines() if probe in line), "(no failure line)")
    memory = f"{peak / 1024:.0f} MB" if peak > before else f"<= {before / 1024:.0f} MB"
    return f"{probe:30} {seconds:6.1f} s  {memory:>9}  exit {done.returncode}  {failure.split(': ', 1)[-1]}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, default=ROOT / "out" / "sizes")
    parser.add_argument("probes", nargs="*", default=list(PROBES))
    args = parser.parse_args()
    for probe in args.probes:
        print(run(probe, args.work), flush=True)


if __name__ == "__main__":
    main()
