"""The seed's site in Debian's Chromium, as a reader on a desktop or a phone meets it."""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pytest
from playwright.sync_api import Page, expect

from .conftest import AXE, Outside, Site

pytestmark = pytest.mark.slow

TITLE = "Russia-US summit: can disagreements be resolved?"


def visit(page: Page, url: str) -> None:
    page.goto(url, wait_until="networkidle")


def search(page: Page, query: str, wanted: str) -> list[str]:
    """Type ``query`` into the header's search box; the result links once ``wanted`` is among them (or 10 s)."""
    box = page.locator("input.md-search__input")
    box.click()
    expect(box).to_be_focused()
    box.press_sequentially(query)
    # Results update per keystroke: wait for the ones that answer the whole query.
    answered = page.locator(f".md-search-result a[href*='h={query.lower()}']")
    expect(answered.first).to_be_visible(timeout=10_000)
    links = page.locator(".md-search-result a")
    hrefs: list[str] = []
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        hrefs = links.evaluate_all("links => links.map(a => a.href)")
        if any(_page_of(href) == wanted for href in hrefs):
            break
        page.wait_for_timeout(200)
    return hrefs


def _page_of(url: str) -> str:
    """The page a URL shows, without the search highlight query or the fragment."""
    return urlunsplit(urlsplit(url)._replace(query="", fragment=""))


def test_home_page_leads_to_the_seed_explainer(page: Page, site: Site) -> None:
    visit(page, site.base)
    expect(page.locator("article h1")).to_contain_text("News explainers")
    page.get_by_role("link", name=TITLE).first.click()
    expect(page).to_have_url(f"{site.base}{site.slug}/")
    expect(page.locator("article h1")).to_contain_text(TITLE)
    # The overview leads with the summary, then the rest of the news.
    headings = [h.strip("¶ \n") for h in page.locator("article h2").all_inner_texts()]
    assert headings[:2] == ["At a glance", "What is happening"], headings


@pytest.mark.parametrize(("query", "page_name"), [("Crimea", "disagreements"), ("Helsinki", "overview")])
def test_search_finds_the_page(page: Page, site: Site, query: str, page_name: str) -> None:
    visit(page, site.base)
    wanted = site.pages()[page_name]
    hrefs = search(page, query, wanted)
    assert any(_page_of(href) == wanted for href in hrefs), hrefs


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_provenance_link_lands_on_the_highlighted_source_paragraph(
    browser_page_for_scheme: Page, site: Site, screenshots: Path, scheme: str
) -> None:
    page = browser_page_for_scheme
    visit(page, site.pages()["disagreements"])
    link = page.locator("article sup a").first
    target = link.get_attribute("href")
    assert target and re.fullmatch(r"\.\./source/#p\d+", target), target
    # Small and unobtrusive: smaller than the text it follows.
    link_size = float(link.evaluate("a => getComputedStyle(a).fontSize").removesuffix("px"))
    body_size = float(page.locator("article p").first.evaluate("p => getComputedStyle(p).fontSize").removesuffix("px"))
    assert link_size < body_size * 0.8
    link.click()
    anchor = target.split("#")[1]
    expect(page).to_have_url(f"{site.base}{site.slug}/source/#{anchor}")
    paragraph = page.locator(f"#{anchor}")
    expect(paragraph).to_be_in_viewport()
    assert paragraph.evaluate("p => p.matches(':target')")
    highlighted = paragraph.evaluate("p => getComputedStyle(p).backgroundColor")
    other = page.locator(".source-paragraph:not(:target)").first.evaluate("p => getComputedStyle(p).backgroundColor")
    assert highlighted not in ("rgba(0, 0, 0, 0)", "transparent", other), (highlighted, other)
    # Not hidden under the sticky header.
    header = page.locator("header.md-header").bounding_box()
    box = paragraph.bounding_box()
    assert header and box and box["y"] >= header["y"] + header["height"] - 1
    page.screenshot(path=screenshots / f"source-linked-paragraph-{scheme}.png")


