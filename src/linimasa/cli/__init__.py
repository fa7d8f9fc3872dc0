"""The `linimasa` command. Heavy imports happen inside commands so that `--help` stays instant.

Exit status: 0 everything worked; 1 nothing could be processed; 2 usage error; 3 partial
(some inputs failed and were reported on stderr, the rest were processed).
"""
from __future__ import annotations

from pathlib import Path

import click

EXIT_FAILED, EXIT_USAGE, EXIT_PARTIAL = 1, 2, 3


class _Group(click.Group):
    """A store failure (a damaged, locked, read-only or missing database, a server out of reach) ends the command
    with one line in words (``store.errors``), never a traceback."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except Exception as exc:
            from ..store.errors import explain
            from .common import printable

            error = explain(exc, getattr(ctx.obj, "database", ""))
            if error is None:
                raise
            failure = _WrongDatabase if error.exit_code == EXIT_USAGE else click.ClickException
            raise failure(printable(str(error))) from None


class _WrongDatabase(click.ClickException):
    """A database named wrongly (empty, a directory, a bad URL): a usage error, in one line."""

    exit_code = 2


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
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
