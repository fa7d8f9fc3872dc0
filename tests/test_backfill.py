"""ingest --since/--until over the seeds (published 2023-07-26, 2023-07-27, 2023-07-31, 2023-09-13T21:10+07:00 and
2024-09-14): what falls outside is skipped, not failed, and the exit status stays 0."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from linimasa.cli import commands
from linimasa.collection.period import Period


@pytest.mark.parametrize(("options", "new", "skipped"), [
    ((), 5, None),
    (("--since", "2023-07-27"), 4, 1),
    (("--until", "2023-07-31"), 3, 2),
    (("--since", "2023-07-27", "--until", "2023-09-13"), 3, 2),  # 21:10 WIB on the 13th is the 13th
    (("--since", "2025-01-01"), 0, 5),
])
def test_backfill_keeps_what_was_published_in_the_period(tmp_path: Path, seeds_dir: Path, options: tuple[str, ...],
                                                         new: int, skipped: int | None) -> None:
    result = CliRunner().invoke(commands(), ["--db", str(tmp_path / "b.db"), "ingest", "-q", *options,
                                             str(seeds_dir)])
    assert result.exit_code == 0
    assert f"{new} new" in result.stderr and " 0 failed" in result.stderr
    assert (f"{skipped} skipped" in result.stderr) if skipped is not None else "skipped" not in result.stderr


def test_backfill_refuses_a_date_that_is_no_date(tmp_path: Path, seeds_dir: Path) -> None:
    result = CliRunner().invoke(commands(), ["--db", str(tmp_path / "b.db"), "ingest", "--since", "Juli",
                                             str(seeds_dir)])
    assert result.exit_code == 2 and "ISO 8601" in result.output


@pytest.mark.parametrize(("published", "kept"), [
    ("2023-09-13T23:50+07:00", True),  # late evening in Jakarta is still the 13th
    ("2023-09-12", False),
    ("2023-10-01T00:10+07:00", False),
    (None, False),  # no date: outside any period
    ("Rabu lalu", False),
])
def test_backfill_period_judges_the_day_as_written(published: str | None, kept: bool) -> None:
    assert Period("2023-09-13", "2023-09-30").keeps(published) is kept
