"""The stored collection: the timeline the collection stages store is the one a fresh build gives."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from linimasa.collection import Collection
from linimasa.settings import Settings
from linimasa.timeline import Timeline, build, to_contract


def _comparable(timeline: Timeline) -> dict:
    contract = to_contract(timeline)
    return {"duplicates": sorted(map(sorted, contract["duplicates"])),
            "stories": sorted(map(sorted, contract["stories"])),
            "events": sorted((e["date"], e["type"], sorted(e["sources"])) for e in contract["events"]),
            "disputes": sorted(d.claim for d in timeline.disputes)}


@pytest.fixture
def stored(tmp_path: Path, seeds_dir: Path) -> Collection:
    collection = Collection(Settings(database=str(tmp_path / "c.db")))
    collection.ingest([str(seeds_dir)])
    yield collection
    collection.close()


def test_collection_stored_timeline_equals_a_fresh_build(stored: Collection) -> None:
    update = stored.update_timeline()
    fresh = build(list(stored.articles()), settings=stored.settings)
    assert update.articles == 5
    assert _comparable(stored.timeline()) == _comparable(fresh)
    assert stored.timeline().disputes  # the seeds hold accusations and their denials


def test_collection_update_without_new_articles_changes_nothing(stored: Collection) -> None:
    stored.update_timeline()
    before = stored.timeline()
    assert stored.update_timeline().articles == 0
    assert stored.timeline() == before


def test_collection_stages_store_all_or_nothing(stored: Collection, monkeypatch: pytest.MonkeyPatch) -> None:
    from linimasa.timeline import storage

    def crash(*_: object, **__: object) -> None:
        raise RuntimeError("killed while storing the entries")

    with monkeypatch.context() as patch:
        patch.setattr(storage, "save", crash)
        with pytest.raises(RuntimeError):
            stored.update_timeline()
    assert stored.store.story_assignment() == {} and stored.store.copy_pairs() == []
    assert stored.update_timeline().articles == 5  # the next run does the whole update
    assert stored.timeline().entries


def test_collection_rebuild_replaces_every_entry(stored: Collection) -> None:
    from linimasa.store import EventRow

    stored.update_timeline()
    stored.store.put_events([EventRow("ev_stale", "2020-01-01", "CONSULT", None, "gone after a rebuild")])
    stored.update_timeline(rebuild=True)
    assert "ev_stale" not in {e.id for e in stored.timeline().entries}
    assert stored.timeline().entries


def test_collection_links_a_short_person_name_across_articles(tmp_path: Path) -> None:
    texts = [f"JAKARTA - Ketua KPK Firli Bahuri memeriksa saksi kasus {case} di Jakarta, Senin (2/12/2019)."
             for case in ("suap", "korupsi", "gratifikasi")]
    texts.append("JAKARTA - Pemeriksaan itu berlanjut, kata Firli kepada wartawan, Selasa (3/12/2019).")
    for i, text in enumerate(texts):
        (tmp_path / f"{i}.txt").write_text(text, encoding="utf-8")
    with Collection(Settings(database=str(tmp_path / "c.db"))) as collection:
        collection.ingest([str(tmp_path / f"{i}.txt") for i in range(len(texts))])
        collection.update_timeline()
        people = collection.store.entities(label="PER")
        assert [(e.id, e.articles) for e in people] == [("per:firli-bahuri", 4)]
        assert collection.store.entity("per:firli")["name"] == "Firli Bahuri"


def test_collection_reingest_skips_annotation_and_records_the_new_source(
        stored: Collection, seeds_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copies = tmp_path / "again"
    copies.mkdir()
    for path in seeds_dir.glob("*.txt"):
        (copies / path.name).write_bytes(path.read_bytes())
    before = list(stored.articles())

    def annotate(*_: object) -> None:
        raise AssertionError("an article already stored was annotated again")

    monkeypatch.setattr("linimasa.pipeline.annotate_article", annotate)
    report = stored.ingest([str(copies)])
    assert (report.new, report.existing, report.failures) == (0, 5, [])
    assert [replace(a, source="") for a in stored.articles()] == [replace(a, source="") for a in before]
    assert all(len(stored.store.sources(a.id)) == 2 for a in before)


def test_collection_refresh_annotates_stored_articles_again(stored: Collection, seeds_dir: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    import linimasa.pipeline

    seen = []
    real = linimasa.pipeline.annotate_article
    monkeypatch.setattr("linimasa.pipeline.annotate_article", lambda a, *rest: seen.append(a.id) or real(a, *rest))
    report = stored.ingest([str(seeds_dir)], refresh=True)
    assert (report.new, report.existing) == (0, 5) and len(seen) == 5


@pytest.mark.parametrize("first", [1, 2, 3, 4])
def test_collection_batches_find_the_copies_and_stories_of_one_run(tmp_path: Path, seeds_dir: Path,
                                                                  stored: Collection, first: int) -> None:
    stored.update_timeline()
    paths = sorted(str(p) for p in seeds_dir.iterdir())
    with Collection(Settings(database=str(tmp_path / "batches.db"))) as batches:
        for batch in (paths[:first], paths[first:]):
            batches.ingest(batch)
            batches.update_timeline()
        one, two = _comparable(stored.timeline()), _comparable(batches.timeline())
        assert (two["duplicates"], two["stories"]) == (one["duplicates"], one["stories"])
        assert set(batches.store.story_assignment().values()) <= batches.store.story_summaries().keys()
