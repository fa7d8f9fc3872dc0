"""Schema migrations, recorded in the database itself (table ``migrations``).

Each migration is (version, name, SQL for SQLite). Append only: never edit a released migration.
The PostgreSQL backend keeps its own list with the same versions and names.
"""
from __future__ import annotations

import re
import sqlite3
from datetime import UTC, datetime

SQLITE: list[tuple[int, str, str]] = [
    (1, "articles, sources, layers, full-text index", """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            text TEXT NOT NULL,
            title TEXT, url TEXT, outlet TEXT, dateline TEXT, authors TEXT NOT NULL DEFAULT '[]',
            wire TEXT, published TEXT, published_inferred INTEGER NOT NULL DEFAULT 0,
            language TEXT, boilerplate TEXT NOT NULL DEFAULT '[]', fmt TEXT,
            ingested_at TEXT NOT NULL
        );
        CREATE INDEX articles_published ON articles(published);
        CREATE INDEX articles_outlet ON articles(outlet);
        CREATE TABLE sources (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            source TEXT NOT NULL,
            seen_at TEXT NOT NULL,
            PRIMARY KEY (article_id, source)
        );
        CREATE INDEX sources_source ON sources(source);
        CREATE TABLE layers (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            layer TEXT NOT NULL,
            data TEXT NOT NULL,
            PRIMARY KEY (article_id, layer)
        );
        -- stemmed title and body; rowid = articles.rowid
        CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');
    """),
    (2, "entities and mentions", """
        CREATE TABLE entities (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            label TEXT NOT NULL
        );
        CREATE INDEX entities_name ON entities(name);
        CREATE TABLE mentions (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            entity_id TEXT NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            text TEXT NOT NULL, label TEXT NOT NULL,
            PRIMARY KEY (article_id, start, "end")
        );
        CREATE INDEX mentions_entity ON mentions(entity_id);
    """),
    (3, "copies, stories, events, quotes", """
        CREATE TABLE copies (
            a TEXT NOT NULL, b TEXT NOT NULL, kind TEXT NOT NULL, confidence REAL NOT NULL,
            evidence TEXT NOT NULL DEFAULT '[]',
            PRIMARY KEY (a, b)
        );
        CREATE INDEX copies_b ON copies(b);
        CREATE TABLE stories (
            id TEXT PRIMARY KEY, label TEXT, summary TEXT, first_date TEXT, last_date TEXT
        );
        CREATE TABLE story_articles (
            article_id TEXT PRIMARY KEY, story_id TEXT NOT NULL
        );
        CREATE INDEX story_articles_story ON story_articles(story_id);
        CREATE TABLE merges (
            kind TEXT NOT NULL, kept TEXT NOT NULL, merged TEXT NOT NULL, at TEXT NOT NULL,
            PRIMARY KEY (kind, merged)
        );
        CREATE TABLE events (
            id TEXT PRIMARY KEY, date TEXT, type TEXT, place TEXT, summary TEXT,
            disputed INTEGER NOT NULL DEFAULT 0, story_id TEXT, data TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX events_date ON events(date);
        CREATE INDEX events_type ON events(type);
        CREATE TABLE event_actors (
            event_id TEXT NOT NULL, entity_id TEXT NOT NULL, name TEXT NOT NULL,
            PRIMARY KEY (event_id, entity_id)
        );
        CREATE INDEX event_actors_entity ON event_actors(entity_id);
        CREATE TABLE event_sources (
            event_id TEXT NOT NULL, article_id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            PRIMARY KEY (event_id, article_id, start)
        );
        CREATE INDEX event_sources_article ON event_sources(article_id);
        CREATE TABLE quotes (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, direct INTEGER NOT NULL, cue TEXT,
            speaker TEXT, speaker_id TEXT,
            PRIMARY KEY (article_id, start)
        );
        CREATE INDEX quotes_speaker ON quotes(speaker_id);
    """),
    (4, "disputes", """
        CREATE TABLE disputes (
            story_id TEXT NOT NULL, claim TEXT NOT NULL, data TEXT NOT NULL DEFAULT '{}',
            PRIMARY KEY (story_id, claim)
        );
    """),
    (5, "articles by outlet, case-insensitively", """
        -- the timeline's outlet filter: finds an outlet's article ids without reading article rows
        CREATE INDEX articles_outlet_lower ON articles(lower(outlet), id);
    """),
    (6, "timeline listing and actor names", """
        -- the timeline in date order, counted and filtered without reading each entry's JSON
        CREATE INDEX events_listing ON events(date, id, type, disputed);
        -- the entity filter matches an actor's id or, case-insensitively, its name
        CREATE INDEX event_actors_name ON event_actors(lower(name));
    """),
    (7, "mentions by entity, covering", """
        -- entity ranking, aliases and latest articles read the index alone, not a table row per mention
        DROP INDEX mentions_entity;
        CREATE INDEX mentions_entity_articles ON mentions(entity_id, article_id, text);
    """),
    (8, "collection-wide person links", """
        -- own_id is the id the article's own resolution gave; entity_id follows entity_links, so a short
        -- name (per:anies) is listed, counted and browsed with the full name it stands for
        ALTER TABLE mentions ADD COLUMN own_id TEXT;
        UPDATE mentions SET own_id = entity_id;
        CREATE INDEX mentions_own ON mentions(own_id);
        CREATE TABLE entity_links (alias_id TEXT PRIMARY KEY, entity_id TEXT NOT NULL);
    """),
    (9, "watched feeds and alerts", """
        -- a watched source (feed, sitemap, folder): its HTTP validators, when to poll next and its error backoff
        CREATE TABLE feeds (
            url TEXT PRIMARY KEY, kind TEXT NOT NULL, etag TEXT, last_modified TEXT, next_poll TEXT,
            failures INTEGER NOT NULL DEFAULT 0, last_error TEXT, polled_at TEXT
        );
        -- each item a source listed, once: stored (with its article), failed for good, or waiting for a retry
        CREATE TABLE feed_items (
            feed TEXT NOT NULL, item TEXT NOT NULL, status TEXT NOT NULL, article_id TEXT,
            attempts INTEGER NOT NULL DEFAULT 0, reason TEXT, seen_at TEXT NOT NULL,
            PRIMARY KEY (feed, item)
        );
        CREATE TABLE alerts (
            name TEXT PRIMARY KEY, kind TEXT NOT NULL, value TEXT NOT NULL, webhook TEXT, created_at TEXT NOT NULL
        );
        -- an alert matches an article or a timeline entry once; delivered_at: its webhook POST succeeded
        CREATE TABLE alert_matches (
            alert TEXT NOT NULL REFERENCES alerts(name) ON DELETE CASCADE, item TEXT NOT NULL, kind TEXT NOT NULL,
            title TEXT, published TEXT, matched_at TEXT NOT NULL, delivered_at TEXT,
            PRIMARY KEY (alert, item)
        );
        CREATE INDEX alert_matches_latest ON alert_matches(alert, matched_at);
        -- articles the alerts were evaluated against; those stored before alerts existed count as evaluated
        CREATE TABLE alert_checked (article_id TEXT PRIMARY KEY);
        INSERT INTO alert_checked SELECT id FROM articles;
    """),
]


