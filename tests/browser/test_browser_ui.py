"""The web UI in a real browser: timeline, click-through to evidence, search, language, and XSS as text."""
from __future__ import annotations

import pytest
from conftest import screenshot
from playwright.sync_api import Page, expect
from webdata import HOSTILE_ENTITY, HOSTILE_EVENT, HOSTILE_ID, IMG, SCRIPT


def test_browser_timeline_loads_and_zooms(page: Page) -> None:
    page.goto("/")
    expect(page.locator(".events .event").first).to_be_visible()
    dots = page.locator(".axis .dot")
    assert dots.count() > 0
    screenshot(page, "timeline")
    before = page.locator("#axis").bounding_box()["width"]
    page.click("[data-zoom=in]")
    assert page.locator("#axis").bounding_box()["width"] > before * 1.5
    screenshot(page, "timeline-zoomed")


def test_browser_event_click_through_to_evidence(page: Page) -> None:
    page.goto("/")
    page.locator(".events .evidence-link").first.click()
    page.wait_for_url("**/events/**")
    evidence = page.locator(".evidence blockquote").first
    expect(evidence).to_be_visible()
    assert evidence.inner_text().strip()
    page.locator(".evidence cite a").first.click()
    page.wait_for_url("**/articles/**")
    expect(page.locator("article.doc")).to_be_visible()
    screenshot(page, "evidence-article")


def test_browser_axis_dot_opens_event(page: Page) -> None:
    page.goto("/")
    page.locator(".axis .dot").first.click()
    page.wait_for_url("**/events/**")
    expect(page.locator(".evidence li").first).to_be_visible()
    screenshot(page, "event")


def test_browser_search(page: Page) -> None:
    page.goto("/")
    page.fill(".quick-search input", "Rusia")
    page.press(".quick-search input", "Enter")
    page.wait_for_url("**/search?q=Rusia*")
    expect(page.locator(".hits li").first).to_be_visible()
    assert page.locator(".hits mark").count() > 0
    screenshot(page, "search")


def test_browser_language_switch(page: Page) -> None:
    page.goto("/")
    expect(page.locator(".top nav")).to_contain_text("Cerita")
    page.click("a.lang")
    expect(page.locator(".top nav")).to_contain_text("Stories")
    page.goto("/entities")
    expect(page.locator("h1")).to_have_text("Entities")


@pytest.mark.parametrize("path", [f"/articles/{HOSTILE_ID}", f"/entities/{HOSTILE_ENTITY}", f"/events/{HOSTILE_EVENT}",
                                  "/disputed", "/search?q=setuju", f"/quotes?speaker={HOSTILE_ENTITY}"])
def test_browser_xss_payloads_render_as_text(page: Page, path: str) -> None:
    page.goto(path)
    page.wait_for_load_state("load")
    assert page.dialogs == []  # type: ignore[attr-defined]
    assert page.locator("img[src=x], img[onerror]").count() == 0
    assert all("alert(1)" not in s for s in page.locator("script").evaluate_all("els => els.map(e => e.textContent)"))
    body = page.locator("main").inner_text()
    assert SCRIPT in body or IMG in body
    screenshot(page, "xss-" + path.strip("/").replace("/", "-").replace("?", "-").replace("=", "-"))


def test_browser_entity_page_from_an_actor(page: Page) -> None:
    page.goto("/")
    page.locator(".events .actor").first.click()
    page.wait_for_url("**/entities/**")
    expect(page.locator(".chips li").first).to_be_visible()
    assert page.locator("svg.network circle").count() > 1
    screenshot(page, "entity")
