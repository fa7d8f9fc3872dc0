"""The web UI in a real browser, as an analyst uses it: forms, evidence to the sentence, disputes, words not ids,
the axis, exports, a phone, and XSS payloads shown as text. Screenshots go to test-artifacts/ (not committed)."""
from __future__ import annotations

import re

import pytest
from conftest import screenshot
from playwright.sync_api import Page, expect
from webdata import HOSTILE_ENTITY, HOSTILE_EVENT, HOSTILE_ID, IMG, SCRIPT

PAGES = ["/", "/stories", "/entities", "/articles", "/quotes", "/disputed", "/search?q=Rusia", "/exports",
         f"/articles/{HOSTILE_ID}", f"/events/{HOSTILE_EVENT}", f"/entities/{HOSTILE_ENTITY}", "/nowhere"]


@pytest.mark.parametrize(("path", "form"), [("/", "form.filters"), ("/quotes", "form.filters"),
                                            ("/entities", "form.filters"), ("/disputed", "form.filters"),
                                            ("/search", "form.search")])
def test_browser_form_submitted_empty_answers(page: Page, path: str, form: str) -> None:
    page.goto(path)
    with page.expect_navigation() as navigation:
        page.locator(f"{form} button[type=submit]").click()
    assert navigation.value.status == 200
    assert page.locator(".field-error").count() == 0
    assert "String should match" not in page.content()
    screenshot(page, "form-empty-" + (path.strip("/") or "timeline"))


def test_browser_timeline_filter_by_type_keeps_the_others_empty(page: Page) -> None:
    page.goto("/")
    page.select_option("select[name=type]", "CONSULT")
    page.locator("form.filters button[type=submit]").click()
    page.wait_for_url(re.compile(r"type=CONSULT"))
    rows = page.locator(".events .event .type")
    assert rows.count() > 0
    assert set(rows.evaluate_all("els => els.map(e => e.title)")) == {"CONSULT"}


@pytest.mark.parametrize(("field", "value", "expected"), [
    ("since", "2019-13-45", "Tanggal tidak dikenali"), ("until", "kemarin", "Tanggal tidak dikenali")])
def test_browser_bad_value_is_named_beside_its_field(page: Page, field: str, value: str, expected: str) -> None:
    page.goto("/")
    page.fill(f"input[name={field}]", value)
    page.locator("form.filters button[type=submit]").click()
    page.wait_for_load_state()
    error = page.locator(f"#{field}-error")
    expect(error).to_contain_text(expected)
    expect(page.locator(f"input[name={field}]")).to_have_attribute("aria-invalid", "true")
    expect(page.locator(f"input[name={field}]")).to_have_value(value)  # kept, to be corrected
    # the error sits right after its field, and the rest of the page still lists the timeline
    label_box, error_box = page.locator(f"input[name={field}]").bounding_box(), error.bounding_box()
    assert 0 <= error_box["y"] - label_box["y"] < 60
    assert page.locator(".events .event").count() > 0
    screenshot(page, f"form-error-{field}")


@pytest.mark.parametrize(("field", "typed", "check"), [
    ("entity", "KPK", "Komisi Pemberantasan Korupsi"), ("entity", "Korut", "Korea Utara"),
    ("outlet", "tempo.co", None)])
def test_browser_timeline_filter_by_alias(page: Page, field: str, typed: str, check: str | None) -> None:
    page.goto("/")
    page.fill(f"input[name={field}]", typed)
    page.locator("form.filters button[type=submit]").click()
    page.wait_for_url(re.compile(f"{field}="))
    rows = page.locator(".events .event")
    assert rows.count() > 0 and page.locator(".field-error").count() == 0
    if check:
        assert all(check in names for names in rows.locator(".actors").all_inner_texts())
    screenshot(page, f"filter-{field}-{typed}")


def test_browser_autocomplete_suggests_aliases(page: Page) -> None:
    page.goto("/")
    page.locator("input[name=entity]").press_sequentially("Jok", delay=50)
    options = page.locator("#entity-names option")
    expect(options.first).to_be_attached()
    values = options.evaluate_all("els => els.map(e => [e.value, e.label])")
    assert ["Jokowi", "Joko Widodo"] in values


