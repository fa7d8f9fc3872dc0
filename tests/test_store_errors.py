"""Store errors in words: each way a database can be unusable gives one line naming it and what to do, exit 1 or 2,
never a traceback; read commands work on a database this user may only read; `linimasa check` finds damage."""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from linimasa.cli import commands
from linimasa.collection import Collection
from linimasa.settings import Settings

SEEDS = Path(__file__).resolve().parents[1] / "examples" / "seeds"


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database holding the five seeds with their timeline."""
    path = tmp_path_factory.mktemp("seeded") / "seeds.db"
    with Collection(Settings(database=str(path))) as collection:
        collection.ingest([str(SEEDS)])
        collection.update_timeline()
    return path


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(commands(), list(args), env=env)


def _copy(seeded: Path, tmp: Path) -> Path:
    shutil.copy(seeded, tmp / "copy.db")
    return tmp / "copy.db"


def _truncated(seeded: Path, tmp: Path) -> Path:
    path = _copy(seeded, tmp)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 3])
    return path


def _not_sqlite(seeded: Path, tmp: Path) -> Path:
    path = tmp / "notes.db"
    path.write_text("Catatan rapat redaksi, bukan basis data.\n", encoding="utf-8")
    return path


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# (case, the database argument made from the seeded database and a temporary directory, command, exit status,
# words the one line must hold)
CASES: list[tuple[str, Callable[[Path, Path], str], tuple[str, ...], int, str]] = [
    ("empty name", lambda s, t: "", ("report",), 2, "empty"),
    ("a directory", lambda s, t: str(t), ("report",), 2, "a directory, not a database file"),
    ("missing parent directory", lambda s, t: str(t / "no" / "such" / "x.db"), ("ingest", str(SEEDS)), 2,
     "does not exist"),
    ("missing database, read command", lambda s, t: str(t / "none.db"), ("search", "jokowi"), 1, "no database here"),
    ("truncated file", lambda s, t: str(_truncated(s, t)), ("stories",), 1, "damaged"),
    ("not a database", lambda s, t: str(_not_sqlite(s, t)), ("show", "abc"), 1, "not a SQLite database"),
    ("server out of reach", lambda s, t: f"postgresql://editor:rahasia@127.0.0.1:{_free_port()}/news", ("report",),
     1, "cannot use the PostgreSQL server"),
    ("bad URL", lambda s, t: "postgresql://editor:rahasia%zz@127.0.0.1:notaport/news", ("report",), 2,
     "not a usable PostgreSQL URL"),
]


@pytest.mark.parametrize(("case", "database", "command", "status", "words"), CASES, ids=[c[0] for c in CASES])
def test_store_errors_are_one_line_in_words(seeded: Path, tmp_path: Path, case: str,
                                            database: Callable[[Path, Path], str], command: tuple[str, ...],
                                            status: int, words: str) -> None:
    name = database(seeded, tmp_path)
    result = run("--db", name, *command)
    lines = result.stderr.strip().splitlines()
    assert result.exit_code == status, result.stderr
    assert len(lines) == 1 and words in lines[0] and "Traceback" not in result.output
    assert "rahasia" not in lines[0] and (name.split("rahasia")[0] in lines[0] or "empty" in lines[0])
    assert not (tmp_path / "no").exists(), "a missing directory was created"


def test_store_errors_empty_database_variable_is_a_usage_error(tmp_path: Path) -> None:
    result = run("ingest", str(SEEDS), env={"LINIMASA_DATABASE": ""})
    assert result.exit_code == 2 and "empty" in result.stderr and "Traceback" not in result.output


def test_store_errors_locked_database_names_the_lock(seeded: Path, tmp_path: Path) -> None:
    path = _copy(seeded, tmp_path)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        result = run("--db", str(path), "ingest", "-q", str(sorted(SEEDS.glob("*.txt"))[1]),
                     env={"LINIMASA_LOCK_SECONDS": "1"})
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.exit_code == 1 and "locked" in result.stderr and "lock_seconds" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def _garbage_page(path: Path) -> None:
    """Overwrite a page in the middle of the file, as a bad sector or a stray write would."""
    page = sqlite3.connect(path).execute("PRAGMA page_size").fetchone()[0]
    with path.open("r+b") as fh:
        fh.seek(path.stat().st_size // page // 2 * page)
        fh.write(bytes(range(256)) * (page // 256))


def test_store_check_reports_a_garbage_page_in_the_middle(seeded: Path, tmp_path: Path) -> None:
    path = _copy(seeded, tmp_path)
    sqlite3.connect(path).execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    healthy = run("--db", str(path), "check")
    _garbage_page(path)
    damaged = run("--db", str(path), "check")
    assert healthy.exit_code == 0 and healthy.output.startswith(f"{path}: ok (5 articles")
    assert damaged.exit_code == 1 and "problem" in damaged.output.splitlines()[0]
    assert len(damaged.output.splitlines()) >= 2


def _as_reader(tmp_path: Path, seeded: Path) -> tuple[list[str], Path]:
    """A command prefix that runs linimasa without the right to write the database (root keeps its rights through
    chmod, so it gives up the capability that overrides file modes) and the read-only database."""
    directory = tmp_path / "readonly"
    directory.mkdir()
    path = directory / "seeds.db"
    sqlite3.connect(seeded).execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    shutil.copy(seeded, path)
    path.chmod(0o444)
    directory.chmod(0o555)
    drop = ["setpriv", "--bounding-set=-dac_override,-dac_read_search",
            "--inh-caps=-dac_override,-dac_read_search"] if os.geteuid() == 0 else []
    if drop and shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: cannot make a database read-only")
    return [*drop, sys.executable, "-c", "from linimasa.cli import main; main()", "--db", str(path)], path


@pytest.mark.parametrize("command", [("report",), ("stories",), ("search", "Shoigu"), ("entities",), ("check",),
                                     ("export", "events.csv")])
def test_store_errors_read_commands_work_on_a_read_only_database(seeded: Path, tmp_path: Path,
                                                                 command: tuple[str, ...]) -> None:
    prefix, path = _as_reader(tmp_path, seeded)
    try:
        done = subprocess.run([*prefix, *command], capture_output=True, timeout=300)
        write = subprocess.run([*prefix, "ingest", "-q", str(SEEDS)], capture_output=True, timeout=300)
    finally:
        path.parent.chmod(0o755)
    assert done.returncode == 0, done.stderr.decode()
    assert done.stdout and b"Traceback" not in done.stderr
    assert write.returncode == 1 and b"read" in write.stderr and b"Traceback" not in write.stderr
