"""Fixtures shared by the whole suite (the bundled seeds, an in-memory store) and the ``slow`` marker."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from linimasa.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "examples" / "seeds"
# A test that needs one of these starts PostgreSQL, a browser, a live server or a Dask cluster: it is ``slow``
# wherever it lives, so ``make test-fast`` (``-m "not slow"``) leaves it out and ``make test`` runs it.
SLOW_FIXTURES = frozenset({"pg_url", "browser", "server_url", "scheduler"})


@pytest.hookimpl(tryfirst=True)  # before ``-m`` deselects
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if SLOW_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


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
