"""Folder names for explainers: made from titles, URL-safe, stable across runs, unique, never reserved.

A slug is lower-case ASCII letters, digits and single hyphens (python-slugify transliterates other
scripts, so "Путин и Трамп" gives ``putin-i-tramp``), at most ``MAX_LENGTH`` characters, cut at a
word boundary. It can hold no ``/``, ``.`` or ``%``, so it can never leave ``docs/`` or need
escaping in a GitHub Pages URL. Names the site itself uses, and Windows device names, which
cannot be folder names on Windows, get a ``-explainer`` suffix.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path, PurePosixPath

MAX_LENGTH = 80
FALLBACK = "explainer"
"""The slug of a title with nothing to transliterate (only punctuation, emoji)."""

RESERVED = frozenset(
    {
        # Pages and folders of the site itself, and of MkDocs and Material.
        "index", "explainers", "players", "timeline", "tags", "search", "assets", "javascripts",
        "stylesheets", "images", "img", "css", "js", "fonts", "404", "sitemap", "site", "docs",
        "seeds", "about", "feed", "rss",
        # Windows device names: no file or folder may have them, whatever the extension.
        "con", "prn", "aux", "nul",
        *(f"com{n}" for n in range(10)),
        *(f"lpt{n}" for n in range(10)),
    }
)


SITE_FOLDERS = ("explainers", "players")
"""Folders of the site's own pages (month and letter pages, ``listings.py``); reserved above."""


_SITE_PREFIXES = tuple(f"{folder}/" for folder in SITE_FOLDERS)


def is_site_page(page: PurePosixPath | str) -> bool:
    """True for a page of the site itself (or once of it), not of an explainer: top-level, or in a site folder."""
    page = str(page)  # a no-op run asks this of every page generated: 7,000 at 1,000 explainers
    return "/" not in page or page.startswith(_SITE_PREFIXES)


def is_navigation_page(page: PurePosixPath | str) -> bool:
    """True for a top-level page of the site (home, explainers and players indexes): ``mkdocs.yml``'s nav
    and the theme's header link it from every page, so a generate writes it again when deleted."""
    return "/" not in str(page)


_APOSTROPHES = [["'", ""], ["’", ""]]
"""Dropped, not made hyphens: "Bannon's push" gives ``bannons-push``, not ``bannon-s-push``."""


def slug_for(title: str) -> str:
    """The preferred slug for ``title``; ``assign`` makes it unique among a site's explainers."""
    # Imported here: a no-op generate needs this module's reserved names, not the library (a tenth of its time).
    from slugify import slugify

    slug = slugify(title, max_length=MAX_LENGTH, word_boundary=True, replacements=_APOSTROPHES) or FALLBACK
    if slug in RESERVED:
        slug = f"{slug}-{FALLBACK}"
    return slug


def assign(titles: Iterable[tuple[Path, str]], held: Iterable[str] = ()) -> dict[Path, str]:
    """A unique slug for each seed, given its path and title, never one of the ``held`` slugs.

    Deterministic whatever order the seeds come in: a title whose slug no other seed wants keeps
    it; seeds that want the same slug are ordered by path, the first keeps it and the others get
    ``-2``, ``-3``... (skipping any slug another seed already has). Nothing ever shares a folder.
    ``held`` are folders that belong to explainers outside this run (kept from earlier runs).
    """
    ordered = sorted(titles, key=lambda item: item[0].as_posix())
    wanted = {path: slug_for(title) for path, title in ordered}
    slugs: dict[Path, str] = {}
    taken: set[str] = set(held)
    for path, slug in wanted.items():
        if slug not in taken:
            slugs[path] = slug
            taken.add(slug)
    for path, slug in wanted.items():
        if path in slugs:
            continue
        n = 2
        while (candidate := _with_suffix(slug, n)) in taken:
            n += 1
        slugs[path] = candidate
        taken.add(candidate)
    return slugs


def _with_suffix(slug: str, n: int) -> str:
    suffix = f"-{n}"
    return slug[: MAX_LENGTH - len(suffix)].rstrip("-") + suffix
