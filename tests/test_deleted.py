"""Links to a page the editor deleted become their words: the link goes, the text a reader sees stays."""

from __future__ import annotations

import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath

import markdown
import pytest

from generator.deleted import missing, without_links
from generator.listings import Listing, site_pages
from generator.models import Page

from .conftest import ROOT

SLUG = "russia-us-summit-can-disagreements-be-resolved"
GOLDEN = ROOT / "tests" / "golden"
HOSTILE_TITLES = [
    "Brackets [Timeline](timeline.md) in a title",
    "A ] lone bracket and a \\ backslash",
    "Parens (see ../hostile-0/timeline.md) and a trailing \\",
    'Quotes "[x](timeline.md "t")" and *stars*',
    "<b>markup</b> &amp; `code` | pipe",
]


class _Reader(HTMLParser):
    """The text a reader sees and the links a page holds."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.links += [value or "" for name, value in attrs if tag == "a" and name == "href"]

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _read(page: Page) -> tuple[str, list[str]]:
    body = page.text.split("\n---\n", 1)[1]
    reader = _Reader()
    reader.feed(markdown.markdown(body, extensions=["attr_list"]))
    return "".join(reader.text), reader.links


def _resolve(page: Page, href: str) -> str:
    path = PurePosixPath(page.path.parent, href.partition("#")[0])
    parts: list[str] = []
    for part in path.parts:
        if part == "..":
            parts.pop()
        elif part != ".":
            parts.append(part)
    return "/".join(parts)


def _assert_only_links_to_gone_dropped(before: list[Page], after: list[Page], gone: set[str]) -> int:
    """Every page reads the same; it lost exactly its links to ``gone``. The number of links dropped."""
    dropped = 0
    for old, new in zip(before, after, strict=True):
        assert new.path == old.path
        assert new.text.split("\n---\n")[0] == old.text.split("\n---\n")[0], "the front matter is never touched"
        old_text, old_links = _read(old)
        new_text, new_links = _read(new)
        assert new_text == old_text, old.path
        kept = [href for href in old_links if _resolve(old, href) not in gone]
        assert new_links == kept, old.path
        dropped += len(old_links) - len(kept)
    return dropped


@pytest.mark.parametrize("title", HOSTILE_TITLES)
def test_a_hostile_title_keeps_its_words_on_the_site_pages(title: str) -> None:
    listed = [
        Listing(f"hostile-{i}", title if i == 0 else f"Other story {i}", "A summary.", "Wire", date(2024, 3, i + 1),
                (("person", "Ann Example"),))
        for i in range(3)
    ]
    pages = site_pages(listed)
    gone = {"hostile-0/timeline.md", "hostile-0/index.md", "hostile-1/players.md"}
    after = without_links(pages, gone)
    dropped = _assert_only_links_to_gone_dropped(pages, after, gone)
    # hostile-0's title on the home page and the month page, its Timeline; hostile-1's Key players on the
    # month page and under its player on the letter page.
    assert dropped == 5
    month = next(p.text for p in after if p.path == PurePosixPath("explainers/2024-03.md"))
    assert "(../hostile-0/index.md)" not in month and "(../hostile-2/index.md)" in month


def test_the_seed_explainer_loses_its_links_to_its_source_and_overview_and_nothing_else() -> None:
    pages = [
        Page(PurePosixPath(path.relative_to(GOLDEN).as_posix()), path.read_text(encoding="utf-8"))
        for path in sorted(GOLDEN.rglob("*.md"))
    ]
    gone = {f"{SLUG}/source.md", f"{SLUG}/index.md"}
    after = without_links(pages, gone)
    assert _assert_only_links_to_gone_dropped(pages, after, gone) > 40  # every provenance link, every way back
    background = next(p.text for p in after if p.path == PurePosixPath(SLUG, "background.md"))
    assert "source.md" not in background and "Back to the overview" in background
    assert re.search(r"<sup>¶\d+</sup>", background), "a provenance mark keeps its paragraph number"
    untouched = [p for p in after if p.path.parent == PurePosixPath("players")]
    assert untouched and all(p in pages for p in untouched), "pages linking elsewhere are not rewritten"


def test_missing_lists_the_pages_not_on_disk(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.md").write_text("x", encoding="utf-8")
    (tmp_path / "top.md").write_text("x", encoding="utf-8")
    asked = ["a/index.md", "a/timeline.md", "top.md", "gone.md", "b/index.md"]
    assert missing(tmp_path, asked) == ("a/timeline.md", "gone.md", "b/index.md")
