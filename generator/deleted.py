"""Pages an editor deleted: found on disk, and the links to them taken out of the pages the generator writes.

The writer keeps a deleted page deleted; a link to it would break ``mkdocs build --strict``. So
between render and write, a link to such a page becomes its words: ``[Timeline](timeline.md)``
reads ``Timeline``. Only the generator's own output is rewritten, before the writer merges it into
an edited page, so an editor's change to a page survives as it does any other regeneration.
"""

from __future__ import annotations

import os
import posixpath
import re
from collections.abc import Collection, Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from .models import Page

_LINK = re.compile(r'\[((?:\\.|[^\\\[\]])*)\]\(([^\s()"]+)(?: "[^"]*")?\)')
"""A link as the generator writes one: its words escaped by ``md_text`` (no bare bracket or
backslash), then a relative path with no space, and perhaps a quoted title."""
_FRONT_MATTER_END = "\n---\n"


def missing(docs_dir: Path, pages: Iterable[str]) -> tuple[str, ...]:
    """Those of ``pages`` (relative to ``docs_dir``, POSIX form) not in ``docs_dir``, in the order given.

    One listing per folder, not a stat per page: an explainer's seven pages share a folder, and a
    no-op run asks this of every explainer (1,000 folders listed in 30 ms, 7,000 stats in 75 ms).
    """
    listings: dict[str, frozenset[str]] = {}
    absent = []
    for page in pages:
        folder, _, name = page.rpartition("/")
        names = listings.get(folder)
        if names is None:
            try:
                names = frozenset(os.listdir(os.path.join(docs_dir, folder)))
            except (FileNotFoundError, NotADirectoryError):
                names = frozenset()
            listings[folder] = names
        if name not in names:
            absent.append(page)
    return tuple(absent)


def without_links(pages: Iterable[Page], gone: Collection[str]) -> list[Page]:
    """``pages`` with every link to a page in ``gone`` (relative to docs/) turned into the link's words."""
    if not gone:
        return list(pages)
    gone = frozenset(gone)
    by_folder: dict[str, set[str]] = {}
    for page in gone:
        folder, _, name = page.rpartition("/")
        by_folder.setdefault(folder, set()).add(name)
    return [_unlinked(page, gone, by_folder) for page in pages]


def _unlinked(page: Page, gone: Collection[str], by_folder: dict[str, set[str]]) -> Page:
    folder = page.path.parent.as_posix()
    folder = "" if folder == "." else folder
    text = page.text
    # The front matter holds titles HTML-escaped, not Markdown-escaped: never links, and never rewritten.
    start = text.find(_FRONT_MATTER_END) + len(_FRONT_MATTER_END) if text.startswith("---\n") else 0
    body = text[start:]
    # A quick look first: a page names a deleted page's folder (or, in that folder, its file) to link to
    # it. Every overview mentions timeline.md; a link from another folder must say whose.
    if not any(
        any(name in body for name in names) if where in (folder, "") else f"{where}/" in body
        for where, names in by_folder.items()
    ):
        return page

    def words(link: re.Match[str]) -> str:
        path = link.group(2).partition("#")[0]
        target = posixpath.normpath(posixpath.join(folder, path))  # "" (an anchor on this page) gives the folder
        return link.group(1) if target in gone else link.group(0)

    unlinked = _LINK.sub(words, body)
    return page if unlinked == body else replace(page, text=text[:start] + unlinked)
