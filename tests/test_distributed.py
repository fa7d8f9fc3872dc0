"""Dask execution: the same articles, in the same order, as the single-process pipeline."""
from __future__ import annotations

import gzip
import pickle
from collections.abc import Iterator
from pathlib import Path

import pytest

from linimasa import distributed, pipeline
from linimasa.cli.collection import built
from linimasa.collection import Collection
from linimasa.distributed.codec import pack, unpack
from linimasa.ingest import read
from linimasa.model import Article, Event, Failure, Mention, Quote, Sentence, TextWarning, Token
from linimasa.settings import Settings

DATA = Path(__file__).parent / "data"
SEEDS = Path(__file__).resolve().parents[1] / "examples" / "seeds"


@pytest.fixture(scope="module")
def click_id(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The 1,000-article sample as a plain CSV (ingest reads files, not archives)."""
    path = tmp_path_factory.mktemp("click") / "click-id-1000.csv"
    path.write_bytes(gzip.decompress((DATA / "click-id-1000.csv.gz").read_bytes()))
    return str(path)


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """A running two-worker cluster, as a user's ``--scheduler tcp://…`` would name it."""
    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=":0") as cluster:
        yield cluster.scheduler_address


def annotate(paths: list[str], settings: Settings) -> list[Article | Failure]:
    return list(distributed.processor(settings)(read(paths, settings=settings), settings))


@pytest.mark.parametrize("corpus", ["seeds", "click-id-1000"])
def test_distributed_matches_single_process(corpus: str, click_id: str, scheduler: str) -> None:
    paths = [str(SEEDS)] if corpus == "seeds" else [click_id]
    single = annotate(paths, Settings())
    assert annotate(paths, Settings(scheduler=scheduler)) == single
    assert sum(isinstance(item, Article) for item in single) >= (5 if corpus == "seeds" else 900)


@pytest.mark.slow  # starts a local Dask cluster of two processes
def test_distributed_local_cluster_matches_single_process() -> None:
    settings = Settings(workers=2)
    assert annotate([str(SEEDS)], settings) == annotate([str(SEEDS)], Settings())


def test_distributed_reduce_sees_every_article_and_failure(scheduler: str, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    settings = Settings(scheduler=scheduler)
    count, failures = distributed.reduce(read([str(SEEDS), str(tmp_path / "empty.txt")], settings=settings),
                                         settings, len, partition_size=2)
    assert count == len(list(SEEDS.glob("*.txt")))
    assert [f.source for f in failures] == [str(tmp_path / "empty.txt")]


@pytest.mark.parametrize("corpus", ["seeds", "click-id-1000"])
def test_distributed_timeline_reduce_matches_single_process(corpus: str, click_id: str, scheduler: str) -> None:
    paths = (str(SEEDS),) if corpus == "seeds" else (click_id,)
    single = built(Settings(), paths)
    assert built(Settings(scheduler=scheduler), paths) == single
    assert single[0].entries and single[1] >= (5 if corpus == "seeds" else 900)


@pytest.mark.parametrize("settings, expected", [
    (Settings(), pipeline.process),
    (Settings(workers=2), distributed.process),
    (Settings(scheduler="tcp://127.0.0.1:8786"), distributed.process),
])
def test_distributed_processor_follows_settings(settings: Settings, expected: object) -> None:
    assert distributed.processor(settings) is expected


def test_distributed_ingest_stores_what_one_process_stores(tmp_path: Path, scheduler: str) -> None:
    stored = []
    for name, extra in (("one", {}), ("dask", {"scheduler": scheduler})):
        with Collection(Settings(database=str(tmp_path / f"{name}.db"), **extra)) as collection:
            report = collection.ingest([str(SEEDS)])
            stored.append((report.new, report.existing, list(collection.articles())))
    assert stored[0] == stored[1] and stored[0][0] == len(list(SEEDS.glob("*.txt")))


def test_distributed_reingest_skips_stored_articles_on_the_workers(tmp_path: Path, scheduler: str) -> None:
    with Collection(Settings(database=str(tmp_path / "d.db"), scheduler=scheduler)) as collection:
        first = collection.ingest([str(SEEDS)])
        before = list(collection.articles())
        items = []
        again = collection.ingest([str(SEEDS)], on_item=items.append)
        assert (again.new, again.existing) == (0, first.new)
        assert {type(item).__name__ for item in items} == {"Known"}
        assert list(collection.articles()) == before


@pytest.mark.parametrize("item", [
    Article(id="a", source="a.txt", text="Kim bertemu Shoigu."),
    Article(id="b", source="b.txt", text="Kim bertemu Shoigu.", title="T", authors=("A", "B"),
            sentences=(Sentence(0, 19),), tokens=(Token(0, 3), Token(4, 11)),
            entities=(Mention(0, 3, "PER", "per:kim", "Kim Jong-un"),),
            quotes=(Quote(0, 19, False, "kata", speaker_start=0, speaker_end=3),),
            events=(Event(0, 19, "CONSULT", 4, 11, actors=("per:kim",), actor_names=("Kim Jong-un",)),),
            warnings=(TextWarning(0, 3, "missing_year", "no year"),)),
    Failure("bad.txt", "empty file"),
])
def test_distributed_codec_round_trips_exactly(item: Article | Failure) -> None:
    back = unpack(pickle.loads(pickle.dumps(pack(item))))
    assert back == item and type(back) is type(item)
