"""The briefing pictures, rendered: A4 width, the collection's own period, labels inside and apart, a legend."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from itertools import combinations

import matplotlib.dates as mdates
import pytest
from webdata import web_settings  # noqa: F401 - fixture

from linimasa.settings import Settings
from linimasa.store import open_store
from linimasa.web.plots import A4_WIDTH_IN, NETWORK_ENTITIES, Period, network_figure, own_period, timeline_figure


@pytest.fixture
def store(web_settings: Settings) -> Iterator[object]:
    opened = open_store(web_settings)
    yield opened
    opened.close()


def _boxes(fig: object, texts: list[object]) -> list[object]:
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    return [t.get_window_extent(renderer) for t in texts if t.get_text()]  # type: ignore[attr-defined]


def _check_labels(fig: object) -> list[str]:
    """The labels drawn on the axes: all inside the figure, none over another. Returns their texts."""
    fig.canvas.draw()  # type: ignore[attr-defined]
    [ax] = [a for a in fig.axes]  # type: ignore[attr-defined]
    boxes = _boxes(fig, ax.texts)
    frame = fig.bbox  # type: ignore[attr-defined]
    assert all(frame.x0 <= b.x0 and b.x1 <= frame.x1 and frame.y0 <= b.y0 and b.y1 <= frame.y1 for b in boxes)
    assert not [(a, b) for a, b in combinations(boxes, 2) if a.overlaps(b)]
    return [t.get_text() for t in ax.texts]


def test_web_plots_timeline_covers_the_collections_own_period(store: object) -> None:
    period = own_period(store)
    assert period == Period("2019-09-10", "2024-09-14")  # the CLICK-ID articles' and the seeds' publication dates
    fig = timeline_figure(store, period=period)
    assert fig.get_size_inches()[0] == pytest.approx(A4_WIDTH_IN)
    lo, hi = (mdates.num2date(x).date() for x in fig.axes[0].get_xlim())
    assert date(2019, 1, 1) <= lo and hi <= date(2024, 12, 31)
    assert "10 Sep 2019 – 14 Sep 2024" in fig.axes[0].get_title()
    assert "Kim Jong-un, Korea Utara" in _check_labels(fig)
    assert {t.get_text() for t in fig.axes[0].get_yticklabels()} >= {"Bertemu/berunding", "Mobilisasi"}


def test_web_plots_timeline_of_a_given_period(store: object) -> None:
    fig = timeline_figure(store, period=Period("2024", "2024"))
    drawn = [mdates.num2date(x).date() for c in fig.axes[0].collections for x, _ in c.get_offsets()]
    assert drawn and all(d.year == 2024 for d in drawn)


def test_web_plots_network_names_every_entity_with_a_legend(store: object) -> None:
    fig = network_figure(store)
    ax = fig.axes[0]
    labels = _check_labels(fig)
    assert len(labels) == len(set(labels)) == NETWORK_ENTITIES  # the seeds have more entities: the top ones only
    assert {"Kim Jong-un", "Korea Utara", "Sergei Shoigu"} <= set(labels)
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["Orang", "Organisasi", "Tempat"]
