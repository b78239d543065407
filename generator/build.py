"""The pipeline, top to bottom: read -> analyze -> render -> write, then mkdocs."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import partial
from pathlib import Path

from .analyze import analyze, make_slug
from .errors import SeedError, SiteBuildError
from .models import Explainer, Page
from .parallel import map_ordered
from .reader import read
from .render import render, render_site
from .writer import WriteReport, write

SEED_SUFFIXES = (".txt",)


@dataclass(frozen=True)
class GenerateResult:
    """What one ``generate`` run produced and what it could not."""

    explainers: tuple[Explainer, ...]
    failures: tuple[SeedError, ...]
    """Seeds that could not be read; nothing was written for them."""
    report: WriteReport


def find_seeds(seeds_dir: Path) -> list[Path]:
    """Every seed file in ``seeds_dir``, sorted by name; sidecars and hidden files are not seeds."""
    if not seeds_dir.is_dir():
        raise SeedError(seeds_dir, "no such folder of seeds")
    return sorted(
        p for p in seeds_dir.iterdir()
        if p.is_file() and p.suffix.lower() in SEED_SUFFIXES and not p.name.startswith(".")
    )


def analyze_seeds(seeds: Sequence[Path], published: date | None = None) -> tuple[list[Explainer], list[SeedError]]:
    """Read and analyze each seed; a bad seed is collected as an error and never stops the others."""
    explainers: list[Explainer] = []
    failures: list[SeedError] = []
    taken: set[str] = set()
    for seed in seeds:
        try:
            article = read(seed, published=published)
        except SeedError as error:
            failures.append(error)
            continue
        slug = unique_slug(make_slug(article.title), taken)
        taken.add(slug)
        explainers.append(analyze(article, slug=slug))
    return explainers, failures


def unique_slug(slug: str, taken: set[str]) -> str:
    """``slug``, or ``slug-2``, ``slug-3``... when an earlier seed already has it."""
    candidate, n = slug, 1
    while candidate in taken:
        n += 1
        candidate = f"{slug}-{n}"
    return candidate


@dataclass(frozen=True)
class SeedOutcome:
    """What a worker made of one seed: its explainer and pages, or why it could not."""

    seed: Path
    explainer: Explainer | None = None
    """Analyzed under the slug of its own title; the caller makes slugs unique across seeds."""
    pages: tuple[Page, ...] = ()
    problem: str | None = None
    """Why the seed could not be read (a ``SeedError``'s problem); errors travel between processes as text."""


def process_seed(seed: Path, published: date | None = None) -> SeedOutcome:
    """Read, analyze and render one seed: the unit of work a pool worker does."""
    try:
        article = read(seed, published=published)
    except SeedError as error:
        return SeedOutcome(seed, problem=error.problem)
    explainer = analyze(article, slug=make_slug(article.title))
    return SeedOutcome(seed, explainer, tuple(render(explainer)))


def generate(
    seeds: Sequence[Path], docs_dir: Path, published: date | None = None, *, jobs: int | None = None
) -> GenerateResult:
    """Write the explainers for ``seeds`` and the site's index pages into ``docs_dir``.

    ``jobs`` worker processes read, analyze and render (default: one per core); the output is
    the same whatever their number and whichever finishes first.
    """
    # Read, analyze and render each seed, on every core, results in seed order.
    outcomes = map_ordered(partial(process_seed, published=published), seeds, jobs=jobs, label="generate")
    # Give each explainer a unique slug, in seed order, so earlier seeds keep theirs.
    explainers: list[Explainer] = []
    failures: list[SeedError] = []
    pages: list[Page] = []
    taken: set[str] = set()
    for outcome in outcomes:
        if outcome.explainer is None:
            failures.append(SeedError(outcome.seed, outcome.problem or "could not be read"))
            continue
        explainer, rendered = outcome.explainer, list(outcome.pages)
        slug = unique_slug(explainer.slug, taken)
        taken.add(slug)
        if slug != explainer.slug:
            explainer = replace(explainer, slug=slug)
            rendered = render(explainer)
        explainers.append(explainer)
        pages += rendered
    pages += render_site(explainers)
    # Write.
    report = write(pages, docs_dir)
    return GenerateResult(tuple(explainers), tuple(failures), report)


def mkdocs(command: str, config_file: Path, *args: str) -> None:
    """Run the real ``mkdocs`` (``build`` or ``serve``) with this interpreter."""
    argv = [sys.executable, "-m", "mkdocs", command, "--config-file", str(config_file), *args]
    result = subprocess.run(argv, check=False)
    if result.returncode != 0:
        raise SiteBuildError(f"mkdocs {command} failed with exit code {result.returncode}")
