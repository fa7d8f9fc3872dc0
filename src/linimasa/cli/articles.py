"""Commands over single articles: ingest, search, show, annotate."""
from __future__ import annotations

import datetime as dt
import re
import sys
from typing import TYPE_CHECKING, Any

import click

from ..settings import Settings
from . import cli
from .common import exit_status, print_json, report_failure

if TYPE_CHECKING:
    from ..store import Hit


def _iso_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A real ISO 8601 date: a typo would otherwise become every article's publication date."""
    if value:
        try:
            dt.datetime.fromisoformat(value)
        except ValueError:
            return _padded(value)
    return value


def _padded(value: str) -> str:
    """TimeML DCTs are often unpadded (2013-12-4): accept those as the padded date, refuse anything else."""
    match = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", value)
    try:
        return dt.date(*map(int, match.groups())).isoformat()  # type: ignore[union-attr]
    except (AttributeError, ValueError):
        raise click.BadParameter(f"{value!r} is not an ISO 8601 date such as 2023-09-13") from None


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.option("--no-timeline", is_flag=True, help="Skip the collection stages (copies, stories, timeline) for now.")
@click.option("--refresh", is_flag=True, help="Annotate articles already stored again (after an upgrade).")
@click.option("--since", callback=_iso_date,
              help="Backfill: keep articles published on or after this date (YYYY-MM-DD).")
@click.option("--until", callback=_iso_date,
              help="Keep articles published on or before this date; the others are counted as skipped.")
@click.pass_obj
def ingest(settings: Settings, paths: tuple[str, ...], quiet: bool, no_timeline: bool, refresh: bool,
           since: str | None, until: str | None) -> None:
    """Read, clean, annotate and store articles from PATHS, then update copies, stories and the timeline.

    PATHS may be files (text, HTML, JSON Lines, CSV, RSS/Atom, WARC), directories, globs, or - for stdin.
    Bad inputs are reported on stderr (path: reason) and the rest of the batch is stored. Articles
    already stored are cleaned to recognise them but not annotated again, unless --refresh.
    """
    from ..alerts import evaluate
    from ..collection import Collection
    from ..collection.period import Period
    from ..model import Failure
    from .progress import progress

    period = Period(since and since[:10], until and until[:10])
    with Collection(settings) as collection, progress(disabled=quiet) as tick:
        def on_item(item: object) -> None:
            tick()
            if isinstance(item, Failure):
                report_failure(item)

        report = collection.ingest(paths, on_item=on_item, refresh=refresh, period=period)
        total = len(collection)
        update = None if no_timeline else collection.update_timeline(rebuild=refresh, ids=report.ids)
        matches = evaluate(collection.store)
    skipped = f"{report.skipped} skipped (published outside {period}), " if period else ""
    click.echo(f"{report.new} new, {report.existing} already stored, {skipped}{len(report.failures)} failed "
               f"({total} articles in {settings.database}); status: {report.status}", err=True)
    if matches:
        click.echo(f"alerts: {len(matches)} new matches (linimasa watch --alerts delivers them as they come)",
                   err=True)
    if update is not None and update.articles:
        click.echo(f"collection: {update.copies} copy links, {update.stories} stories, "
                   f"{update.events} timeline entries", err=True)
    sys.exit(exit_status(report.new + report.existing, len(report.failures)))


@cli.command()
@click.argument("query")
@click.option("--limit", type=click.IntRange(1, 1000), default=10, show_default=True)
@click.option("--offset", type=click.IntRange(0, 1_000_000), default=0)
@click.option("--json", "as_json", is_flag=True, help="Print hits as JSON.")
@click.pass_obj
def search(settings: Settings, query: str, limit: int, offset: int, as_json: bool) -> None:
    """Full-text search with Indonesian stemming: words, "phrases", OR, -excluded."""
    from ..collection import Collection
    from ..store import QueryError

    with Collection(settings, read_only=True) as collection:
        try:
            total, hits = collection.search(query, limit=limit, offset=offset)
        except QueryError as exc:
            raise click.UsageError(f"cannot search for {query[:80]!r}: {exc}") from None
    if as_json:
        print_json({"total": total, "hits": [hit_dict(h) for h in hits]})
        return
    click.echo(f"{total} articles match")
    for hit in hits:
        click.echo(f"{hit.id[:12]}  {hit.published or '?':10.10}  {hit.outlet or '-':12.12}  {hit.title or ''}")
        click.echo(f"    {hit.snippet}")


def hit_dict(hit: Hit) -> dict[str, Any]:
    from dataclasses import asdict

    return asdict(hit)


@cli.command()
@click.argument("key")
@click.option("--json", "as_json", is_flag=True, help="Print the article and its layers as JSON.")
@click.pass_obj
def show(settings: Settings, key: str, as_json: bool) -> None:
    """Show one stored article by id, id prefix or source path, with its copies."""
    from ..collection import Collection
    from ..serialize import contract

    with Collection(settings, read_only=True) as collection:
        article = collection.get(key)
        if article is None:
            raise click.UsageError(f"no article matches {key!r} (give an id, a unique id prefix or a source path)")
        sources = collection.store.sources(article.id)
        copies = collection.copies(article.id)
    record = contract(article) | {"sources": sources, "copies": copies}
    if as_json:
        print_json(record, indent=1)
        return
    for name in ("id", "title", "outlet", "dateline", "published", "wire", "authors", "language", "sources"):
        click.echo(f"{name:10} {record[name]}")
    for copy in copies:
        click.echo(f"{'copy':10} {copy['article']} ({copy['kind']}, confidence {copy['confidence']:.2f}, "
                   f"{len(copy['evidence'])} aligned sentences)")
    click.echo("")
    click.echo(article.text)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--dct", callback=_iso_date, help="Publication date (document creation time), e.g. 2023-09-13.")
@click.option("--no-clean", is_flag=True, help="Take each file as the body exactly; no metadata parsing.")
@click.pass_obj
def annotate(settings: Settings, paths: tuple[str, ...], dct: str | None, no_clean: bool) -> None:
    """Print one JSON object per input article with every annotation layer (see CONTRACT.md)."""
    from ..distributed import processor
    from ..ingest import read
    from ..model import Article, Failure
    from ..serialize import contract

    settings = settings.updated(dct=dct, clean=not no_clean)
    done = failed = 0
    for item in processor(settings)(read(paths, settings=settings), settings):  # Dask with --workers
        if isinstance(item, Article):
            print_json(contract(item))
            done += 1
        elif isinstance(item, Failure):
            report_failure(item)
            failed += 1
    sys.exit(exit_status(done, failed))
