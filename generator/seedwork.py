"""The unit of work of a pool worker: one seed read, analyzed and rendered.

A module of its own so that ``generate`` imports the analysis (and its libraries) only when a seed
needs it, and the pool's server process preloads it once for all workers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .analyze import analyze
from .errors import SeedError
from .models import Explainer, Page
from .readers import read
from .render import render
from .slugs import slug_for


@dataclass(frozen=True)
class SeedOutcome:
    """What a worker made of one seed: its explainer and pages, or why it could not."""

    seed: Path
    explainer: Explainer | None = None
    """Analyzed under the slug of its own title; ``generate`` then settles slugs across seeds."""
    pages: tuple[Page, ...] = ()
    error: SeedError | None = None
    """Why the seed could not be read; it names the file at fault (the seed or its sidecar)."""


def process_seed(seed: Path, published: date | None = None) -> SeedOutcome:
    """Read, analyze and render one seed: the unit of work of a pool worker."""
    try:
        article = read(seed, published=published)
    except SeedError as error:
        return SeedOutcome(seed, error=error)
    explainer = analyze(article, slug=slug_for(article.title))
    return SeedOutcome(seed, explainer, tuple(render(explainer)))
