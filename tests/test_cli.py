"""The command line: documented commands, the annotate contract, ingest status and idempotence."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from linimasa.cli import commands

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(commands(), list(args), input=input, catch_exceptions=False)


def test_cli_every_command_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"`linimasa ([a-z-]+)", readme))
    assert set(commands().commands) <= documented, set(commands().commands) - documented


@pytest.mark.parametrize("name", sorted(commands().commands))
def test_cli_every_command_has_help(name: str) -> None:
    result = run(name, "--help")
    assert result.exit_code == 0 and "Usage:" in result.output


def test_cli_annotate_follows_the_contract(seed_paths: list[Path]) -> None:
    result = run("annotate", *map(str, seed_paths))
    docs = [json.loads(line) for line in result.output.splitlines()]
    assert result.exit_code == 0
    assert [d["source"] for d in docs] == list(map(str, seed_paths))
    for doc in docs:
        for layer in ("timexes", "entities", "quotes", "events", "warnings"):
            for item in doc[layer]:
                if "text" in item:  # every item with text slices it; byline people have no span in the text
                    assert doc["text"][item["start"]:item["end"]] == item["text"]
                else:
                    assert layer == "entities" and item["byline"] and item["name"] in doc["authors"]


def test_cli_annotate_no_clean_returns_the_text_unchanged(tmp_path: Path) -> None:
    body = "Baca Juga: ini tetap\nSEOUL - Kim Jong-un bertemu Putin.\n\n(ah)\n"
    path = tmp_path / "raw.txt"
    path.write_text(body, encoding="utf-8")
    doc = json.loads(run("annotate", "--no-clean", str(path)).output)
    assert doc["text"] == body


def test_cli_ingest_twice_stores_once(tmp_path: Path, seeds_dir: Path) -> None:
    db = str(tmp_path / "c.db")
    first = run("--db", db, "ingest", "-q", str(seeds_dir))
    second = run("--db", db, "ingest", "-q", str(seeds_dir))
    assert first.exit_code == 0 and second.exit_code == 0
    assert "5 new" in first.stderr and "0 new, 5 already stored" in second.stderr


def test_cli_ingest_reports_bad_input_and_keeps_the_rest(tmp_path: Path, seed_paths: list[Path]) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 40)
    db = str(tmp_path / "c.db")
    result = run("--db", db, "ingest", "-q", str(seed_paths[0]), str(tmp_path / "empty.txt"),
                 str(tmp_path / "binary.txt"))
    assert result.exit_code == 3  # partial
    assert "empty.txt: " in result.stderr and "binary.txt: " in result.stderr
    assert "1 new" in result.stderr


@pytest.mark.parametrize("query", ['NEAR(', '"', "*", "'; DROP TABLE articles;--", ""])
def test_cli_search_never_shows_a_traceback(tmp_path: Path, seeds_dir: Path, query: str) -> None:
    db = str(tmp_path / "c.db")
    run("--db", db, "ingest", "-q", str(seeds_dir))
    result = CliRunner().invoke(commands(), ["--db", db, "search", query])
    assert result.exit_code in (0, 2)
    assert ("Traceback" not in result.output and result.exception is None) or isinstance(result.exception, SystemExit)


def test_cli_search_finds_stemmed_words(tmp_path: Path, seeds_dir: Path) -> None:
    db = str(tmp_path / "c.db")
    run("--db", db, "ingest", "-q", str(seeds_dir))
    result = run("--db", db, "search", "--json", "pertahanan")
    found = json.loads(result.output)
    assert found["total"] >= 3 and all(h["snippet"] for h in found["hits"])


def test_cli_show_resolves_a_source_path(tmp_path: Path, seed_paths: list[Path]) -> None:
    db = str(tmp_path / "c.db")
    run("--db", db, "ingest", "-q", str(seed_paths[2]))
    result = run("--db", db, "show", "--json", str(seed_paths[2]))
    assert json.loads(result.output)["outlet"] == "Republika"
    assert run("--db", db, "show", "nothing-like-this").exit_code == 2
