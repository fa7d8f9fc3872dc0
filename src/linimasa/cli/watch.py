"""Commands for a living collection: watch sources, saved searches and alerts."""
from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..settings import Settings
from . import cli
from .common import print_json, report_failure
from .web import plot

if TYPE_CHECKING:
    from ..store import Store
    from ..store.watch_tables import AlertMatch
    from ..watch import Tally


@cli.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--interval", type=click.FloatRange(1, 86_400), default=300, show_default=True,
              help="Seconds between two polls of one source.")
@click.option("--per-host", type=click.FloatRange(0, 3600), default=1.0, show_default=True,
              help="Seconds between two requests to one host (robots.txt Crawl-delay may ask more).")
@click.option("--timeout", type=click.FloatRange(1, 600), default=20, show_default=True,
              help="Seconds for one HTTP request.")
@click.option("--batch", type=click.IntRange(1, 10_000), default=20, show_default=True,
              help="Articles stored before the collection is updated and the alerts evaluated.")
@click.option("--once", is_flag=True, help="Poll every source once, update, and exit.")
@click.option("--alerts", "print_alerts", is_flag=True, help="Print each new alert match as a JSON line.")
@click.option("--base-url", default=None, help="Where the web UI is served, for alert links (default: base_url).")
@click.option("--quiet", "-q", is_flag=True, help="No status line.")
@click.pass_obj
def watch(settings: Settings, sources: tuple[str, ...], interval: float, per_host: float, timeout: float,
          batch: int, once: bool, print_alerts: bool, base_url: str | None, quiet: bool) -> None:
    """Poll RSS/Atom feeds, sitemaps (http/https) and folders; store new articles, update, fire alerts.

    Feed state (items seen, ETag/Last-Modified, next poll, error backoff) is kept in the database, so a
    restart resumes without fetching again. SIGINT/SIGTERM finish the current article and exit.
    """
    from ..alerts import as_json
    from ..alerts.webhook import Webhooks
    from ..api.middleware import base_url as configured
    from ..collection import Collection
    from ..watch import Watcher, WatchOptions

    base = base_url or configured(settings)
    options = WatchOptions(interval=interval, per_host=per_host, timeout=timeout, once=once, batch=batch)
    stop = threading.Event()
    webhooks = Webhooks(settings, base=base).start()

    def fired(matches: list[AlertMatch]) -> None:
        webhooks.put(matches)
        if print_alerts:
            for match in matches:
                print_json(as_json(match, base))
                sys.stdout.flush()

    with Collection(settings) as collection, _stopped_by_signals(stop), _status(quiet) as show:
        tally = Watcher(collection, sources, options=options, stop=stop, on_alerts=fired, on_change=show,
                        on_failure=report_failure).run()
    webhooks.close()
    click.echo(f"{tally.new} new, {tally.known} already stored, {tally.failed} failed, {tally.alerts} alert matches"
               f" ({'stopped' if stop.is_set() else 'done'})", err=True)


@contextmanager
def _stopped_by_signals(stop: threading.Event) -> Iterator[None]:
    """SIGINT and SIGTERM set ``stop`` (the current article is finished); a second one interrupts at once."""
    def handler(number: int, _frame: object) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()

    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


@contextmanager
def _status(quiet: bool) -> Iterator[Callable[[Tally], None]]:
    """One rich status line on a terminal: sources, new, failed, alerts, next poll."""
    if quiet or not sys.stderr.isatty():
        yield lambda _tally: None
        return
    from rich.console import Console

    with Console(stderr=True).status("starting") as line:
        yield lambda tally: line.update(_line(tally))


def _line(tally: Tally) -> str:
    next_poll = f"next poll {tally.next_poll[11:19]} UTC" if tally.next_poll else ""
    return " · ".join(part for part in (
        f"{tally.sources} sources", f"{tally.new} new", f"{tally.known} known", f"{tally.failed} failed",
        f"{tally.alerts} alerts", f"polling {tally.polling}" if tally.polling else next_poll) if part)


