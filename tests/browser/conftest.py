"""Browser fixtures: the seed's site built as GitHub Pages would serve it, and Debian's Chromium driving it.

The site is built with ``SITE_URL`` pointing at a project subpath (``/news/``) and served on
127.0.0.1 by a small thread that, like GitHub Pages, answers unknown paths with ``404.html``.
"""

from __future__ import annotations

import http.server
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, Request, Route, sync_playwright

from ..conftest import ROOT, copy_project

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update"]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
MOUNT = "/news/"
"""The project subpath, as in https://OWNER.github.io/news/."""
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 375, "height": 740}

# Never let Playwright fetch a browser of its own: these tests use Debian's.
os.environ["PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD"] = "1"


@dataclass(frozen=True)
class Site:
    """The built site as the browser sees it."""

    root: Path
    """The built site folder (what would be uploaded to Pages)."""
    base: str
    """URL of the home page, ending in the mount path."""
    slug: str
    """The seed explainer's folder."""

    def pages(self) -> dict[str, str]:
        """One URL per page type: name -> URL. New explainer pages (players, timeline...) join by themselves."""
        pages = {
            "home": self.base,
            "explainers-index": f"{self.base}explainers/",
            "overview": f"{self.base}{self.slug}/",
        }
        for sub in sorted((self.root / self.slug).iterdir()):
            if (sub / "index.html").is_file():
                pages[sub.name] = f"{self.base}{self.slug}/{sub.name}/"
        pages["not-found"] = f"{self.base}no-such-page/"
        return pages


class _PagesHandler(http.server.SimpleHTTPRequestHandler):
    """Static files under MOUNT; anything else, or missing, gets the site's 404 page with status 404."""

    def translate_path(self, path: str) -> str:
        route = urlsplit(path).path
        if not route.startswith(MOUNT):
            return str(Path(self.directory) / "\0missing")
        return super().translate_path("/" + route[len(MOUNT):])

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    project = copy_project(tmp_path_factory.mktemp("browser-site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), partial(_PagesHandler, directory=str(project / "site")))
    base = f"http://127.0.0.1:{server.server_address[1]}{MOUNT}"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": base}
    result = subprocess.run([sys.executable, "-m", "generator", "build"], cwd=project, env=env,
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    slugs = [p.name for p in (project / "site").iterdir() if (p / "source" / "index.html").is_file()]
    assert len(slugs) == 1, slugs
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Site(project / "site", base, slugs[0])
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    if not CHROMIUM.is_file():
        pytest.fail(f"{CHROMIUM} is missing: `make test` installs it (apt-get install chromium chromium-driver)")
    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
    yield browser
    browser.close()


@dataclass
class Outside:
    """Requests that tried to leave 127.0.0.1; the route aborts them."""

    urls: list[str] = field(default_factory=list)


def _open_context(browser: Browser, outside: Outside, **options: Any) -> BrowserContext:
    context = browser.new_context(**options)

    def guard(route: Route, request: Request) -> None:
        if urlsplit(request.url).hostname == "127.0.0.1" or request.url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            outside.urls.append(request.url)
            route.abort()

    context.route("**/*", guard)
    return context


@pytest.fixture
def outside() -> Iterator[Outside]:
    """Every test's browser traffic is checked: nothing may leave 127.0.0.1."""
    record = Outside()
    yield record
    assert record.urls == [], f"requests left 127.0.0.1: {record.urls}"


@pytest.fixture
def page(browser: Browser, outside: Outside) -> Iterator[Page]:
    context = _open_context(browser, outside, viewport=DESKTOP)
    yield context.new_page()
    context.close()


@pytest.fixture
def phone(browser: Browser, outside: Outside) -> Iterator[Page]:
    context = _open_context(browser, outside, viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True)
    yield context.new_page()
    context.close()


@pytest.fixture
def dark_page(browser: Browser, outside: Outside) -> Iterator[Page]:
    context = _open_context(browser, outside, viewport=DESKTOP, color_scheme="dark")
    yield context.new_page()
    context.close()


@pytest.fixture(scope="session")
def screenshots() -> Path:
    shutil.rmtree(SCREENSHOTS, ignore_errors=True)
    SCREENSHOTS.mkdir(parents=True)
    return SCREENSHOTS