def applied(conn: sqlite3.Connection) -> set[int]:
    """The versions recorded (none in a new database); only reads, so a read-only connection may ask."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'migrations'").fetchone() is None:
        return set()
    return {row[0] for row in conn.execute("SELECT version FROM migrations")}


def pending(conn: sqlite3.Connection, migrations: list[tuple[int, str, str]] = SQLITE) -> list[int]:
    done = applied(conn)
    return sorted(version for version, _, _ in migrations if version not in done)


def migrate(conn: sqlite3.Connection, migrations: list[tuple[int, str, str]] = SQLITE) -> list[int]:
    """Apply what is missing, all in one BEGIN IMMEDIATE transaction that reads what is applied again once it
    holds the write lock: of processes opening a new database at once, one migrates and the others wait for it,
    then find nothing left to do. A crash leaves no half-applied version. Returns the versions applied."""
    if not pending(conn, migrations):
        return []
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                     " applied_at TEXT NOT NULL)")
        new = pending(conn, migrations)
        for version, name, sql in sorted(migrations):
            if version in new:
                for statement in statements(sql):
                    conn.execute(statement)
                conn.execute("INSERT INTO migrations VALUES (?, ?, ?)",
                             (version, name, datetime.now(UTC).isoformat(timespec="seconds")))
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return new


def statements(script: str) -> list[str]:
    """The statements of an SQL script, one by one (``executescript`` would commit the open transaction)."""
    found, pending_text = [], ""
    for piece in script.split(";"):
        pending_text += piece + ";"
        if sqlite3.complete_statement(pending_text):
            found.append(pending_text)
            pending_text = ""
    return [s for s in found if re.sub(r"--[^\n]*", "", s).strip(" \n;")]
