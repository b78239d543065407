"""The unit of work of a pool worker: one seed read, analyzed and rendered.

A module of its own so that ``generate`` imports the analysis (and its libraries) only when a seed
needs it, and the pool's server process preloads it once for all workers.
"""

from __future__ import annotations

from datetime import date

from .analyze import analyze
from .build import SeedJob, SeedOutcome
from .errors import SeedError, analysis_failed
from .readers import read
from .render import render
from .slugs import slug_for
from .state import ExplainerRecord


def process_seed(job: SeedJob, published: date | None = None) -> SeedOutcome:
    """Read, analyze and render one seed: the unit of work of a pool worker."""
    try:
        article = read(job.seed, published=published)
    except SeedError as error:
        return SeedOutcome(job.seed, error=error)
    try:
        explainer = analyze(article, slug=slug_for(article.title))
        pages = tuple(render(explainer))
    except Exception as error:  # a bug met on one article must not cost the others their explainers
        return SeedOutcome(job.seed, error=analysis_failed(job.seed, error))
    record = ExplainerRecord.from_explainer(explainer, job.key, job.digest, (p.path.as_posix() for p in pages))
    return SeedOutcome(job.seed, record, pages)
