"""Read a seed file into an ``Article``, choosing the reader by the file's extension.

``.txt`` pasted text (with an optional sidecar ``<name>.yml``), ``.md`` Markdown with YAML front
matter, ``.html`` a saved news page. Every reader ends in the same body pipeline (``body.assemble``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from ..errors import SeedError
from ..models import Article
from . import html, markdown, text
from .metadata import Metadata
from .sentences import split_sentences

Reader = Callable[[Path, date | None], Article]

READERS: dict[str, Reader] = {
    ".txt": text.read,
    ".md": markdown.read,
    ".markdown": markdown.read,
    ".html": html.read,
    ".htm": html.read,
}
"""Reader by lower-case file extension."""

SEED_SUFFIXES = tuple(READERS)
"""Extensions of seed files; a sidecar ``.yml`` is not one."""

__all__ = ["READERS", "SEED_SUFFIXES", "Metadata", "read", "split_sentences"]


def read(path: Path, published: date | None = None) -> Article:
    """The ``Article`` in ``path``; ``published`` overrides the date in the seed's metadata."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        kinds = ".txt, .md or .html"
        what = f"extension {path.suffix!r}" if path.suffix else "no extension"
        raise SeedError(path, f"cannot read a seed with {what}: use {kinds}")
    return reader(path, published)
