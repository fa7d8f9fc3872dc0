"""Commands over the stored collection for people: serve the web UI and API, draw pictures, export."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from ..api.exports import KINDS
from ..settings import Settings
from . import cli

LOOPBACK = ("127.0.0.1", "::1", "localhost")


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind; loopback by default.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--write", is_flag=True, help="Enable the endpoint that adds articles (off: read-only server).")
@click.option("--rebuild", is_flag=True, help="Build and store the timeline again before serving.")
@click.pass_obj
def serve(settings: Settings, host: str, port: int, write: bool, rebuild: bool) -> None:
    """Serve the web UI and the HTTP API (OpenAPI at /openapi.json) over the stored collection.

    The timeline is built and stored first when none is stored yet (or with --rebuild).
    """
    import uvicorn

    from ..api import create_app

    prepare_timeline(settings, rebuild=rebuild)
    if host not in LOOPBACK:
        click.echo(f"warning: listening on {host}, reachable from other machines; only the Host names"
                   " of allowed_hosts (LINIMASA_ALLOWED_HOSTS) are answered", err=True)
    settings = settings.updated(base_url=settings.base_url or f"http://{f'[{host}]' if ':' in host else host}:{port}")
    click.echo(f"linimasa: {settings.base_url}/ ({'read-write' if write else 'read-only'}; {settings.database})",
               err=True)
    # clients reuse idle connections; a longer keep-alive avoids racing the server's close under load
    uvicorn.run(create_app(settings, write=write, host=host), host=host, port=port, log_level="warning",
                timeout_keep_alive=30)


def prepare_timeline(settings: Settings, *, rebuild: bool) -> None:
    """Bring the stored timeline up to date with the stored articles before serving it."""
    from ..collection import Collection

    with Collection(settings) as collection:
        update = collection.update_timeline(rebuild=rebuild)
        if update.articles:
            click.echo(f"timeline updated from {update.articles} articles: {update.events} entries stored", err=True)


def _day(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    from ..api.params import calendar_day

    if value is None:
        return None
    try:
        return calendar_day(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


@cli.group(invoke_without_command=True)
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("out/plots"),
              show_default=True, help="Directory for the pictures.")
@click.option("--limit", type=click.IntRange(1, 5000), default=60, show_default=True,
              help="Events drawn: those with the most sources.")
@click.option("--since", callback=_day, help="First date drawn, YYYY[-MM[-DD]] (default: first publication date).")
@click.option("--until", callback=_day, help="Last date drawn (default: last publication date).")
@click.pass_context
def plot(ctx: click.Context, out_dir: Path, limit: int, since: str | None, until: str | None) -> None:
    """Draw the timeline and the entity network as PNG and SVG for a briefing document (A4 width);
    `linimasa plot attention` draws attention over time.

    The timeline covers the collection's own period, its first to last publication date, unless
    --since/--until say otherwise."""
    if ctx.invoked_subcommand:
        return
    settings: Settings = ctx.obj
    from ..store import open_store
    from ..web.plots import Period, draw

    store = open_store(settings, read_only=True)
    try:
        written = draw(store, out_dir, period=Period(since, until), limit=limit)
    finally:
        store.close()
    for path in written:
        click.echo(str(path))


@cli.command()
@click.argument("kind", type=click.Choice(KINDS))
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help="File to write (stdout: -).")
@click.option("--excel", is_flag=True, help="CSV starting with a UTF-8 byte order mark, so that Excel reads it right.")
@click.pass_obj
def export(settings: Settings, kind: str, output: Path | None, excel: bool) -> None:
    """Export events, entities or quotes (JSON/CSV), a TimelineJS3 timeline or the GraphML entity network.

    TimelineJS links start with the base_url setting (LINIMASA_BASE_URL), where the web UI is served."""
    from ..api.exports import export as render_export
    from ..api.middleware import base_url
    from ..store import open_store

    store = open_store(settings, read_only=True)
    try:
        body, _ = render_export(store, kind, base=base_url(settings), excel=excel)
    finally:
        store.close()
    if output is None or str(output) == "-":
        sys.stdout.write(body)
    else:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(body, encoding="utf-8")
        click.echo(str(output), err=True)
