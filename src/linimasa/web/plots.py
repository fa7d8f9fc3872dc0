"""Pictures for briefing documents (``linimasa plot``): the timeline and the entity network, PNG and SVG.

Both fit an A4 page (17 cm wide) with text no smaller than 7 pt. The timeline shows the collection's own
period (its first to last publication date) unless told otherwise, so background entries dated years
earlier do not stretch the axis; within it, the entries with the most sources are drawn and the
most-sourced of those are labelled. The network keeps the most mentioned entities and, for each, its
strongest links, with a legend of entity kinds.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from math import sqrt
from pathlib import Path
from typing import Any

from ..lang.id.kinds import LABEL_NAMES, OTHER, TYPE_NAMES
from ..store import EventRow, Store
from .axis import parse_day
from .dates import short_date

A4_WIDTH_IN = 6.7  # 17 cm: an A4 page less its margins
DPI = 200
NETWORK_ENTITIES = 30
EDGES_PER_ENTITY = 3  # each entity keeps its strongest links: all links of 30 busy entities are a hairball
LABELLED = 12  # timeline entries named on the plot; the others are markers only
COLOURS = {"PER": "#e8893b", "ORG": "#3f78d8", "LOC": "#3e9a57"}
PAGE = 1000


@dataclass(frozen=True, slots=True)
class Period:
    since: str | None
    until: str | None

    def label(self) -> str:
        return f"{short_date(self.since, 'id')} – {short_date(self.until, 'id')}" if self.since else "semua tanggal"


def _plain(text: str) -> str:
    """Names from the web must not switch matplotlib into mathtext."""
    return text.replace("$", r"\$")


def _figure(width: float, height: float) -> tuple[Any, Any]:
    import matplotlib

    matplotlib.use("Agg")  # no display on servers
    import matplotlib.pyplot as plt

    return plt.subplots(figsize=(width, height), dpi=DPI)


def save(fig: Any, out_dir: Path, name: str) -> list[Path]:
    import matplotlib.pyplot as plt

    out_dir.mkdir(parents=True, exist_ok=True)
    paths = [out_dir / f"{name}.png", out_dir / f"{name}.svg"]
    for path in paths:
        fig.savefig(path, bbox_inches="tight", pad_inches=0.1)
    plt.close(fig)
    return paths


def _candidates(gap: float) -> list[tuple[float, float, str, str]]:
    """Offsets (points) and alignments around a marker: above, below, right, left, then the corners."""
    near = [(0, gap, "center", "bottom"), (0, -gap, "center", "top"), (gap, 0, "left", "center"),
            (-gap, 0, "right", "center"), (gap, gap, "left", "bottom"), (-gap, gap, "right", "bottom"),
            (gap, -gap, "left", "top"), (-gap, -gap, "right", "top")]
    return [(k * dx, k * dy, ha, va) for k in (1, 2, 3) for dx, dy, ha, va in near]  # then further out


def _marker_boxes(ax: Any, markers: list[tuple[Any, float, float]]) -> list[Any]:
    """The display-space boxes of markers given as (x, y, radius in points)."""
    from matplotlib.transforms import Bbox

    scale = ax.figure.dpi / 72
    boxes = []
    for x, y, radius in markers:
        cx, cy = ax.transData.transform((ax.convert_xunits(x), y))
        r = radius * scale
        boxes.append(Bbox([[cx - r, cy - r], [cx + r, cy + r]]))
    return boxes


def place_labels(ax: Any, labels: list[tuple[Any, float, str, float]], *, force: bool) -> None:
    """Each label (x, y, text, marker radius in points), most important first, beside its marker where it
    covers no other label or marker and stays inside the axes. Failing that, with ``force`` (a node must be
    named) where it covers no label, else above its marker; without, nowhere (a timeline entry is listed
    anyway). An empty text only marks a marker to keep clear."""
    fig = ax.figure
    fig.canvas.draw()  # fixes the limits, so that positions in points are final
    renderer, frame = fig.canvas.get_renderer(), ax.get_window_extent()
    placed: list[Any] = []
    markers = _marker_boxes(ax, [(x, y, radius) for x, y, _, radius in labels])

    def free(box: Any, obstacles: list[Any]) -> bool:
        inside = frame.x0 <= box.x0 and box.x1 <= frame.x1 and frame.y0 <= box.y0 and box.y1 <= frame.y1
        return inside and not any(box.overlaps(other) for other in obstacles)

    for k, (x, y, text, radius) in enumerate(labels):
        if not text:
            continue
        tries = [(c, placed + markers[:k] + markers[k + 1:]) for c in _candidates(radius + 2)]
        if force:
            tries += [(c, placed) for c in _candidates(radius + 2)] + [(_candidates(radius + 2)[0], [])]
        for (dx, dy, ha, va), obstacles in tries:
            label = ax.annotate(_plain(text), (x, y), xytext=(dx, dy), textcoords="offset points", ha=ha, va=va,
                                fontsize=7, zorder=5, bbox={"boxstyle": "round,pad=0.12", "fc": "white",
                                                            "ec": "none", "alpha": .85})
            box = label.get_window_extent(renderer).padded(2)
            if free(box, obstacles) or not obstacles:
                placed.append(box)
                break
            label.remove()


def own_period(store: Store) -> Period:
    """The collection's period: its first and last publication dates."""
    first, last = store.published_span()
    return Period((first or "")[:10] or None, (last or "")[:10] or None)