def test_every_explainer_page_says_what_it_covers(page: Page, site: Site) -> None:
    for name, url in site.pages().items():
        if name in ("home", "not-found"):
            continue
        visit(page, url)
        # The first thing after the title: one line on what this page covers.
        lede = page.locator("article h1 + p.page-lede")
        expect(lede, f"{name} has no one-line summary under its title").to_have_count(1)
        assert 20 < len(lede.inner_text()) < 200, (name, lede.inner_text())


def test_no_request_leaves_the_loopback_address(page: Page, site: Site, outside: Outside) -> None:
    seen: list[str] = []
    page.on("request", lambda request: seen.append(request.url))
    for url in site.pages().values():
        visit(page, url)
    visit(page, site.base)
    search(page, "Helsinki", site.pages()["overview"])
    hosts = {urlsplit(url).hostname for url in seen}
    assert hosts == {"127.0.0.1"}, sorted(url for url in seen if urlsplit(url).hostname != "127.0.0.1")
    # The pages did load their theme: stylesheets, scripts and the search index, all from here.
    assert any(url.endswith(".css") for url in seen) and any(url.endswith(".js") for url in seen)
    assert any("search_index.json" in url for url in seen)
    assert outside.urls == []


def test_not_found_page_works_under_the_project_subpath(page: Page, site: Site) -> None:
    failed: list[str] = []
    page.on("requestfinished", lambda r: failed.append(r.url) if (resp := r.response()) and resp.status >= 400
            and r.resource_type != "document" else None)
    response = page.goto(site.pages()["not-found"], wait_until="networkidle")
    assert response and response.status == 404
    expect(page.locator("article h1")).to_contain_text("404")
    assert failed == [], failed
    # The theme's stylesheet loaded: the header is styled, not a bare list of links.
    assert page.locator("header.md-header").evaluate("h => getComputedStyle(h).position") == "sticky"
    page.get_by_role("link", name="News explainers").first.click()
    expect(page).to_have_url(site.base)


STICKING_OUT = """() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('article *')]
        .filter(el => el.getBoundingClientRect().right > width + 1 && !el.closest('pre, .md-typeset__scrollwrap'))
        .slice(0, 3).map(el => el.tagName + ' ' + (el.textContent || '').slice(0, 40));
}"""


def test_no_page_scrolls_sideways_on_a_phone(phone: Page, site: Site, screenshots: Path) -> None:
    wide: dict[str, list[Any]] = {}
    for name, url in site.pages().items():
        visit(phone, url)
        widths = phone.evaluate("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        if widths[0] > widths[1]:
            wide[name] = widths
        # Content clipped at the right edge is as bad as a sideways scroll, and scrollWidth misses it.
        if sticking_out := phone.evaluate(STICKING_OUT):
            wide[name] = sticking_out
        phone.screenshot(path=screenshots / f"{name}-phone.png", full_page=True)
    assert wide == {}, f"pages wider than the 375px screen ([scrollWidth, clientWidth] or what sticks out): {wide}"


def axe_violations(page: Page) -> list[dict[str, Any]]:
    page.add_script_tag(path=AXE)
    result: list[dict[str, Any]] = page.evaluate(
        """async () => {
            const {violations} = await axe.run(document, {resultTypes: ['violations']});
            return violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => ({id: v.id, impact: v.impact, help: v.help,
                            nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ': ' + n.failureSummary)}));
        }"""
    )
    return result


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_serious_violation_on_any_page_type(
    browser_page_for_scheme: Page, site: Site, screenshots: Path, scheme: str
) -> None:
    if not AXE.is_file():
        pytest.fail(f"{AXE} is missing: `make test` installs axe-core with npm ci")
    found: dict[str, list[dict[str, Any]]] = {}
    for name, url in site.pages().items():
        visit(browser_page_for_scheme, url)
        browser_page_for_scheme.screenshot(path=screenshots / f"{name}-{scheme}.png", full_page=True)
        if violations := axe_violations(browser_page_for_scheme):
            found[name] = violations
    assert found == {}, found


@pytest.fixture
def browser_page_for_scheme(request: pytest.FixtureRequest, scheme: str) -> Page:
    fixture = "page" if scheme == "light" else "dark_page"
    result: Page = request.getfixturevalue(fixture)
    return result
