"""A throwaway PostgreSQL server for the tests: initdb in a temporary directory, a free loopback port.

One server per test process (xdist workers each get their own), stopped at exit; every test gets a
fresh database on it. Without PostgreSQL the tests skip, except under CI=true, where they fail loudly.
"""
from __future__ import annotations

import atexit
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

UNPRIVILEGED = "nobody"  # postgres refuses to run as root


@dataclass(frozen=True, slots=True)
class Server:
    bindir: Path
    datadir: Path
    port: int

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def database(self) -> str:
        """The URL of a new empty schema: as good as a new database for the store, and 50× faster to make."""
        import psycopg

        name = f"t_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.url, autocommit=True) as conn:
            conn.execute(f"CREATE SCHEMA {name}")
        return f"{self.url}?options=-csearch_path%3D{name}"

    def stop(self) -> None:
        _as_owner([str(self.bindir / "pg_ctl"), "-D", str(self.datadir), "-m", "immediate", "stop"], check=False)
        shutil.rmtree(self.datadir.parent, ignore_errors=True)


def bindir() -> Path | None:
    found = shutil.which("initdb") or next(iter(sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))[::-1]), None)
    return Path(os.path.realpath(found)).parent if found else None


def _as_owner(command: list[str], *, check: bool = True) -> subprocess.CompletedProcess[bytes]:
    prefix = ["runuser", "-u", UNPRIVILEGED, "--"] if os.geteuid() == 0 else []
    return subprocess.run(prefix + command, check=check, capture_output=True, timeout=60)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start(*, durable: bool = False) -> Server:
    """Tests run with durability off (they never survive a crash of their own server); benchmarks with it on."""
    binaries = bindir()
    if binaries is None:
        raise RuntimeError("initdb not found: run scripts/bootstrap-postgres.sh")
    root = Path(tempfile.mkdtemp(prefix="linimasa-pg-"))
    if os.geteuid() == 0:
        shutil.chown(root, UNPRIVILEGED)
    server = Server(binaries, root / "data", _free_port())
    _as_owner([str(binaries / "initdb"), "-D", str(server.datadir), "-A", "trust", "-U", "postgres", "-E", "UTF8",
               "--locale=C.UTF-8", "--no-sync"])
    options = f"-p {server.port} -k {root} -c listen_addresses=127.0.0.1"
    options += "" if durable else " -c fsync=off -c synchronous_commit=off"
    _as_owner([str(binaries / "pg_ctl"), "-D", str(server.datadir), "-o", options, "-l", str(root / "log"),
               "-w", "start"])
    return server


@cache
def server() -> Server:
    """The process-wide server, started on first use."""
    started = start()
    atexit.register(started.stop)
    return started


def postgres_url() -> Iterator[str]:
    """A fresh database URL; skips without PostgreSQL, fails under CI=true."""
    try:
        running = server()
    except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
        detail = getattr(exc, "stderr", b"") or b""
        message = f"PostgreSQL test server did not start: {exc} {detail.decode(errors='replace')[-500:]}"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    yield running.database()


pg_url = pytest.fixture(postgres_url)
