"""The `linimasa` command. Heavy imports happen inside commands so that `--help` stays instant.

Exit status: 0 everything worked; 1 nothing could be processed; 2 usage error; 3 partial
(some inputs failed and were reported on stderr, the rest were processed).
"""
from __future__ import annotations

from pathlib import Path

import click

EXIT_FAILED, EXIT_PARTIAL = 1, 3


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option("--db", "database", envvar="LINIMASA_DATABASE", help="Database: a SQLite path or postgresql:// URL.")
@click.option("--config", type=click.Path(dir_okay=False, path_type=Path), help="TOML settings file.")
@click.option("--workers", type=click.IntRange(0, 256), help="Run the pipeline on a local Dask cluster of N workers.")
@click.option("--scheduler", help="Join an existing Dask scheduler (tcp://host:port).")
@click.pass_context
def cli(ctx: click.Context, database: str | None, config: Path | None, workers: int | None,
        scheduler: str | None) -> None:
    """linimasa: Indonesian news to a sourced, deduplicated event timeline."""
    from ..settings import load

    ctx.obj = load(config, database=database, workers=workers, scheduler=scheduler)


def commands() -> click.Group:
    """The command group with every command registered."""
    from . import articles, collection, watch, web  # noqa: F401 - registers the commands

    return cli


def main() -> None:
    commands()(prog_name="linimasa")
