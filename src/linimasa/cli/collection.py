"""Commands over the whole collection: timeline, report, entities."""
from __future__ import annotations

import sys
from functools import partial
from typing import TYPE_CHECKING

import click

from ..settings import Settings
from . import EXIT_FAILED, cli
from .common import exit_status, print_json, printable, report_failure

if TYPE_CHECKING:
    from ..collection import Collection
    from ..model import Article
    from ..timeline import Timeline


def read_articles(settings: Settings, paths: tuple[str, ...]) -> tuple[list[Article], int]:
    """Annotated articles from PATHS (in this process), and the failure count."""
    from ..ingest import read
    from ..model import Article, Failure
    from ..pipeline import process

    articles, failed = [], 0
    for item in process(read(paths, settings=settings), settings):
        if isinstance(item, Article):
            articles.append(item)
        elif isinstance(item, Failure):
            report_failure(item)
            failed += 1
    return articles, failed


def built(settings: Settings, paths: tuple[str, ...]) -> tuple[Timeline, int, int]:
    """The timeline of PATHS, the article count and the failure count. On Dask the whole-collection
    stages run as a reduce on a worker, next to the annotated partitions, instead of in this process."""
    from ..distributed import reduce
    from ..ingest import read

    if not (settings.workers or settings.scheduler):
        articles, failed = read_articles(settings, paths)
        return (*_counted(articles, settings=settings), failed)
    (timeline, count), failures = reduce(read(paths, settings=settings), settings, partial(_counted, settings=settings))
    for failure in failures:
        report_failure(failure)
    return timeline, count, len(failures)


def _counted(articles: list[Article], *, settings: Settings) -> tuple[Timeline, int]:
    """The collection stages over the articles read (``timeline.build``), and how many there were."""
    from ..timeline import build
    from ..timex.collection import redate

    return build(redate(articles, settings), settings=settings), len(articles)


def updated(settings: Settings) -> Collection:
    """The stored collection, its timeline brought up to date with articles stored since the last update; a
    database this user may only read is shown as last updated, with a warning when articles wait for an update."""
    from ..collection import Collection, stored
    from ..store.errors import ReadOnlyError, explain

    collection = None
    try:
        collection = Collection(settings)
        collection.update_timeline()
        return collection
    except Exception as exc:
        if collection is not None:
            collection.close()
        if not isinstance(explain(exc, settings.database), ReadOnlyError):
            raise
    collection = Collection(settings, read_only=True)
    if stored.pending(collection.store):
        click.echo(f"warning: {printable(settings.database)} is read-only here: the timeline is shown as last"
                   " updated, without the articles stored since", err=True)
    return collection


@cli.command()
@click.argument("paths", nargs=-1)
@click.option("--text", "as_text", is_flag=True, help="Print a readable timeline instead of JSON.")
@click.pass_obj
def timeline(settings: Settings, paths: tuple[str, ...], as_text: bool) -> None:
    """Build one timeline from PATHS as a collection, or show the stored collection's timeline when no PATHS
    (brought up to date with articles stored since the last update first).

    Prints duplicates (same-wire copies), stories and events as one JSON object (see CONTRACT.md).
    """
    from ..timeline import render_text, to_contract

    if paths:
        result, count, failed = built(settings, paths)
    else:
        with updated(settings) as collection:
            result, count, failed = collection.timeline(), len(collection), 0
    if as_text:
        click.echo(render_text(result))
    else:
        print_json(to_contract(result))
    sys.exit(exit_status(count, failed))


@cli.command()
@click.pass_obj
def report(settings: Settings) -> None:
    """Print the stored articles and their timeline (what `make run` shows)."""
    from ..timeline import render_text

    with updated(settings) as collection:
        timeline, articles = collection.timeline(), list(collection.articles())
    click.echo(f"{len(articles)} articles in {settings.database}\n")
    click.echo(f"{'published':25} {'outlet':12} {'dateline':10} title / opening words")
    for a in sorted(articles, key=lambda a: a.published or ""):
        published = (a.published or "?") + ("*" if a.published_inferred else "")
        click.echo(f"{published:25.25} {a.outlet or '-':12.12} {a.dateline or '-':10.10} "
                   f"{(a.title or a.text[:70]).strip()[:70]}")
    click.echo("(* publication date inferred from the text)\n")
    click.echo(render_text(timeline))
    click.echo("\nOpen the web UI with `make serve` (http://127.0.0.1:8000).")


@cli.command()
@click.option("--label", type=click.Choice(["PER", "ORG", "LOC"]), help="Only this kind of entity.")
@click.option("--limit", type=click.IntRange(1, 10_000), default=50, show_default=True)
@click.option("--offset", type=click.IntRange(0, 10_000_000), default=0)
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def entities(settings: Settings, label: str | None, limit: int, offset: int, as_json: bool) -> None:
    """List stored entities with their aliases and mention and article counts."""
    from dataclasses import asdict

    from ..collection import Collection

    with Collection(settings, read_only=True) as collection:
        rows = collection.store.entities(limit=limit, offset=offset, label=label)
    if as_json:
        print_json([asdict(r) for r in rows])
        return
    for r in rows:
        click.echo(f"{r.label:4} {r.name:35.35} {r.mentions:5} mentions {r.articles:4} articles  "
                   f"{', '.join(a for a in r.aliases if a != r.name)}")


@cli.command()
@click.option("--limit", type=click.IntRange(1, 10_000), default=50, show_default=True)
@click.option("--offset", type=click.IntRange(0, 10_000_000), default=0)
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def stories(settings: Settings, limit: int, offset: int, as_json: bool) -> None:
    """List stored stories (articles about one event or thread), newest first, with their articles."""
    from ..collection import Collection

    with Collection(settings, read_only=True) as collection:
        total, rows = collection.store.stories(limit=limit, offset=offset)
        for row in rows:
            row["articles"] = collection.store.story_articles(row["id"])
            row["copies"] = sorted({c["article"] for a in row["articles"] for c in collection.copies(a)})
    if as_json:
        print_json({"total": total, "stories": rows})
        return
    click.echo(f"{total} stories")
    for row in rows:
        click.echo(f"{row['id']}  {row['size']} articles  {row['first'] or '?'} .. {row['last'] or '?'}  "
                   f"{(row['label'] or '')[:70]}")
        for article_id in row["articles"]:
            click.echo(f"    {article_id}{'  (copy)' if article_id in row['copies'] else ''}")


@cli.command()
@click.pass_obj
def check(settings: Settings) -> None:
    """Check the database: SQLite's integrity_check (PostgreSQL: amcheck, or a read of every table) and rows that
    lost what they belong to. Prints ok with the row counts, or each problem; exits 1 when there is one."""
    from ..store import open_store
    from ..store.errors import redact

    store = open_store(settings, read_only=True)
    try:
        found = store.check()
    finally:
        store.close()
    name = printable(redact(settings.database))
    counts = ", ".join(f"{n} {table}" for table, n in found.counts.items())
    if not found.problems:
        click.echo(f"{name}: ok ({counts})")
        return
    click.echo(f"{name}: {len(found.problems)} problem(s); {counts or 'rows not counted'}")
    for problem in found.problems:
        click.echo(f"  {printable(problem)}")
    sys.exit(EXIT_FAILED)
