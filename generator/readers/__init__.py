"""Read a seed file into an ``Article``, choosing the reader by the file's extension.

``.txt`` pasted text (with an optional sidecar ``<name>.yml``), ``.md`` Markdown with YAML front
matter, ``.html`` a saved news page. Every reader ends in the same body pipeline (``body.assemble``).
"""

from __future__ import annotations

from datetime import date
from importlib import import_module
from pathlib import Path

from ..errors import SeedError
from ..models import Article
from .metadata import Metadata
from .sentences import split_sentences

READERS: dict[str, str] = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
}
"""The reader module (its ``read``) by lower-case file extension. Each is imported when a seed needs it:
a site of pasted text never loads lxml and Python-Markdown, a tenth of a worker's start-up."""

SEED_SUFFIXES = tuple(READERS)
"""Extensions of seed files; a sidecar ``.yml`` is not one."""

__all__ = ["READERS", "SEED_SUFFIXES", "Metadata", "read", "split_sentences"]


def read(path: Path, published: date | None = None) -> Article:
    """The ``Article`` in ``path``; ``published`` overrides the date in the seed's metadata."""
    module = READERS.get(path.suffix.lower())
    if module is None:
        kinds = ".txt, .md or .html"
        what = f"extension {path.suffix!r}" if path.suffix else "no extension"
        raise SeedError(path, f"cannot read a seed with {what}: use {kinds}")
    article: Article = import_module(f"{__name__}.{module}").read(path, published)
    return article