def _events(store: Store, period: Period) -> Iterator[EventRow]:
    offset = 0
    while True:
        total, rows = store.events(date_from=period.since, date_to=period.until, limit=PAGE, offset=offset)
        yield from rows
        offset += PAGE
        if offset >= total:
            return


def _sources(event: EventRow) -> int:
    return len({a for a, _, _ in event.sources})


def _area(event: EventRow) -> float:
    """Marker area in points², growing with the number of sources (its square root: a 40-source entry is
    drawn about three times as wide as a one-source one, not forty times as large)."""
    return 16 * sqrt(1 + min(_sources(event), 40)) + 8


def timeline_figure(store: Store, *, period: Period, limit: int = 60) -> Any:
    """Dated entries of the period on a time axis, one lane per event type; marker area by number of sources."""
    dated = [(day, e) for e in _events(store, period) if (day := parse_day(e.date)) is not None]
    chosen = sorted(dated, key=lambda d: (-_sources(d[1]), d[0], d[1].id))[:limit]
    names = sorted({TYPE_NAMES.get(e.type or "", OTHER) for _, e in chosen})
    fig, ax = _figure(A4_WIDTH_IN, 1.8 + 0.5 * max(len(names), 1))
    lanes = {e.id: names.index(TYPE_NAMES.get(e.type or "", OTHER)) for _, e in chosen}
    for day, e in chosen:
        ax.scatter([day], [lanes[e.id]], s=_area(e), color="#c0392b" if e.disputed else "#0b6e99", alpha=.6,
                   edgecolors="white", linewidths=.5, zorder=3)
    ax.set_yticks(range(len(names)), names, fontsize=8)
    ax.set_ylim(-0.8, len(names) - 0.2)
    _date_axis(ax)
    place_labels(ax, [(day, lanes[e.id], ", ".join(name for _, name in e.actors[:2]) if k < LABELLED else "",
                       _area(e) ** .5 / 2) for k, (day, e) in enumerate(chosen)], force=False)
    ax.set_title(f"linimasa: {len(chosen)} peristiwa dengan sumber terbanyak, {period.label()}", fontsize=9)
    ax.set_xlabel("ukuran titik: jumlah sumber · merah: dipersoalkan", fontsize=7, color="#5b6573")
    ax.grid(axis="x", alpha=.3)
    return fig


def _date_axis(ax: Any) -> None:
    """Ticks as Indonesian dates ("Jul 2023", "26 Jul 2023")."""
    import matplotlib.dates as mdates

    locator = mdates.AutoDateLocator(minticks=3, maxticks=8)  # type: ignore[no-untyped-call]
    ax.xaxis.set_major_locator(locator)
    def label(x: float, _: int) -> str:
        day = mdates.num2date(x).date()  # type: ignore[no-untyped-call]
        return short_date(day.isoformat()[:7] if day.day == 1 else day.isoformat(), "id")

    ax.xaxis.set_major_formatter(label)
    ax.tick_params(axis="x", labelsize=7, rotation=30)


