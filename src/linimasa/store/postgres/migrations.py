"""PostgreSQL schema migrations: ``store.migrations.SQLITE`` translated, same versions and names.

Deriving the DDL keeps the two schemas from drifting; only what SQLite lacks is written here.
Text columns use the domain ``ctext`` (collation "C") so that sorting is bytewise, as in SQLite.
Full-text search is a ``tsvector`` column (stemmed title weight A, body weight D) with a GIN index,
instead of SQLite's FTS5 table.
"""
from __future__ import annotations

import re
from typing import Any

from ..migrations import SQLITE
from ..records import now

_BEFORE = {1: 'CREATE DOMAIN ctext AS text COLLATE "C";'}
_AFTER = {1: "ALTER TABLE articles ADD COLUMN fts tsvector NOT NULL;"
             " CREATE INDEX articles_fts ON articles USING gin(fts);"}
_TYPES = ((re.compile(r"CREATE VIRTUAL TABLE[^;]*;"), ""), (re.compile(r"\bTEXT\b"), "ctext"),
          (re.compile(r"\bREAL\b"), "DOUBLE PRECISION"))
_LOCK = 7_466_233  # advisory lock id: concurrent openers migrate one at a time


def translate(version: int, sql: str) -> str:
    for pattern, replacement in _TYPES:
        sql = pattern.sub(replacement, sql)
    return "\n".join((_BEFORE.get(version, ""), sql, _AFTER.get(version, "")))


POSTGRES: list[tuple[int, str, str]] = [(version, name, translate(version, sql)) for version, name, sql in SQLITE]


def pending(conn: Any, migrations: list[tuple[int, str, str]] = POSTGRES) -> list[int]:
    """The versions not applied yet (every one in a new database); only reads."""
    if conn.execute("SELECT to_regclass('migrations')").fetchone()[0] is None:
        return sorted(version for version, _, _ in migrations)
    done = {row[0] for row in conn.execute("SELECT version FROM migrations")}
    return sorted(version for version, _, _ in migrations if version not in done)


def migrate(conn: Any, migrations: list[tuple[int, str, str]] = POSTGRES) -> list[int]:
    """Apply what is missing under an advisory lock, in one transaction that reads what is applied once it holds
    the lock: of processes opening a new database at once, one migrates, the others wait and find it done.
    Returns the versions applied."""
    if not pending(conn, migrations):
        return []
    new = []
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK,))
        conn.execute("CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                     " applied_at TEXT NOT NULL)")
        done = {row[0] for row in conn.execute("SELECT version FROM migrations")}
        for version, name, sql in sorted(migrations):
            if version in done:
                continue
            conn.execute(sql)  # PostgreSQL DDL is transactional: a crash leaves no half-applied version
            conn.execute("INSERT INTO migrations VALUES (%s, %s, %s)", (version, name, now()))
            new.append(version)
    return new
