"""Exports people open: CSV safe in spreadsheets (formulas neutralised, a BOM for Excel), TimelineJS with
groups and source links from the configured base URL, GraphML cached per database version."""
from __future__ import annotations

import csv
import io
import json

import pytest
from fastapi.testclient import TestClient
from webdata import HOSTILE_EVENT, client, web_settings  # noqa: F401 - fixtures

from linimasa.api import create_app
from linimasa.api.exports import BOM, cell, export
from linimasa.settings import Settings
from linimasa.store import EventRow


@pytest.mark.parametrize(("value", "shown"), [
    ('=HYPERLINK("http://evil.example","klik")', '\'=HYPERLINK("http://evil.example","klik")'),
    ("=1+2", "'=1+2"), ("+62 812", "'+62 812"), ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"),
    ("\rx", "'\rx"), ("Presiden Joko Widodo", "Presiden Joko Widodo"), ("a=b", "a=b"), (3, 3), (None, None),
    (["=1", "b"], "'=1; b"),
])
def test_api_exports_csv_cell_neutralises_formulas(value: object, shown: object) -> None:
    assert cell(value) == shown


def test_api_exports_csv_file_neutralises_every_column(memory_store: object) -> None:
    formula = '=HYPERLINK("http://evil.example","klik")'
    memory_store.put_events([EventRow(id="e1", date="2023-07-26", type="AGREE", place=formula, summary="=1+2",  # type: ignore[attr-defined]
                                      actors=(("per:x", "@SUM(A1)"),))])
    body, media = export(memory_store, "events.csv", base="http://127.0.0.1:8000")
    [row] = list(csv.DictReader(io.StringIO(body)))
    assert (row["place"], row["summary"], row["actors"]) == ("'" + formula, "'=1+2", "'@SUM(A1)")
    assert media.startswith("text/csv") and not body.startswith(BOM)


@pytest.mark.parametrize("kind", ["events.csv", "entities.csv", "quotes.csv"])
def test_api_exports_excel_csv_starts_with_a_bom(client: TestClient, kind: str) -> None:
    plain, excel = client.get(f"/api/export/{kind}"), client.get(f"/api/export/{kind}?excel=true")
    assert excel.content.startswith(BOM.encode()) and not plain.content.startswith(BOM.encode())
    assert excel.content[len(BOM.encode()):] == plain.content


def test_api_exports_timelinejs_groups_and_links_from_the_base_url(web_settings: Settings) -> None:
    with TestClient(create_app(web_settings.updated(base_url="https://linimasa.example/"))) as fresh:
        doc = fresh.get("/api/export/timelinejs.json", headers={"X-Forwarded-Host": "evil.example"}).json()
    groups = {slide["group"] for slide in doc["events"]}
    assert "Bertemu/berunding" in groups and not groups & {"CONSULT", ""}
    for slide in doc["events"]:
        assert 'href="https://linimasa.example/events/' in slide["text"]["text"]
        assert "sumber</a>" in slide["text"]["text"] and "evil.example" not in slide["text"]["text"]
    hostile = next(s for s in doc["events"] if s["unique_id"] == f"e-{HOSTILE_EVENT}")
    assert "<script>" not in json.dumps(hostile)


def test_api_exports_graphml_is_built_once_per_version(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from linimasa.api import exports

    calls = []
    real = exports.graphml
    monkeypatch.setattr(exports, "graphml", lambda store, **kw: calls.append(1) or real(store, **kw))
    bodies = {client.get("/api/export/network.graphml").text for _ in range(3)}
    assert len(bodies) == 1 and len(calls) <= 1  # 0 when an earlier test built it for this version
