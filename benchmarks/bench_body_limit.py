"""Server memory when the write API is sent a 10 MB body (a benchmark: not run in CI).

    .venv/bin/python benchmarks/bench_body_limit.py

Starts ``linimasa serve --write`` on an empty database and a free loopback port, then sends 10 MB
bodies three ways and reads the server's resident memory (RSS, psutil) before and after each:
declared by Content-Length (refused with 413 before a byte of it is read), chunked with no length
(refused once 4 MB have arrived), and, for comparison, the same chunked body to a second server whose
limit is raised above it (the body is read whole, then refused by validation with 422).
"""
from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import psutil
from bench_api import free_port, start_server  # run from benchmarks/: its own directory is on the path

ROOT = Path(__file__).resolve().parents[1]
SIZE = 10_000_000
PIECE = 65_536


def start(db: str, port: int, limit: int) -> subprocess.Popen:
    return start_server(db, port, write=True, env=os.environ | {"LINIMASA_MAX_REQUEST_BYTES": str(limit)}, quiet=True)


def rss_mb(pid: int) -> float:
    return round(psutil.Process(pid).memory_info().rss / 2**20, 1)


def declared(port: int) -> int:
    """Headers announcing 10 MB, then the body only if the server has not answered yet."""
    with socket.create_connection(("127.0.0.1", port), timeout=60) as sock:
        sock.sendall(b"POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                     b"Content-Length: %d\r\n\r\n" % SIZE)
        head = sock.recv(64).decode("latin-1")
    return int(head.split()[1])


def chunked(port: int) -> int:
    def body() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(SIZE // PIECE):
            yield b"a" * PIECE
        yield b'"}'

    try:
        return httpx.post(f"http://127.0.0.1:{port}/api/articles", content=body(), timeout=120,
                          headers={"content-type": "application/json"}).status_code
    except httpx.HTTPError as exc:  # the server may close while the client still sends
        return {"RemoteProtocolError": 413}.get(type(exc).__name__, 0)


def measure(pid: int, send: object, port: int) -> dict[str, object]:
    before = rss_mb(pid)
    status = send(port)  # type: ignore[operator]
    time.sleep(0.5)
    return {"status": status, "rss_before_mb": before, "rss_after_mb": rss_mb(pid)}


def main() -> None:
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args()
    result: dict[str, object] = {"body_mb": SIZE / 1e6, "loadavg": [round(x, 2) for x in os.getloadavg()]}
    with tempfile.TemporaryDirectory() as tmp:
        for name, limit, sends in (("limit 4 MB", 4_000_000, {"declared": declared, "chunked": chunked}),
                                   ("limit 200 MB", 200_000_000, {"chunked": chunked})):
            port = free_port()
            server = start(str(Path(tmp) / f"{limit}.db"), port, limit)
            try:
                result[name] = {how: measure(server.pid, send, port) for how, send in sends.items()}
            finally:
                server.terminate()
                server.wait(timeout=30)
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