@contextmanager
def _store(settings: Settings) -> Iterator[Store]:
    from ..store import open_store

    store = open_store(settings)
    try:
        yield store
    finally:
        store.close()


@cli.group()
def alert() -> None:
    """Saved searches: alerts on a query, an entity, an event type or a story."""


@alert.command("add")
@click.argument("name")
@click.option("--query", help='Search words, "phrases", OR, -excluded (as `linimasa search`).')
@click.option("--entity", help="An entity id (per:joko-widodo) or a name as written.")
@click.option("--type", "event_type", help="A PLOVER event type of timeline entries (ACCUSE, PROTEST, …).")
@click.option("--story", help="A story id: new articles that join it.")
@click.option("--webhook", help="POST each match as JSON to this http(s) URL.")
@click.pass_obj
def alert_add(settings: Settings, name: str, query: str | None, entity: str | None, event_type: str | None,
              story: str | None, webhook: str | None) -> None:
    """Save an alert NAME; each update matches it against what is new (see `linimasa watch --alerts`)."""
    from ..alerts import checked_alert
    from ..alerts.atom import feed_path

    given = [(k, v) for k, v in (("query", query), ("entity", entity), ("type", event_type), ("story", story)) if v]
    if len(given) != 1:
        raise click.UsageError("give exactly one of --query, --entity, --type, --story")
    try:
        saved = checked_alert(name, *given[0], webhook=webhook)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    with _store(settings) as store:
        if not store.put_alert(saved):
            raise click.UsageError(f"an alert named {name!r} exists (remove it first)")
    click.echo(f"alert {name}: {saved.kind} {saved.value!r}; feed at {feed_path(name)}", err=True)


@alert.command("list")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def alert_list(settings: Settings, as_json: bool) -> None:
    """List the alerts with how many matches each has."""
    from dataclasses import asdict

    with _store(settings) as store:
        rows, counts = store.alerts(), store.match_counts()
    if as_json:
        print_json([asdict(a) | {"matches": counts.get(a.name, 0)} for a in rows])
        return
    for a in rows:
        click.echo(f"{a.name:20} {a.kind:7} {a.value:40.40} {counts.get(a.name, 0):6} matches"
                   f"{'  webhook ' + a.webhook if a.webhook else ''}")


@alert.command("remove")
@click.argument("name")
@click.pass_obj
def alert_remove(settings: Settings, name: str) -> None:
    """Remove an alert and its matches."""
    with _store(settings) as store:
        if not store.remove_alert(name):
            raise click.UsageError(f"no alert named {name!r}")
    click.echo(f"alert {name} removed", err=True)


@plot.command("attention")
@click.option("--entity", multiple=True, help="An entity id or linked short name (repeatable).")
@click.option("--story", multiple=True, help="A story id (repeatable).")
@click.option("--query", multiple=True, help="A search query (repeatable); at most five series in all.")
@click.option("--since", help="First day, YYYY-MM-DD.")
@click.option("--until", help="Last day, YYYY-MM-DD.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("out/plots"),
              show_default=True, help="Directory for attention.svg and attention.png.")
@click.pass_obj
def plot_attention(settings: Settings, entity: tuple[str, ...], story: tuple[str, ...], query: tuple[str, ...],
                   since: str | None, until: str | None, out_dir: Path) -> None:
    """Draw the daily share of the news of up to five entities, stories or queries (SVG and PNG)."""
    from ..attention import UnknownSeries, attention
    from ..store import QueryError
    from ..web.chart import draw

    wanted = [*(("entity", k) for k in entity), *(("story", k) for k in story), *(("query", k) for k in query)]
    if not wanted:
        raise click.UsageError("give at least one --entity, --story or --query")
    with _store(settings) as store:
        try:
            found = attention(store, wanted, since=since, until=until)  # type: ignore[arg-type]
        except (UnknownSeries, QueryError, ValueError) as exc:
            raise click.UsageError(str(exc)) from None
    for path in draw(found, out_dir):
        click.echo(str(path))
