"""Pictures for briefing documents (``linimasa plot``): the timeline and the entity network, PNG and SVG."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from ..store import Store
from .axis import parse_day

NETWORK_ENTITIES = 40
COLOURS = {"PER": "#f4a259", "ORG": "#5b8def", "LOC": "#62b37a"}


def _plain(text: str) -> str:
    """Names from the web must not switch matplotlib into mathtext."""
    return text.replace("$", r"\$")


def _figure(width: float, height: float) -> tuple[Any, Any]:
    import matplotlib

    matplotlib.use("Agg")  # no display on servers
    import matplotlib.pyplot as plt

    return plt.subplots(figsize=(width, height), dpi=120)


def _save(fig: Any, out_dir: Path, name: str) -> list[Path]:
    import matplotlib.pyplot as plt

    out_dir.mkdir(parents=True, exist_ok=True)
    paths = [out_dir / f"{name}.png", out_dir / f"{name}.svg"]
    for path in paths:
        fig.savefig(path, bbox_inches="tight")
    plt.close(fig)
    return paths


def draw_timeline(store: Store, out_dir: Path, *, limit: int = 60) -> list[Path]:
    """Dated events on a time axis, one lane per PLOVER type, marker size by number of sources."""
    _, rows = store.events(limit=limit)
    dated = [(day, e) for e in rows if (day := parse_day(e.date)) is not None]
    types = sorted({e.type or "?" for _, e in dated})
    fig, ax = _figure(11, 1.2 + 0.45 * max(len(types), 1))
    for day, e in dated:
        lane = types.index(e.type or "?")
        sources = len({a for a, _, _ in e.sources})
        ax.scatter([day], [lane], s=30 + 25 * sources, color="#c0392b" if e.disputed else "#0b6e99", alpha=.75)
        label = _plain(", ".join(name for _, name in e.actors[:2]))
        if label:
            ax.annotate(label, (day, lane), xytext=(4, 6), textcoords="offset points", fontsize=7)
    ax.set_yticks(range(len(types)), types)
    ax.set_title(f"linimasa: {len(dated)} peristiwa")
    ax.grid(axis="x", alpha=.3)
    fig.autofmt_xdate()
    return _save(fig, out_dir, "timeline")


def draw_network(store: Store, out_dir: Path, *, size: int = NETWORK_ENTITIES) -> list[Path]:
    """The co-occurrence network of the most mentioned entities; edge width = articles shared."""
    import networkx as nx

    graph = nx.Graph()
    for stat in store.entities(limit=size):
        graph.add_node(stat.id, name=stat.name, label=stat.label, articles=stat.articles)
    graph.add_weighted_edges_from(store.cooccurrence_edges(list(graph.nodes)))
    fig, ax = _figure(10, 8)
    ax.set_axis_off()
    if len(graph):
        pos = nx.spring_layout(graph, seed=7)
        nx.draw_networkx_edges(graph, pos, ax=ax, alpha=.3,
                               width=[min(1 + d["weight"] / 2, 6) for *_, d in graph.edges(data=True)])
        nx.draw_networkx_nodes(graph, pos, ax=ax, node_color=[COLOURS.get(graph.nodes[n]["label"], "#999")
                                                              for n in graph],
                               node_size=[60 + 30 * graph.nodes[n]["articles"] for n in graph])
        nx.draw_networkx_labels(graph, pos, ax=ax, font_size=7,
                                labels={n: _plain(graph.nodes[n]["name"]) for n in graph})
    ax.set_title(f"linimasa: {len(graph)} entitas")
    return _save(fig, out_dir, "network")
