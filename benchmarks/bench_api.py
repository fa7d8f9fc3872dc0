"""HTTP API latency and load on a large stored collection (a benchmark: not run in CI).

    nice .venv/bin/linimasa --db out/api-17k.db ingest ../shared/data/news/click-id/*.csv   # all 17k articles
    .venv/bin/python benchmarks/bench_api.py --db out/api-17k.db

Starts ``linimasa serve`` on a free loopback port (which publishes the timeline first when none is
stored), times the timeline (filters by alias and domain, both orders, disputes), search, entity (name
search, suggestions) and export (GraphML, TimelineJS) endpoints one request at a time (p50/p95/p99; entity
listings, the name index and exports also cold, before the per-version cache holds them), then sends a load of mixed
requests, hostile ones included, at a fixed concurrency and counts 5xx answers. Prints the DB size and
the machine's load averages too: on shared cores every figure includes queueing for CPU.
"""
from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
WORDS = ["presiden", "jokowi", "banjir", "korupsi", "pemilu", "jakarta", "harga beras", "polisi", "sepak bola",
         '"bank indonesia"', "menteri OR gubernur", "mempertahankan", "gempa -bumi", "ekonomi", "pembangunan"]
HOSTILE = ["/api/search?q=NEAR(", "/api/search?q=%27%3B%20DROP%20TABLE%20articles%3B--", "/api/events?limit=1000000000",
           "/api/events?offset=-1", "/api/articles/..%2F..%2Fetc%2Fpasswd", "/static/..%2F..%2Fetc%2Fpasswd",
           "/api/entities?limit=abc", "/api/search?q=" + "a" * 5000]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(db: str, port: int, *, write: bool = False, env: dict[str, str] | None = None,
                 quiet: bool = False) -> subprocess.Popen:
    """`linimasa serve` on ``port``, once it answers (bench_body_limit.py starts it too)."""
    cmd = [str(ROOT / ".venv/bin/linimasa"), "--db", db, "serve", *(["--write"] if write else []), "--port", str(port)]
    server = subprocess.Popen(cmd, env=env, stderr=subprocess.DEVNULL if quiet else None)
    deadline = time.monotonic() + 4 * 3600  # publishing the timeline of 17k articles takes a while
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit(f"server exited with {server.returncode}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/articles?limit=1", timeout=5).status_code == 200:
                return server
        except httpx.HTTPError:
            pass
        time.sleep(1)
    server.terminate()
    sys.exit("server did not start")


def percentiles(ms: list[float]) -> dict[str, float]:
    cuts = statistics.quantiles(ms, n=100, method="inclusive")
    return {"n": len(ms), "p50": round(cuts[49], 1), "p95": round(cuts[94], 1), "p99": round(cuts[98], 1),
            "max": round(max(ms), 1)}


def groups(base: str) -> dict[str, list[str]]:
    entities = [e["id"] for e in httpx.get(f"{base}/api/entities?limit=30", timeout=60).json()["items"]]
    events = httpx.get(f"{base}/api/events?limit=1", timeout=60).json()
    latest = (events["items"] or [{"date": "2020"}])[0]["date"] or "2020"
    articles = httpx.get(f"{base}/api/articles?limit=1", timeout=60).json()["items"]
    outlet = ((articles or [{}])[0].get("outlet") or "kompas").lower()  # a real outlet, matched case-insensitively
    return {
        "timeline": ["/api/events?limit=50", "/api/events?type=CONSULT&limit=50", "/api/events?disputed=true",
                     f"/api/events?since={latest[:4]}&until={latest[:4]}-12-31", "/api/events?offset=500&limit=50",
                     f"/api/events?outlet={outlet}", "/api/events?outlet=tempo.co", "/api/events?entity=Jokowi",
                     "/api/events?entity=KPK", "/api/events?sort=oldest", "/api/events?background=false", "/",
                     "/?entity=Jokowi&outlet=tempo.co", "/disputed", "/api/disputes"],
        "search": [f"/api/search?q={w}" for w in WORDS] + ["/search?q=presiden"],
        "entities": ["/api/entities", "/api/entities?label=PER"] + [f"/api/entities/{i}" for i in entities[:20]]
                    + [f"/entities/{i}" for i in entities[:5]] + ["/api/entities?q=jokowi", "/entities?q=kpk",
                                                                  "/api/suggest/entities?q=jok",
                                                                  "/api/suggest/outlets?q=tem"],
        "exports": ["/api/export/network.graphml", "/api/export/timelinejs.json"],
    }