def _strongest(edges: list[tuple[str, str, int]], per_node: int) -> list[tuple[str, str, int]]:
    """For each node its ``per_node`` heaviest edges; an edge stays when either end keeps it."""
    kept: set[tuple[str, str, int]] = set()
    for node in {n for a, b, _ in edges for n in (a, b)}:
        mine = sorted((e for e in edges if node in e[:2]), key=lambda e: (-e[2], e[0], e[1]))
        kept.update(mine[:per_node])
    return sorted(kept)


def _layout(graph: Any) -> dict[str, tuple[float, float]]:
    """Each connected part laid out on its own, side by side, with width in proportion to its nodes: one layout
    of the whole would fling unconnected parts to the edges and squeeze each into a knot. Unweighted springs
    spread the nodes, where weighted ones pull the busiest entities together."""
    import networkx as nx

    parts = sorted(nx.connected_components(graph), key=lambda c: (-len(c), min(c)))
    pos, left, total = {}, 0.0, len(graph)
    for part in parts:
        width = len(part) / total
        sub = graph.subgraph(part)
        local = nx.spring_layout(sub, k=2 / len(part) ** .5, iterations=300, weight=None, seed=7) \
            if len(part) > 1 else {next(iter(part)): (0.0, 0.0)}
        xs, ys = [x for x, _ in local.values()], [y for _, y in local.values()]
        spread_x, spread_y = (max(xs) - min(xs)) or 1, (max(ys) - min(ys)) or 1
        for node, (x, y) in local.items():
            pos[node] = (left + width * (0.1 + 0.8 * (x - min(xs)) / spread_x), 0.1 + 0.8 * (y - min(ys)) / spread_y)
        left += width
    return pos


def network_figure(store: Store, *, size: int = NETWORK_ENTITIES) -> Any:
    """The co-occurrence network of the most mentioned entities; edge width = articles shared."""
    import networkx as nx
    from matplotlib.lines import Line2D

    graph = nx.Graph()
    for stat in store.entities(limit=size):
        graph.add_node(stat.id, name=stat.name, label=stat.label, articles=stat.articles)
    edges = store.cooccurrence_edges(list(graph.nodes))
    graph.add_weighted_edges_from(_strongest(edges, EDGES_PER_ENTITY))
    fig, ax = _figure(A4_WIDTH_IN, A4_WIDTH_IN * 0.8)
    ax.set_axis_off()
    if len(graph):
        pos = _layout(graph)
        most = max(graph.nodes[n]["articles"] for n in graph)
        nx.draw_networkx_edges(graph, pos, ax=ax, alpha=.35, edge_color="#5b6573",
                               width=[0.6 + 3 * d["weight"] / max(most, 1) for *_, d in graph.edges(data=True)])
        sizes = {n: 40 + 400 * graph.nodes[n]["articles"] / most for n in graph}
        nx.draw_networkx_nodes(graph, pos, ax=ax, node_color=[COLOURS.get(graph.nodes[n]["label"], "#999")
                                                              for n in graph], node_size=list(sizes.values()), alpha=.9)
        ax.margins(0.2)  # room for the labels of the outermost nodes
        by_size = sorted(graph, key=lambda n: -sizes[n])
        place_labels(ax, [(*pos[n], graph.nodes[n]["name"], sizes[n] ** .5 / 2) for n in by_size], force=True)
    handles = [Line2D([], [], marker="o", linestyle="", color=c, label=LABEL_NAMES[k]) for k, c in COLOURS.items()]
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, 0), ncol=4, fontsize=7, frameon=False,
              title="warna: jenis entitas; ukuran: jumlah artikel; garis: artikel bersama", title_fontsize=7)
    ax.set_title(f"linimasa: {len(graph)} entitas yang paling sering disebut", fontsize=9)
    return fig


def draw(store: Store, out_dir: Path, *, period: Period | None = None, limit: int = 60) -> list[Path]:
    """Both pictures, PNG and SVG; the timeline over ``period`` (default: the collection's own)."""
    chosen = period if period and (period.since or period.until) else own_period(store)
    return [*save(timeline_figure(store, period=chosen, limit=limit), out_dir, "timeline"),
            *save(network_figure(store), out_dir, "network")]
