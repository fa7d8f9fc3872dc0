"""Attention over time on the seeds (and a hostile article published the same day as seed 002): shares are
articles over the day's articles, checked against a count made here from the stored articles; the API refuses
what it cannot answer; the chart is an SVG document on the entity and search pages; `plot attention` draws it."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient
from webdata import client, web_settings  # noqa: F401 - fixtures

from linimasa.cli import commands
from linimasa.settings import Settings
from linimasa.store import open_store


def expected_shares(settings: Settings, entity: str) -> dict[str, float]:
    store = open_store(settings)
    articles = [a for a in store.articles() if a.published]
    store.close()
    totals = Counter(a.published[:10] for a in articles)  # type: ignore[index]
    mentioning = Counter(a.published[:10] for a in articles  # type: ignore[index]
                         if any(m.entity_id == entity for m in a.entities))
    return {day: round(n / totals[day], 4) for day, n in mentioning.items()}


def test_attention_api_normalises_by_the_days_volume(client: TestClient, web_settings: Settings) -> None:
    body = client.get("/api/attention?entity=loc:korea-utara&q=rudal").json()
    entity, query = body["series"]
    assert entity["label"] == "Korea Utara" and query["kind"] == "query"
    assert {p["day"]: p["share"] for p in entity["points"]} == expected_shares(web_settings, "loc:korea-utara")
    assert {p["day"]: p["share"] for p in entity["points"]}["2023-07-26"] == 0.5  # beside the hostile article
    assert all(p["mentions"] >= p["articles"] >= 1 for p in entity["points"])
    assert {t["day"] for t in body["totals"]} >= {p["day"] for p in entity["points"] + query["points"]}


def test_attention_api_follows_a_linked_short_name(client: TestClient) -> None:
    body = client.get("/api/attention?entity=per:kim-jong-un&since=2023-07-01&until=2023-07-31").json()
    assert body["series"][0]["key"] == "per:kim-jong-un"
    assert all("2023-07-01" <= p["day"] <= "2023-07-31" for p in body["series"][0]["points"])


@pytest.mark.parametrize(("query", "status"), [
    ("", 422),
    ("q=a&q=b&q=c&q=d&q=e&entity=loc:rusia", 422),
    ("entity=per:tidak-ada", 404),
    ("story=s-0000", 404),
    ("q=-rudal", 400),
    ("entity=loc:rusia&since=kemarin", 422),
])
def test_attention_api_refuses_what_it_cannot_answer(client: TestClient, query: str, status: int) -> None:
    answer = client.get(f"/api/attention?{query}")
    assert answer.status_code == status and answer.json()["detail"]


def test_attention_chart_is_an_svg_with_one_line_per_series(client: TestClient) -> None:
    answer = client.get("/attention.svg?entity=loc:korea-utara&entity=loc:rusia&q=rudal")
    root = ET.fromstring(answer.content)
    assert answer.headers["content-type"] == "image/svg+xml"
    assert len(root.findall("{http://www.w3.org/2000/svg}polyline")) == 3


@pytest.mark.parametrize(("page", "chart"), [
    ("/entities/loc:korea-utara", "/attention.svg?entity=loc%3Akorea-utara"),
    ("/search?q=rudal", "/attention.svg?q=rudal"),
])
def test_attention_chart_on_entity_and_search_pages(client: TestClient, page: str, chart: str) -> None:
    html = client.get(page).text
    assert f'src="{chart}' in html
    src = html.split(f'src="{chart}', 1)[1].split('"', 1)[0]
    assert client.get(chart + src.replace("&amp;", "&")).status_code == 200


def test_attention_plot_writes_svg_and_png(web_settings: Settings, tmp_path: Path) -> None:
    result = CliRunner().invoke(commands(), ["--db", web_settings.database, "plot", "attention", "--entity",
                                             "loc:korea-utara", "--query", "rudal", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["attention.png", "attention.svg"]
    assert (tmp_path / "attention.png").stat().st_size > 5_000
