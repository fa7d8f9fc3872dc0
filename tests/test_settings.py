"""Settings: defaults, a TOML file (with the copy and story thresholds), environment, flags; bad files refused."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from linimasa.dedup import find_copies
from linimasa.model import Article
from linimasa.settings import Settings, load


def _toml(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "linimasa.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_settings_toml_sets_thresholds_and_env_and_flags_win(tmp_path: Path) -> None:
    path = _toml(tmp_path, '[linimasa]\ndatabase = "berita.db"\nworkers = 2\n'
                           "[linimasa.dedup]\nnear_jaccard = 0.7\nwindow_days = 5\n[linimasa.stories]\njoin = 0.4\n")
    settings = load(path, env={"LINIMASA_WORKERS": "3"}, database="flag.db")
    assert (settings.database, settings.workers) == ("flag.db", 3)
    assert (settings.dedup.near_jaccard, settings.dedup.window_days, settings.stories.join) == (0.7, 5.0, 0.4)
    assert settings.dedup.num_perm == Settings().dedup.num_perm  # what the file does not name keeps its default


@pytest.mark.parametrize(("text", "refused"), [
    ("[linimasa]\nmodel_dir = 'models'\n", r"unknown settings in \[linimasa\]: model_dir"),
    ("[linimasa.dedup]\nnear_jacard = 0.6\n", r"unknown settings in \[linimasa.dedup\]: near_jacard"),
    ("[linimasa.stories]\njoin = 'dekat'\n", r"\[linimasa.stories\] join = 'dekat': expected int or float"),
    ("[linimasa]\nworkers = true\n", r"\[linimasa\] workers = True: expected int"),
    ("[linimasa]\ndedup = 0.5\n", r"\[linimasa.dedup\] must be a table"),
])
def test_settings_toml_refuses_unknown_names_and_wrong_kinds(tmp_path: Path, text: str, refused: str) -> None:
    with pytest.raises(ValueError, match=refused):
        load(_toml(tmp_path, text), env={})


def test_settings_copy_thresholds_reach_find_copies(seed_paths: list[Path]) -> None:
    text = seed_paths[0].read_text(encoding="utf-8")
    shortened = text[:len(text) * 3 // 4]  # a truncated repost: a near copy at the default containment
    articles = [Article(id="a", source="a", text=text), Article(id="b", source="b", text=shortened)]
    too_short = replace(Settings().dedup, min_shingles=len(text))  # every article is now too short to judge
    assert [link.kind for link in find_copies(articles, settings=Settings())] == ["near"]
    assert find_copies(articles, settings=Settings(dedup=too_short)) == []