def test_browser_entities_name_search(page: Page) -> None:
    page.goto("/entities")
    page.fill("form.filters input[name=q]", "jokowi")
    page.locator("form.filters button[type=submit]").click()
    page.wait_for_url(re.compile(r"q=jokowi"))
    expect(page.locator("table.entities tbody tr").first).to_contain_text("Joko Widodo")
    screenshot(page, "entities-search")


def test_browser_timeline_opens_on_the_news_with_page_numbers(page: Page) -> None:
    page.goto("/?limit=4")
    dates = page.locator(".events .event .date").evaluate_all("els => els.map(e => e.title)")
    assert dates[0] == "2024-09-14" and dates == sorted(dates, reverse=True)
    expect(page.locator("select[name=sort]")).to_have_value("newest")
    pages = page.locator(".pager a:not([rel])").all_inner_texts()
    assert "2" in pages
    page.locator(".pager a", has_text="2").first.click()
    expect(page.locator(".pager .current")).to_have_text("2")
    page.select_option("select[name=sort]", "oldest")
    page.locator("form.filters button[type=submit]").click()
    page.wait_for_url(re.compile("sort=oldest"))
    first = page.locator(".events .event .date").first.get_attribute("title")
    assert first and first < "2020"
    screenshot(page, "timeline-oldest")


def test_browser_until_before_since_is_explained(page: Page) -> None:
    page.goto("/?since=2024-01&until=2023-12")
    expect(page.locator("#until-error")).to_contain_text("'Sampai' harus sama dengan atau sesudah")


def test_browser_evidence_link_lands_on_the_highlighted_sentence(page: Page) -> None:
    page.goto("/")
    page.locator(".events .evidence-link").first.click()
    page.wait_for_url("**/events/**")
    quoted = page.locator(".evidence blockquote").first.inner_text().strip()
    trigger = page.locator(".evidence blockquote mark.trigger").first.inner_text()
    page.locator(".evidence cite a").first.click()
    page.wait_for_url(re.compile(r"/articles/[0-9a-f]+#s-\d+$"))
    target = page.locator(".sentence:target")
    expect(target).to_be_visible()
    words = target.evaluate("el => { const c = el.cloneNode(true); c.querySelectorAll('.tag').forEach(t => t.remove());"
                            " return c.textContent; }")
    assert " ".join(quoted.split()) == " ".join(words.split())
    assert target.evaluate("el => getComputedStyle(el).backgroundColor") not in ("rgba(0, 0, 0, 0)", "transparent")
    assert trigger in target.locator(".trigger").all_inner_texts()
    screenshot(page, "evidence-sentence")


def test_browser_article_links_the_original_and_explains_warnings(page: Page) -> None:
    page.goto("/articles")
    page.locator(".rows a", has_text="Kim Jong-un Ungkap Dukungan").click()
    expect(page.locator(".warnings li").first).to_contain_text("tidak cocok")
    expect(page.locator(".warnings li").first).to_contain_text("jatuh pada hari Selasa")
    expect(page.locator(".meta").first).to_contain_text("Rabu, 13 September 2023 pukul 21.10 WIB")
    screenshot(page, "article-warnings")


def test_browser_disputes_on_the_seeds(page: Page) -> None:
    page.goto("/disputed")
    claims = page.locator(".dispute .claim").all_inner_texts()
    assert any("AS menuduh Korea Utara menyediakan senjata" in c for c in claims)
    assert any("Pyongyang telah mengirimkan senjata" in c for c in claims)
    dispute = page.locator(".dispute", has_text="AS menuduh Korea Utara")
    expect(dispute.locator(".facts")).to_contain_text("Amerika Serikat")
    expect(dispute.locator(".facts")).to_contain_text("Rusia, Korea Utara")
    screenshot(page, "disputed")
    dispute.locator("a.role-denial").first.click()
    page.wait_for_url(re.compile(r"#s-\d+$"))
    expect(page.locator(".sentence:target")).to_be_visible()
    screenshot(page, "dispute-denial-sentence")


def test_browser_timeline_shows_its_disputes(page: Page) -> None:
    page.goto("/")
    page.check("input[name=disputed]")
    page.locator("form.filters button[type=submit]").click()
    page.wait_for_url(re.compile(r"disputed=true"))
    rows = page.locator(".events .event")
    assert rows.count() > 0 and rows.count() == page.locator(".events .event.is-disputed").count()
    screenshot(page, "timeline-disputed")
    page.locator(".disputes-note a").click()
    page.wait_for_url(re.compile(r"/disputed$"))
    assert page.locator(".dispute").count() == 3  # the seeds' two, and the hostile article's


