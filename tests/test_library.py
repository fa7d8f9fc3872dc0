"""The small Python surface: linimasa.annotate and linimasa.open."""
from __future__ import annotations

from pathlib import Path

import linimasa


def test_library_annotate_returns_a_clean_article(seed_paths: list[Path]) -> None:
    article = linimasa.annotate(seed_paths[2].read_text(encoding="utf-8"))
    assert article.outlet == "Republika" and article.dateline == "PYONGYANG"
    assert article.text.startswith("REPUBLIKA.CO.ID, PYONGYANG")
    for layer in (article.timexes, article.entities, article.quotes, article.events):
        assert all(0 <= s.start < s.end <= len(article.text) for s in layer)


def test_library_annotate_takes_the_publication_date() -> None:
    article = linimasa.annotate("Presiden bertemu menteri pada Rabu.", published="2023-07-26")
    assert article.published == "2023-07-26" and not article.published_inferred


def test_library_open_ingests_and_searches(tmp_path: Path, seeds_dir: Path) -> None:
    with linimasa.open(str(tmp_path / "news.db")) as collection:
        report = collection.ingest([str(seeds_dir)])
        assert (report.new, report.status) == (5, "ok")
        total, hits = collection.search("Shoigu")
        assert total == len(hits) >= 4
        assert collection.get(hits[0].id).id == hits[0].id
    with linimasa.open(str(tmp_path / "news.db")) as collection:
        assert len(collection) == 5
