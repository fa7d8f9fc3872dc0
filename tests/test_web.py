"""Server-rendered pages: they answer, switch language, escape hostile text; and the helpers behind them."""
from __future__ import annotations

from itertools import pairwise

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient
from webdata import HOSTILE_ENTITY, HOSTILE_EVENT, HOSTILE_ID, IMG, SCRIPT, client, web_settings  # noqa: F401

from linimasa.api import create_app
from linimasa.cli import commands
from linimasa.settings import Settings
from linimasa.web.axis import GAP, layout
from linimasa.web.highlight import Mark, segments, snippet_pieces

HOSTILE_PAGES = [f"/articles/{HOSTILE_ID}", f"/entities/{HOSTILE_ENTITY}", f"/events/{HOSTILE_EVENT}", "/disputed",
                 "/entities?limit=200", "/articles?limit=200", "/stories?limit=200", "/search?q=setuju",
                 f"/quotes?speaker={HOSTILE_ENTITY}", "/?since=2023-07-26&until=2023-07-26"]


@pytest.mark.parametrize("path", ["/", "/stories", "/entities", "/articles", "/search", "/search?q=rusia",
                                  "/quotes", "/disputed", *HOSTILE_PAGES])
def test_web_page_renders(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")


@pytest.mark.parametrize("path", HOSTILE_PAGES)
def test_web_hostile_text_is_escaped(client: TestClient, path: str) -> None:
    html = client.get(path).text
    assert SCRIPT not in html and IMG not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html or "&#34;&gt;&lt;img" in html


@pytest.mark.parametrize(("query", "expected", "absent"), [
    ("", "Linimasa", "Timeline</a>"), ("?lang=en", "Timeline</a>", "Cerita"), ("?lang=xx", "Cerita", "Stories"),
])
def test_web_language_switch(web_settings: Settings, query: str, expected: str, absent: str) -> None:
    with TestClient(create_app(web_settings)) as fresh:  # no language cookie from other tests
        html = fresh.get("/" + query).text
    assert expected in html and absent not in html


def test_web_language_is_remembered(web_settings: Settings) -> None:
    with TestClient(create_app(web_settings)) as fresh:
        fresh.get("/?lang=en")
        assert "Stories" in fresh.get("/stories").text


def test_web_search_error_is_a_clear_page(client: TestClient) -> None:
    response = client.get("/search", params={"q": "NEAR("})
    assert response.status_code == 422
    assert 'class="field-error" id="q-error"' in response.text and "Pencarian memakai kata" in response.text
    assert 'value="NEAR("' in response.text  # what was typed stays in the field


@pytest.mark.parametrize(("text", "marks"), [
    ("Jokowi ke Bogor", [Mark(0, 6, "ent", "PER"), Mark(10, 15, "ent", "LOC")]),
    ("kata dia Senin", [Mark(0, 14, "quote", "X"), Mark(9, 14, "timex", "DATE"), Mark(9, 14, "warn", "w")]),
    ("ab", [Mark(1, 9, "ent", "PER"), Mark(2, 1, "ent", "PER"), Mark(-1, 1, "ent", "PER")]),
    ("", []),
])
def test_web_highlight_segments_cover_the_text_exactly(text: str, marks: list[Mark]) -> None:
    cut = segments(text, marks)
    assert "".join(s.text for s in cut) == text
    valid = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    assert sum(len(s.tags) for s in cut) == len(valid)


def test_web_highlight_nested_marks_share_a_segment() -> None:
    cut = segments("kata dia Senin", [Mark(0, 14, "quote", "X"), Mark(9, 14, "timex", "DATE")])
    assert [(s.text, s.classes) for s in cut] == [("kata dia ", ("quote",)), ("Senin", ("quote", "timex"))]


@pytest.mark.parametrize(("snippet", "marks", "pieces"), [
    ("a bc d", ((2, 4),), [("a ", False), ("bc", True), (" d", False)]),
    ("abc", ((0, 3),), [("abc", True)]),
    ("abc", ((1, 9), (0, 1)), [("a", True), ("bc", False)]),
])
def test_web_snippet_pieces(snippet: str, marks: tuple, pieces: list) -> None:
    assert snippet_pieces(snippet, marks) == pieces


@pytest.mark.parametrize(("dates", "groups", "inside"), [
    (["2023-07-26", "2023-07-26", "2023-07", "2023"], {"2023-07-26": 2, "2023-07": 1, "2023": 1}, 3),
    (["1950"] + [f"2023-07-{d:02d}" for d in range(1, 29)], {"1950": 1} | {f"2023-07-{d:02d}": 1 for d in range(1, 29)},
     28),
    (["2023-09-13T21:10+07:00", "2023-09-13", "2023-09-14"], {"2023-09-13": 2, "2023-09-14": 1}, 2),
])
def test_web_axis_groups_entries_per_day(dates: list[str], groups: dict[str, int], inside: int) -> None:
    axis = layout([{"id": str(i), "date": d, "type": "CONSULT", "actors": []} for i, d in enumerate(dates)])
    assert axis is not None
    assert {g.key: g.count for g in axis.groups} == groups
    assert all(0 <= g.x <= 100 for g in axis.groups)
    assert sum(not g.outside for g in axis.groups) == inside


def test_web_axis_markers_on_one_row_never_overlap() -> None:
    days = [f"2023-07-{d:02d}" for d in range(1, 32)] * 3
    axis = layout([{"id": str(i), "date": d, "actors": [{"name": f"A{i % 4}"}]} for i, d in enumerate(days)])
    assert axis is not None and len(axis.groups) == 31
    for row in {g.row for g in axis.groups}:
        xs = sorted(g.x for g in axis.groups if g.row == row)
        assert all(b - a >= GAP - 1e-9 for a, b in pairwise(xs))
    assert set(axis.groups[0].actors) == {"A0", "A3", "A2"}  # the day's three entries: actors for the hover card


@pytest.mark.parametrize("dates", [[], [None, "PRESENT_REF", "2023-W30x"]])
def test_web_axis_none_without_dates(dates: list) -> None:
    assert layout([{"id": str(i), "date": d} for i, d in enumerate(dates)]) is None


@pytest.mark.parametrize("kind", ["events.csv", "quotes.json", "timelinejs.json", "network.graphml"])
def test_web_cli_export(web_settings: Settings, tmp_path: object, kind: str) -> None:
    out = tmp_path / kind  # type: ignore[operator]
    result = CliRunner().invoke(commands(), ["--db", web_settings.database, "export", kind, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").strip()


def test_web_cli_plot_writes_png_and_svg(web_settings: Settings, tmp_path: object) -> None:
    result = CliRunner().invoke(commands(), ["--db", web_settings.database, "plot", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in tmp_path.iterdir())  # type: ignore[attr-defined]
    assert names == ["network.png", "network.svg", "timeline.png", "timeline.svg"]


def test_web_linked_short_name_redirects_to_the_full_name(web_settings: Settings, client: TestClient) -> None:
    from linimasa.store import open_store

    store = open_store(web_settings)
    store.put_entity_links({"per:kim-only-in-this-test": "per:kim-jong-un"})
    store.close()
    response = client.get("/entities/per:kim-only-in-this-test", follow_redirects=False)
    assert response.status_code == 307 and response.headers["location"] == "/entities/per:kim-jong-un"
    assert "Kim Jong-un" in client.get("/entities/per:kim-only-in-this-test").text


def test_web_story_and_event_pages_show_their_disputes(client: TestClient) -> None:
    disputes = [d for d in client.get("/api/disputes").json()["items"] if d["story"]]  # stories the seeds stored
    assert len(disputes) == 2
    for dispute in disputes:
        assert client.get("/api/disputes", params={"story": dispute["story_id"]}).json()["total"] == 1
        page = client.get(f"/stories/{dispute['story_id']}").text
        assert dispute["claim"][:40] in page and "Yang membantah" in page
        story = client.get(f"/api/stories/{dispute['story_id']}").json()
        assert [d["claim"] for d in story["disputes"]] == [dispute["claim"]]
        events = story["events"]
        assert all(dispute["claim"][:40] in client.get(f"/events/{e['id']}").text for e in events)
        assert all(client.get(f"/api/events/{e['id']}").json()["disputes"] == [dispute] for e in events)
