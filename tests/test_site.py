"""The real `explainers build`: MkDocs builds the seed's site strictly, with search and working provenance."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import copy_project, run_cli

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The built site, and what the build printed."""
    project = copy_project(tmp_path_factory.mktemp("site"))
    result = run_cli("build", cwd=project)
    assert result.returncode == 0, result.stderr
    return project / "site", result.stderr


@pytest.fixture(scope="module")
def site(built: tuple[Path, str]) -> Path:
    return built[0]


def test_the_build_log_does_not_list_every_page_outside_the_menu(built: tuple[Path, str]) -> None:
    # Explainers are reached from the index pages, never from the menu: a 1,000-explainer site would list 7,000.
    _, log = built
    assert "not included in the \"nav\"" not in log
    assert "source.md" not in log


def _explainer_dir(site: Path) -> Path:
    dirs = [p for p in site.iterdir() if (p / "source" / "index.html").is_file()]
    assert len(dirs) == 1
    return dirs[0]


def test_every_page_is_built(site: Path) -> None:
    explainer = _explainer_dir(site)
    for page in ("", "background/", "disagreements/", "outlook/", "source/"):
        assert (explainer / page / "index.html").is_file(), page
    assert (site / "index.html").is_file()
    assert (site / "explainers" / "index.html").is_file()


def test_search_index_holds_the_explainer(site: Path) -> None:
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = {doc["location"] for doc in index["docs"]}
    slug = _explainer_dir(site).name
    assert f"{slug}/disagreements/" in locations
    text = " ".join(doc["text"] for doc in index["docs"] if doc["location"].startswith(f"{slug}/"))
    assert "Crimea" in text and "Helsinki" in text


def test_provenance_links_resolve_to_source_paragraphs(site: Path) -> None:
    explainer = _explainer_dir(site)
    source = (explainer / "source" / "index.html").read_text(encoding="utf-8")
    anchors = set(re.findall(r'id="(p\d+)"', source))
    checked = 0
    for page in ("", "background/", "disagreements/", "outlook/"):
        html = (explainer / page / "index.html").read_text(encoding="utf-8")
        for target in re.findall(r'href="(?:\.\./)?source/#(p\d+)"', html):
            assert target in anchors
            checked += 1
    assert checked >= 10


def test_home_page_links_the_explainer(site: Path) -> None:
    home = (site / "index.html").read_text(encoding="utf-8")
    slug = _explainer_dir(site).name
    assert f'href="{slug}/"' in home
    assert "Russia-US summit: can disagreements be resolved?" in home


def test_no_request_to_outside_hosts_is_written_into_pages(site: Path) -> None:
    for html in site.rglob("*.html"):
        text = html.read_text(encoding="utf-8")
        assert "fonts.googleapis.com" not in text and "fonts.gstatic.com" not in text, html


def test_broken_provenance_link_fails_the_strict_build(project: Path) -> None:
    assert run_cli("generate", cwd=project).returncode == 0
    overview = next((project / "docs").glob("*/index.md"))
    overview.write_text(overview.read_text(encoding="utf-8") + "\nSee [here](source.md#p999).\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=project, capture_output=True, text=True, check=False
    )
    assert result.returncode != 0
    assert "p999" in result.stderr
