"""Coordinates for the co-occurrence network picture; the template draws it as inline SVG (no JS)."""
from __future__ import annotations

import math
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
    spoke: bool  # touches the centre entity; edges between neighbours are drawn fainter


@dataclass(frozen=True, slots=True)
class Picture:
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]
    width: int = WIDTH
    height: int = HEIGHT


def picture(network: dict[str, Any]) -> Picture:
    """A radial layout: the entity in the middle, its co-occurring entities on an ellipse around it."""
    centre, *others = [n["id"] for n in network["nodes"]]
    count = max(len(others), 1)
    rx, ry = WIDTH / 2 - MARGIN * 1.5, HEIGHT / 2 - MARGIN / 2
    pos = {centre: (WIDTH / 2, HEIGHT / 2)}
    for k, node_id in enumerate(others):  # ordered by shared articles: the closest start at the top
        angle = -math.pi / 2 + 2 * math.pi * k / count
        pos[node_id] = (round(WIDTH / 2 + rx * math.cos(angle), 1), round(HEIGHT / 2 + ry * math.sin(angle), 1))
    nodes = tuple(Node(n["id"], n["name"], n["label"], *pos[n["id"]], n["id"] == centre) for n in network["nodes"])
    edges = tuple(Edge(*pos[e["source"]], *pos[e["target"]], e["weight"], centre in (e["source"], e["target"]))
                  for e in network["edges"])
    return Picture(nodes, edges)
