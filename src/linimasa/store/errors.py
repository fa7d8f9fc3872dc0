"""Store failures in words: one line naming the database (a password never shown) and what to do.

The backends raise ``StoreError`` where they open a database; ``explain`` turns what a driver raises later (a
lock held too long, a damaged page met mid-query, a server gone) into one, for the CLI to print.
"""
from __future__ import annotations

import sqlite3
import sys
from urllib.parse import urlsplit, urlunsplit

USAGE, FAILED = 2, 1  # exit status: the database was named wrongly / it cannot be used as it is


class StoreError(Exception):
    """``str(error)`` is the line for the user; ``exit_code`` the CLI's exit status."""

    def __init__(self, database: str, problem: str, advice: str, *, exit_code: int = FAILED) -> None:
        self.database = redact(database)
        self.exit_code = exit_code
        super().__init__(f"{self.database}: {' '.join(problem.split())}: {advice}")


class ReadOnlyError(StoreError):
    """A write to a database this process may only read."""


def redact(url: str) -> str:
    """The database URL with its password as ``***`` (a SQLite path unchanged)."""
    if "://" not in url:
        return url
    try:
        parts = urlsplit(url)
        if parts.password is None:
            return url
        host = parts.netloc.rpartition("@")[2]
        return urlunsplit(parts._replace(netloc=f"{parts.username or ''}:***@{host}"))
    except ValueError:  # an unparsable URL may still hold a password: keep only what precedes it
        return url.split("://", 1)[0] + "://***"


def usage(database: str, problem: str, advice: str) -> StoreError:
    return StoreError(database, problem, advice, exit_code=USAGE)


def check_name(database: str) -> None:
    """An empty name would open SQLite's temporary database, gone at exit with whatever was stored in it."""
    if not database.strip():
        raise usage("--db", "the database name is empty (--db \"\" or LINIMASA_DATABASE=\"\")",
                    "give a SQLite file path or a postgresql:// URL")


def check_schema(database: str, pending: list[int]) -> None:
    """A database opened read-only cannot be migrated: refuse one that is not (yet) a linimasa database, or one
    an older linimasa wrote, rather than fail on a missing table or column later."""
    if not pending:
        return
    if pending[0] == 1:
        raise StoreError(database, "not a linimasa database (it has no linimasa tables)",
                         "check the path, or ingest articles into it first")
    raise StoreError(database, f"written by an older linimasa (schema version {pending[0] - 1})",
                     "run a command that writes (linimasa ingest) once to upgrade it")


_SQLITE_ADVICE = (
    ("locked", "another process holds the database longer than lock_seconds: try again when it has finished,"
               " or raise lock_seconds"),
    ("readonly", "this command writes: make the file and its directory writable, or work on a copy"),
    ("not a database", "not a SQLite database, or its header is damaged: check the path, or restore it from a backup"),
    ("malformed", "the file is damaged: run `linimasa check`, then restore it from a backup or ingest again into"
                  " a new file"),
    ("full", "free disk space, then run the command again (nothing half-written was kept)"),
    ("unable to open", "check that the path exists and this user may read and write it and its directory"),
    ("disk i/o", "the file could not be read or written: check the disk, then run `linimasa check`"),
    ("no such table", "not a linimasa database (or an unfinished one): check the path"),
)


def sqlite_error(path: str, exc: sqlite3.Error) -> StoreError:
    message = str(exc)
    squeezed = message.lower().replace("read-only", "readonly").replace(" ", "")
    for key, advice in _SQLITE_ADVICE:
        if key.replace(" ", "") in squeezed:
            kind = ReadOnlyError if key == "readonly" else StoreError
            return kind(path, message, advice)
    return StoreError(path, message, "run `linimasa check` on it, or use another database")


def postgres_error(url: str, exc: Exception) -> StoreError:
    import psycopg

    message = str(exc).replace(urlsplit(url).password or "\0", "***") if "://" in url else str(exc)
    if isinstance(exc, psycopg.errors.ReadOnlySqlTransaction):
        return ReadOnlyError(url, message, "this command writes: use a connection that may write")
    if isinstance(exc, psycopg.ProgrammingError) and "invalid" in message.lower():
        return usage(url, f"not a usable PostgreSQL URL ({message})",
                     "write it as postgresql://user:password@host:port/database")
    if isinstance(exc, psycopg.OperationalError):
        return StoreError(url, f"cannot use the PostgreSQL server ({message})",
                          "check that the server runs and that the host, port, database and credentials in the"
                          " URL are right")
    return StoreError(url, message, "run `linimasa check` on it, or use another database")


def explain(exc: BaseException, database: str) -> StoreError | None:
    """The StoreError for what a store raised, or None when it is not a store failure."""
    if isinstance(exc, StoreError):
        return exc
    if isinstance(exc, sqlite3.Error):
        return sqlite_error(database, exc)
    psycopg = sys.modules.get("psycopg")  # imported only when a postgresql:// store was opened
    if psycopg is not None and isinstance(exc, psycopg.Error):
        return postgres_error(database, exc)
    return None
