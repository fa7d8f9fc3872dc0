"""Fixtures shared by the whole suite: the bundled seeds and an in-memory store."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from linimasa.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "examples" / "seeds"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


@pytest.fixture
def memory_store() -> Iterator[object]:
    """An empty SQLite store in memory (sqlite-utils style), fully migrated."""
    from linimasa.store.sqlite import SQLiteStore

    store = SQLiteStore(":memory:")
    yield store
    store.close()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(database=str(tmp_path / "test.db"))
