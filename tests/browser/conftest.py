"""A real server on a free loopback port and Debian's chromium driven by Playwright (never downloaded).

Without /usr/bin/chromium (scripts/bootstrap-browser.sh installs it) these tests skip locally and
fail under CI=true, so a CI machine that lost its browser cannot pass silently.
"""
from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from webdata import web_settings  # noqa: F401 - fixture

from linimasa.settings import Settings

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def running(app: object) -> Iterator[str]:
    """``app`` served by uvicorn on a free loopback port, in a thread, until the block ends."""
    import uvicorn

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the web server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def server_url(web_settings: Settings) -> Iterator[str]:
    from linimasa.api import create_app

    with running(create_app(web_settings)) as url:
        yield url


@pytest.fixture(scope="session")
def write_server_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server in write mode over an empty database, with a 1 MB request limit."""
    from linimasa.api import create_app

    settings = Settings(database=str(tmp_path_factory.mktemp("write") / "w.db"), max_request_bytes=1_000_000)
    with running(create_app(settings, write=True)) as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} is missing: run scripts/bootstrap-browser.sh"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


def _open(browser: object, server_url: str, viewport: dict[str, int]) -> tuple[object, object]:
    context = browser.new_context(base_url=server_url, viewport=viewport)  # type: ignore[attr-defined]
    page = context.new_page()
    page.dialogs = []  # every alert() a payload manages to fire
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    page.csp_errors = []  # what the Content-Security-Policy refused: the pages must need nothing it forbids
    page.on("console", lambda m: "Content Security Policy" in m.text and page.csp_errors.append(m.text))
    return context, page


@pytest.fixture
def page(browser: object, server_url: str) -> Iterator[object]:
    context, page = _open(browser, server_url, {"width": 1280, "height": 900})
    yield page
    context.close()  # type: ignore[attr-defined]


@pytest.fixture
def phone(browser: object, server_url: str) -> Iterator[object]:
    """A phone-width page (a 360 px wide viewport, as a common Android phone)."""
    context, page = _open(browser, server_url, {"width": 360, "height": 740})
    yield page
    context.close()  # type: ignore[attr-defined]


def screenshot(page: object, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)  # type: ignore[attr-defined]