def test_browser_disputes_filtered_by_party(page: Page) -> None:
    page.goto("/disputed")
    page.fill("input[name=party]", "Gedung Putih")
    page.locator("form.filters button[type=submit]").click()
    page.wait_for_url(re.compile(r"party=Gedung"))
    assert page.locator(".dispute").count() == 1
    expect(page.locator(".dispute .claim")).to_contain_text("Menurut Gedung Putih")


def test_browser_words_not_ids(page: Page) -> None:
    page.goto("/stories")
    stories = page.locator(".rows li > a").all_inner_texts()
    assert stories and not any(re.fullmatch(r"s-[0-9a-f]+", s) for s in stories)
    page.locator(".rows li > a").first.click()
    heading = page.locator("h1").inner_text()
    assert not re.search(r"\bs-[0-9a-f]{8,}", heading) and len(heading) > 20
    screenshot(page, "story")
    page.goto("/articles")
    page.locator(".rows a", has_text="PYONGYANG").first.click()
    copies = page.locator("h2:has-text('Salinan') + ul li")
    expect(copies.first).to_contain_text("tulisan ulang")
    assert not re.fullmatch(r"[0-9a-f]{16}", copies.first.locator("a").inner_text())


def test_browser_error_page_in_indonesian_with_favicon(page: Page) -> None:
    response = page.goto("/articles/ffffffffffff")
    assert response is not None and response.status == 404
    expect(page.locator("h1")).to_have_text("Halaman atau data yang dicari tidak ada.")
    assert "Galat 404" not in page.content()
    icon = page.request.get(page.locator("link[rel=icon]").get_attribute("href"))
    assert icon.status == 200 and icon.headers["content-type"].startswith("image/svg")
    screenshot(page, "error-404")


def test_browser_date_placeholders_come_from_the_collection(page: Page) -> None:
    page.goto("/")
    since = page.locator("input[name=since]").get_attribute("placeholder")
    until = page.locator("input[name=until]").get_attribute("placeholder")
    assert (since, until) == ("2024-09", "2024-09-14")  # the seeds' latest publication date


def test_browser_axis_groups_per_day_and_shows_actors_on_hover(page: Page) -> None:
    page.goto("/?sort=oldest&since=2023-07&until=2023-07")
    marks = page.locator("#axis .mark")
    counts = page.locator("#axis .mark .count").all_text_contents()
    assert marks.count() > 1 and any(int(c) > 1 for c in counts)
    page.locator('#axis .mark[aria-label^="Rabu, 26 Juli 2023"] circle').hover()  # several entries that day
    card = page.locator(".tipcard")
    expect(card).to_be_visible()
    expect(card).to_contain_text("peristiwa")
    expect(card).to_contain_text("Kim Jong-un")
    screenshot(page, "axis-hover")
    before = page.locator("#axis").bounding_box()["width"]
    page.click("[data-zoom=in]")
    assert page.locator("#axis").bounding_box()["width"] > before * 1.5
    screenshot(page, "axis-zoomed")


def test_browser_every_export_is_linked_and_answers(page: Page) -> None:
    page.goto("/exports")
    links = page.locator(".downloads a").evaluate_all("els => els.map(e => e.getAttribute('href'))")
    assert len(links) >= 10
    for href in links:
        assert page.request.get(href).status == 200, href
    screenshot(page, "exports")


@pytest.mark.parametrize("path", ["/", "/entities", "/disputed", f"/articles/{HOSTILE_ID}", "/quotes",
                                  "/stories", f"/events/{HOSTILE_EVENT}", "/search?q=Rusia"])
def test_browser_phone_width_has_no_horizontal_overflow(phone: Page, path: str) -> None:
    phone.goto(path)
    width = phone.evaluate("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert width[0] <= width[1], width
    screenshot(phone, "phone-" + (path.strip("/").replace("/", "-").replace("?", "-").replace("=", "-") or "timeline"))


def test_browser_pages_need_nothing_the_csp_refuses(page: Page) -> None:
    for path in PAGES:
        page.goto(path)
        page.wait_for_load_state("load")
    assert page.csp_errors == []  # type: ignore[attr-defined]


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