def sequential(base: str, paths: list[str], n: int) -> tuple[dict[str, float], list[int]]:
    times, statuses = [], []
    with httpx.Client(base_url=base, timeout=60) as client:
        for path in itertools.islice(itertools.cycle(paths), n):
            start = time.perf_counter()
            statuses.append(client.get(path).status_code)
            times.append((time.perf_counter() - start) * 1000)
    return percentiles(times), statuses


def timed(base: str, path: str) -> float:
    """Milliseconds for one request."""
    start = time.perf_counter()
    httpx.get(base + path, timeout=120)
    return round((time.perf_counter() - start) * 1000, 1)


async def load(base: str, paths: list[str], total: int, concurrency: int) -> dict[str, object]:
    queue = itertools.islice(itertools.cycle(paths), total)
    times: list[float] = []
    classes: dict[str, int] = {}

    async def worker(client: httpx.AsyncClient) -> None:
        for path in queue:
            start = time.perf_counter()
            try:
                status = (await client.get(path)).status_code
                key = f"{status // 100}xx"
            except httpx.HTTPError as exc:
                key = type(exc).__name__
            times.append((time.perf_counter() - start) * 1000)
            classes[key] = classes.get(key, 0) + 1

    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    started = time.perf_counter()
    async with httpx.AsyncClient(base_url=base, timeout=120, limits=limits) as client:
        await asyncio.gather(*(worker(client) for _ in range(concurrency)))
    elapsed = time.perf_counter() - started
    return {"requests": total, "concurrency": concurrency, "seconds": round(elapsed, 1),
            "per_second": round(total / elapsed, 1), "statuses": classes, **percentiles(times)}


def loadavg() -> list[float]:
    """The machine's 1/5/15-minute load averages (as `uptime` shows): other jobs inflate every figure."""
    return [round(x, 2) for x in os.getloadavg()]


def megabyte_request(port: int) -> int:
    """Status for a 1 MB request line (HTTP clients refuse to send one)."""
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.sendall(b"GET /api/search?q=" + b"a" * 1_000_000 + b" HTTP/1.1\r\nHost: x\r\n\r\n")
        head = sock.recv(64).decode("latin-1")
    return int(head.split()[1]) if head.startswith("HTTP/") else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="out/api-17k.db")
    parser.add_argument("--sequential", type=int, default=300, help="requests per endpoint group")
    parser.add_argument("--requests", type=int, default=10_000)
    parser.add_argument("--concurrency", type=int, default=50)
    args = parser.parse_args()
    port = free_port()
    server = start_server(args.db, port)
    base = f"http://127.0.0.1:{port}"
    try:
        articles = httpx.get(f"{base}/api/articles?limit=1", timeout=60).json()["total"]
        events = httpx.get(f"{base}/api/events?limit=1", timeout=60).json()["total"]
        paths = groups(base)
        result: dict[str, object] = {"articles": articles, "events": events,
                                     "db_mb": round(os.path.getsize(args.db) / 2**20), "loadavg_start": loadavg()}
        # entity listings and pages, the name index and the cached exports are built once per database version:
        # the first request for each is the cold figure
        result["entity_listings_cold_ms"] = {path: timed(base, path) for path in paths["entities"][:2]}
        result["names_cold_ms"] = timed(base, "/api/suggest/entities?q=jok")
        result["exports_cold_ms"] = {path: timed(base, path) for path in paths["exports"]}
        result["entities_cold"], _ = sequential(base, paths["entities"][2:], len(paths["entities"]) - 2)
        for name, group in paths.items():
            count = args.sequential if name != "exports" else args.sequential // 5
            result[name], statuses = sequential(base, group, count)
            result[name]["non_200"] = sum(s != 200 for s in statuses)  # type: ignore[index]
        mixed = [p for name, group in paths.items() if name != "exports" for p in group] + HOSTILE
        result["loadavg_before_load"] = loadavg()
        result["load"] = asyncio.run(load(base, mixed, args.requests, args.concurrency))
        result["loadavg_after_load"] = loadavg()
        result["megabyte_request_status"] = megabyte_request(port)
    finally:
        server.terminate()
        server.wait(timeout=30)
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
