"""``explainers check``: the docs folder after editors' work, checked without building the site.

Front matter parses as YAML and has its keys; every link between pages, and every provenance link
``source.md#pN`` in particular, reaches an existing page and anchor; every explainer has its pages;
no page holds conflict markers or an unresolved conflict. A page the editor deleted, and the last
``generate`` kept deleted (and unlinked), is not missing.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import unquote, urlsplit

import markdown
import yaml

from .listings import is_site_page, site_pages
from .render import PAGE_FILES, SOURCE_FILE
from .slugs import is_navigation_page
from .state import State

DEFAULT_EXTENSIONS = ("toc", "tables", "fenced_code", "attr_list")
"""MkDocs' built-in extensions and the site's attr_list, for a check without mkdocs.yml."""
SITE_KEYS = ("title", "description")
EXPLAINER_KEYS = ("title", "description", "tags", "source", "published", "generator")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_MARKER = re.compile(r"^(<{7}|>{7}|={7})(?: |$)", re.MULTILINE)


@dataclass(frozen=True)
class Problem:
    """Something wrong with one file of the docs folder."""

    file: Path
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.message}"


@dataclass(frozen=True)
class _Parsed:
    ids: frozenset[str]
    links: tuple[str, ...]


def check(
    docs_dir: Path,
    state: State,
    extensions: Sequence[str] = DEFAULT_EXTENSIONS,
    extension_configs: Mapping[str, Mapping[str, Any]] | None = None,
) -> list[Problem]:
    """Every problem found in ``docs_dir``, by file; empty when all is well.

    ``extensions`` are the site's Markdown extensions (from mkdocs.yml), so ids and anchors are
    the ones MkDocs will make.
    """
    md = markdown.Markdown(extensions=list(extensions), extension_configs=dict(extension_configs or {}))
    pages = sorted(PurePosixPath(p.relative_to(docs_dir).as_posix()) for p in _markdown_files(docs_dir))
    explainer_pages = {page for record in state.records for page in record.pages}
    problems: list[Problem] = []
    parsed: dict[PurePosixPath, _Parsed] = {}
    for page in pages:
        file = docs_dir / page
        text = file.read_text(encoding="utf-8", errors="replace")
        keys = EXPLAINER_KEYS if page.as_posix() in explainer_pages else SITE_KEYS
        body, problem = _front_matter(text, keys, required=is_site_page(page) or page.as_posix() in explainer_pages)
        if problem:
            problems.append(Problem(file, problem))
        if _MARKER.search(body):
            problems.append(Problem(file, "holds conflict markers (<<<<<<<, =======, >>>>>>>)"))
        md.reset()
        collector = _Collector()
        collector.feed(md.convert(body))
        parsed[page] = _Parsed(frozenset(collector.ids), tuple(collector.links))
    for page in pages:
        problems += (Problem(docs_dir / page, message) for message in _bad_links(page, parsed))
    problems += _missing_pages(docs_dir, state, pages)
    problems += (
        Problem(docs_dir / page, f"unresolved conflict; proposed version in {state.conflict(page)}")
        for page in state.conflicted_pages()
    )
    return sorted(problems, key=lambda p: (str(p.file), p.message))


def _front_matter(text: str, keys: Sequence[str], required: bool) -> tuple[str, str | None]:
    """The page body and the front matter's problem, if any."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return text, "has no front matter (a --- block at the top)" if required else None
    body = text[match.end():]
    try:
        data = yaml.safe_load(match.group(1) or "")
    except yaml.YAMLError as error:
        where = getattr(error, "problem_mark", None)
        line = f" at line {where.line + 2}" if where is not None else ""
        return body, f"front matter is not valid YAML{line}: {getattr(error, 'problem', None) or error}"
    if not isinstance(data, dict):
        return body, "front matter is not a mapping of keys to values"
    missing = [key for key in keys if key not in data]
    if missing:
        return body, f"front matter lacks {', '.join(missing)}"
    if not isinstance(data["title"], str) or not data["title"].strip():
        return body, "front matter title is empty"
    return body, None


def _bad_links(page: PurePosixPath, parsed: dict[PurePosixPath, _Parsed]) -> Iterator[str]:
    for href in parsed[page].links:
        url = urlsplit(href)
        if url.scheme or url.netloc or href.startswith("/"):
            continue
        path, anchor = unquote(url.path), unquote(url.fragment)
        if path and not path.endswith(".md"):
            continue
        target = PurePosixPath(posixpath.normpath(posixpath.join(str(page.parent), path))) if path else page
        if target not in parsed:
            yield f"link to {href}: no page {target}"
        elif anchor and anchor not in parsed[target].ids:
            yield f"link to {href}: no anchor #{anchor} in {target}"


def _missing_pages(docs_dir: Path, state: State, pages: Sequence[PurePosixPath]) -> Iterator[Problem]:
    present = {page.as_posix() for page in pages}
    for record in state.records:
        for page in record.pages:
            # A page the last generate found deleted is the editor's choice: kept deleted, linked from nowhere.
            if page not in present and page not in record.deleted:
                yield Problem(
                    docs_dir / page,
                    f"missing: explainer {record.slug} has no {PurePosixPath(page).name}"
                    " (deleted on purpose? `explainers generate` takes the links to it out of the generated pages)",
                )
    # The site's pages, likewise; its navigation (a top-level page) is written again by generate.
    for site_page in sorted(_site_pages(state) - present - set(state.deleted)):
        if is_navigation_page(site_page):
            why = "the site's navigation links it; `explainers generate` writes it again"
        else:
            why = "deleted on purpose? `explainers generate` takes the links to it out of the generated pages"
        yield Problem(docs_dir / site_page, f"missing: a page of the site ({why})")
    if state.records:
        return
    # Explainers generated before the state folder existed: each folder must have the standard pages.
    for folder in sorted({p.parts[0] for p in pages if len(p.parts) == 2 and p.name == "index.md"}):
        for name in (*PAGE_FILES.values(), SOURCE_FILE):
            if f"{folder}/{name}" not in present:
                yield Problem(docs_dir / folder / name, f"missing: explainer {folder} has no {name}")


def _site_pages(state: State) -> set[str]:
    """The site's pages the last generate wrote that its records still list: those a generate would write."""
    generated = state.bases().page_set()
    return {page.path.as_posix() for page in site_pages(state.records)} & generated


def _markdown_files(docs_dir: Path) -> Iterator[Path]:
    for path in docs_dir.rglob("*.md"):
        relative = path.relative_to(docs_dir)
        # MkDocs publishes no dotfile and nothing under a dot folder; neither does check.
        if path.is_file() and not any(part.startswith(".") for part in relative.parts):
            yield path


class _Collector(HTMLParser):
    """The ids a page defines and the hrefs it links to."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name == "id" and value:
                self.ids.add(value)
            elif name == "href" and tag == "a" and value:
                self.links.append(value)
