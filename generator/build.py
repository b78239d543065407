"""The pipeline, top to bottom: read -> analyze -> render -> write, then mkdocs."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .analyze import analyze
from .errors import SeedError, SiteBuildError
from .models import Article, Explainer, Page
from .readers import SEED_SUFFIXES, read
from .render import render, render_site
from .slugs import assign as assign_slugs
from .writer import WriteReport, write


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
    articles: list[Article] = []
    failures: list[SeedError] = []
    for seed in dict.fromkeys(seeds):  # a seed named twice is one explainer, not two on one folder
        try:
            articles.append(read(seed, published=published))
        except SeedError as error:
            failures.append(error)
    # Slugs are assigned over all articles at once, so collisions resolve the same way every run.
    slugs = assign_slugs((article.path, article.title) for article in articles)
    explainers = [analyze(article, slug=slugs[article.path]) for article in articles]
    return explainers, failures


def generate(seeds: Sequence[Path], docs_dir: Path, published: date | None = None) -> GenerateResult:
    """Write the explainers for ``seeds`` and the site's index pages into ``docs_dir``."""
    # Read and analyze.
    explainers, failures = analyze_seeds(seeds, published)
    # Render.
    pages: list[Page] = []
    for explainer in explainers:
        pages += render(explainer)
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
