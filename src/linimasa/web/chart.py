"""Coordinates for the attention chart: each series' daily share of the news as a line, in buckets of days when
the span is long (so a decade stays a readable line). Drawn as an SVG document by ``templates/attention.svg``."""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..attention import Attention

WIDTH, HEIGHT = 640, 260
LEFT, RIGHT, TOP, BOTTOM = 52, 12, 14, 64
COLOURS = ("#0b6e99", "#c0392b", "#2e8b57", "#d4861f", "#7d3c98")
MAX_BUCKETS = 120
TICKS = 6


@dataclass(frozen=True, slots=True)
class Line:
    label: str
    colour: str
    points: str  # "x,y x,y …" for a polyline
    articles: int


@dataclass(frozen=True, slots=True)
class Chart:
    lines: tuple[Line, ...]
    xticks: tuple[tuple[float, str], ...]
    yticks: tuple[tuple[float, str], ...]
    days_per_point: int
    width: int = WIDTH
    height: int = HEIGHT


def chart(found: Attention) -> Chart:
    days = sorted(found.totals)
    if not days:
        return Chart((), (), (), 1)
    first = date.fromisoformat(days[0])
    span = (date.fromisoformat(days[-1]) - first).days + 1
    size = math.ceil(span / MAX_BUCKETS)  # days per point
    count = math.ceil(span / size)

    def bucket(day: str) -> int:
        return (date.fromisoformat(day) - first).days // size

    totals = [0] * count
    for day, n in found.totals.items():
        totals[bucket(day)] += n
    shares = []
    for series in found.series:
        articles = [0] * count
        for p in series.points:
            if p.day in found.totals:
                articles[bucket(p.day)] += p.articles
        shares.append([a / t if t else 0.0 for a, t in zip(articles, totals, strict=True)])
    top = max((v for s in shares for v in s), default=0.0) or 1.0

    def x(i: int) -> float:
        return round(LEFT + (WIDTH - LEFT - RIGHT) * (i / max(count - 1, 1)), 1)

    def y(v: float) -> float:
        return round(TOP + (HEIGHT - TOP - BOTTOM) * (1 - v / top), 1)

    lines = tuple(Line(s.label, COLOURS[k % len(COLOURS)], " ".join(f"{x(i)},{y(v)}" for i, v in enumerate(share)),
                       sum(p.articles for p in s.points)) for k, (s, share) in enumerate(zip(found.series, shares,
                                                                                              strict=True)))
    step = max(count // TICKS, 1)
    xticks = tuple((x(i), date.fromordinal(first.toordinal() + i * size).isoformat()) for i in range(0, count, step))
    yticks = tuple((y(top * k / 2), f"{100 * top * k / 2:.0f}%") for k in range(3))
    return Chart(lines, xticks, yticks, size)


def draw(found: Attention, out_dir: Path) -> list[Path]:
    """``attention.svg`` (the web UI's chart, in Indonesian) and ``attention.png`` (the same lines by matplotlib,
    for documents that take no SVG) in ``out_dir``."""
    import matplotlib

    matplotlib.use("Agg")  # no display on servers
    import matplotlib.pyplot as plt
    from matplotlib.dates import date2num

    from .messages import translate
    from .render import environment

    out_dir.mkdir(parents=True, exist_ok=True)
    drawn = chart(found)
    svg = out_dir / "attention.svg"
    svg.write_text(environment().get_template("attention.svg").render(chart=drawn, t=lambda k: translate(k, "id")),
                   encoding="utf-8")
    fig, ax = plt.subplots(figsize=(9, 3.2), dpi=120)
    for series, line in zip(found.series, drawn.lines, strict=True):
        days = date2num([date.fromisoformat(p.day) for p in series.points])  # type: ignore[no-untyped-call]
        ax.plot(days, [100 * p.share for p in series.points], marker=".", color=line.colour,
                label=line.label.replace("$", r"\$"))  # names must not switch matplotlib into mathtext
    ax.set_ylabel("% of the day's articles")
    ax.legend(loc="upper left", fontsize=8)
    ax.grid(alpha=.3)
    ax.xaxis_date()
    fig.autofmt_xdate()
    png = out_dir / "attention.png"
    fig.savefig(png, bbox_inches="tight")
    plt.close(fig)
    return [svg, png]
