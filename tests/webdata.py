"""A small collection for the API, web and browser tests: the bundled seeds, three CLICK-ID articles that name
Jokowi and the KPK (two from tempo.co), and one hostile article.

The hostile article carries XSS payloads in its title, its text and as an entity name; its layers and
one disputed timeline entry are written by hand so the payloads reach every view whatever the NLP finds.
The timeline is built and published exactly as ``linimasa serve`` does.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from linimasa.collection import Collection
from linimasa.model import Article, Event, Mention, Quote, Sentence, TextWarning
from linimasa.settings import Settings
from linimasa.store import EventRow

SEEDS = Path(__file__).resolve().parents[1] / "examples" / "seeds"
KPK = Path(__file__).resolve().parent / "data" / "web" / "kpk.csv"  # CLICK-ID: Jokowi, KPK, tempo.co
SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
HOSTILE_ID = "0badc0de0badc0de"
HOSTILE_ENTITY = "hostile-entity"
HOSTILE_EVENT = "hostile-event"


def hostile_article() -> Article:
    text = f"Rabu (26/7/2023) {IMG} bertemu Menteri {SCRIPT} di Jakarta. \"Kami setuju {SCRIPT},\" kata {IMG}."
    name_at = text.index(IMG)
    quote_at = text.index('"Kami')
    return Article(
        id=HOSTILE_ID, source="hostile.txt", text=text, title=f"{SCRIPT} {IMG}", outlet=IMG,
        published="2023-07-26", sentences=(Sentence(0, len(text)),),
        entities=(Mention(name_at, name_at + len(IMG), "PER", HOSTILE_ENTITY, IMG),),
        quotes=(Quote(quote_at, text.index(",\" kata") + 2, True, "kata", IMG, HOSTILE_ENTITY),),
        events=(Event(0, len(text), "AGREE", 0, 4, (HOSTILE_ENTITY,), (IMG,), SCRIPT, "2023-07-26"),),
        warnings=(TextWarning(0, 16, "weekday_mismatch", f"{SCRIPT} is not a Wednesday"),))


def hostile_event() -> EventRow:
    """A disputed timeline entry whose every field carries a payload (the timeline may not mark one)."""
    text = hostile_article().text
    return EventRow(id=HOSTILE_EVENT, date="2023-07-26", type="ACCUSE", place=SCRIPT, summary=text, disputed=True,
                    story_id=None, actors=((HOSTILE_ENTITY, IMG),), sources=((HOSTILE_ID, 0, len(text)),),
                    data={"quotes": [SCRIPT]})


def hostile_dispute() -> dict[str, object]:
    """A stored dispute whose every field carries a payload; its source is the hostile article."""
    return {"claim": f"{SCRIPT} menuduh", "claimants": [SCRIPT], "deniers": [IMG], "accused": [IMG],
            "sources": ["hostile.txt"]}


def build(database: str) -> Settings:
    """Ingest the seeds and the hostile article into ``database``; return settings pointing at it."""
    # the test client sends Host: testserver; a real server is reached as 127.0.0.1
    settings = Settings(database=database, allowed_hosts="127.0.0.1,localhost,testserver")
    with Collection(settings) as collection:
        collection.ingest([str(SEEDS), str(KPK)])
        collection.store.add([hostile_article()])
        collection.update_timeline()
        collection.store.put_events([hostile_event()])
        collection.store.put_disputes({"hostile-story": [hostile_dispute()]})
    return settings


@pytest.fixture(scope="session")
def web_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return build(str(tmp_path_factory.mktemp("web") / "web.db"))


@pytest.fixture(scope="session")
def client(web_settings: Settings) -> Iterator[TestClient]:
    from linimasa.api import create_app

    with TestClient(create_app(web_settings), raise_server_exceptions=False) as test_client:
        yield test_client
