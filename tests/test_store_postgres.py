"""The PostgreSQL store: every SQLite store test again on a real server, and both backends side by side."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
import test_store
from pg import pg_url  # noqa: F401 - fixture
from test_store import article

from linimasa.model import Mention, Quote
from linimasa.settings import Settings
from linimasa.store import open_store
from linimasa.store.migrations import SQLITE
from linimasa.store.postgres.migrations import POSTGRES

# The shared suite runs here unchanged with ``memory_store`` bound to PostgreSQL; the property test
# opens its own SQLite store, so it stays in test_store.py only.
globals().update({name: test for name, test in vars(test_store).items()
                  if name.startswith("test_") and name != "test_store_search_never_leaks_fts_syntax_errors"})


@pytest.fixture
def memory_store(pg_url: str) -> Iterator[object]:
    store = open_store(Settings(database=pg_url))
    yield store
    store.close()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.slow)])
def any_store(request: pytest.FixtureRequest, tmp_path: object) -> Iterator[object]:
    url = str(tmp_path / "t.db") if request.param == "sqlite" else request.getfixturevalue("pg_url")
    store = open_store(Settings(database=url))
    yield store
    store.close()


def test_store_postgres_mirrors_sqlite_migrations() -> None:
    assert [(v, name) for v, name, _ in POSTGRES] == [(v, name) for v, name, _ in SQLITE]


def test_store_postgres_reopening_applies_nothing_twice(pg_url: str) -> None:
    from linimasa.store.postgres.migrations import migrate

    first = open_store(Settings(database=pg_url))
    first.close()
    second = open_store(Settings(database=pg_url))
    assert migrate(second.conn) == []
    assert second.count() == 0
    second.close()


CORPUS = [
    article("a1", published="2023-07-26", outlet="Antara", title="Kim bertemu Shoigu",
            entities=(Mention(37, 48, "PER", "per:kim", "Kim Jong-un"),
                      Mention(57, 70, "PER", "per:shoigu", "Sergei Shoigu")),
            quotes=(Quote(0, 36, False, "kata", "Kim Jong-un", "per:kim"),)),
    article("a2", "Presiden Jokowi meresmikan jalan tol di Jakarta pada Senin.", "b.txt", published="2023-07-24",
            entities=(Mention(9, 15, "PER", "per:jokowi", "Joko Widodo"),
                      Mention(40, 47, "LOC", "loc:jakarta", "Jakarta"))),
    article("a3", "Pertahanan Rusia dibahas di Moskow.", "c.txt",
            entities=(Mention(28, 34, "LOC", "loc:moskow", "Moskow"),)),
    article("a1", source="copy-of-a.html"),
]


@pytest.mark.parametrize("query", ["pertahanan", "jakarta OR moskow", '"bertemu Sergei"', "rusia -kim", "tol"])
def test_store_backends_find_the_same_articles(any_store: object, query: str) -> None:
    any_store.add(CORPUS)
    total, hits = any_store.search(query)
    expected = {"pertahanan": {"a1", "a3"}, "jakarta OR moskow": {"a2", "a3"}, '"bertemu Sergei"': {"a1"},
                "rusia -kim": {"a3"}, "tol": {"a2"}}[query]
    assert total == len(expected) and {h.id for h in hits} == expected


def test_store_backends_return_identical_reads(tmp_path: object, pg_url: str) -> None:
    reads = []
    for url in (str(tmp_path / "t.db"), pg_url):
        store = open_store(Settings(database=url))
        store.add(CORPUS)
        reads.append((store.count(), store.ids(), list(store.articles()), store.sources("a1"), store.resolve("a1"),
                       store.resolve("copy-of-a.html"), store.entities(), store.quotes(speaker="per:kim")))
        store.close()
    assert reads[0] == reads[1]


def test_store_read_only_refuses_writes_on_both_backends(any_store: object) -> None:
    any_store.add([article("ro1")])
    any_store.read_only()
    with pytest.raises(Exception, match=r"(?i)read.only|readonly"):
        any_store.add([article("ro2", text="Tulisan baru yang lain.")])
    assert any_store.get("ro1") is not None
