"""The per-item time budget: an article whose annotation runs away is reported, and the batch goes on."""
from __future__ import annotations

import itertools
import threading

import pytest

from linimasa import pipeline
from linimasa.model import Article, Failure, Record
from linimasa.settings import Settings

STUCK = "Kim Jong-un bertemu Sergei Shoigu di Pyongyang, kata kantor berita KCNA pada Rabu (26/7/2023)."
GOOD = "Menteri Pertahanan Rusia Sergei Shoigu tiba di Pyongyang untuk merayakan Hari Kemenangan."


def _runaway(article: Article, settings: Settings) -> Article:
    """A stage that never finishes on one article (as a superlinear loop on a huge one would not)."""
    if "KCNA" in article.text:
        for _ in itertools.count():
            pass
    return article


@pytest.mark.parametrize("budget", [1])
def test_watchdog_runaway_item_is_reported_and_the_batch_goes_on(monkeypatch: pytest.MonkeyPatch,
                                                                  budget: int) -> None:
    monkeypatch.setattr(pipeline, "stages", lambda: [_runaway])
    list(pipeline.process([Record("warm.txt", GOOD)], Settings(item_seconds=0)))  # the cleaner loads its models once
    records = [Record("a.txt", GOOD), Record("b.txt", STUCK), Record("c.txt", GOOD)]
    first, stuck, last = pipeline.process(records, Settings(item_seconds=budget))
    assert stuck == Failure("b.txt", f"took longer than {budget} s (limit: item_seconds)")
    assert isinstance(first, Article) and isinstance(last, Article) and last.source == "c.txt"


def test_watchdog_budget_is_off_outside_the_main_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    """Signals reach only the main thread: a worker thread runs its items without a budget (and without error)."""
    monkeypatch.setattr(pipeline, "stages", lambda: [])
    found: list[object] = []
    worker = threading.Thread(target=lambda: found.extend(pipeline.process([Record("a.txt", GOOD)],
                                                                           Settings(item_seconds=1))))
    worker.start()
    worker.join()
    assert [type(item) for item in found] == [Article]
