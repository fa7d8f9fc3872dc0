"""Coordinates for the co-occurrence network picture; the template draws it as inline SVG."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

WIDTH, HEIGHT, MARGIN = 640, 420, 70


@dataclass(frozen=True, slots=True)
class Node:
    id: str
    name: str
    label: str
    x: float
    y: float
    centre: bool


@dataclass(frozen=True, slots=True)
class Edge:
    x1: float
    y1: float
    x2: float
    y2: float
    weight: int


@dataclass(frozen=True, slots=True)
class Picture:
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]
    width: int = WIDTH
    height: int = HEIGHT


def picture(network: dict[str, Any]) -> Picture:
    """A deterministic spring layout (fixed seed), the centre entity pinned in the middle."""
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(n["id"] for n in network["nodes"])
    graph.add_weighted_edges_from((e["source"], e["target"], e["weight"]) for e in network["edges"])
    centre = network["nodes"][0]["id"]
    pos = nx.spring_layout(graph, seed=7, pos={centre: (0.0, 0.0)}, fixed=[centre]) if len(graph) > 1 \
        else {centre: (0.0, 0.0)}
    span = max((max(abs(x), abs(y)) for x, y in pos.values()), default=1.0) or 1.0

    def at(node_id: str) -> tuple[float, float]:
        x, y = pos[node_id]
        return (round(WIDTH / 2 + x / span * (WIDTH / 2 - MARGIN), 1),
                round(HEIGHT / 2 + y / span * (HEIGHT / 2 - MARGIN / 2), 1))

    nodes = tuple(Node(n["id"], n["name"], n["label"], *at(n["id"]), n["id"] == centre) for n in network["nodes"])
    edges = tuple(Edge(*at(e["source"]), *at(e["target"]), e["weight"]) for e in network["edges"])
    return Picture(nodes, edges)
