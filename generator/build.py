"""The pipeline, top to bottom: read -> analyze -> render -> write, then mkdocs."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path, PurePosixPath

from .analyze import analyze
from .errors import SeedError, SiteBuildError
from .models import Article, Explainer, Page
from .readers import SEED_SUFFIXES, read
from .render import render, site_pages
from .slugs import assign, slug_for
from .state import STATE_FILE, ExplainerRecord, State, default_state_dir, dumps, load_state, seed_digest
from .writer import WriteReport, forget, put, write


@dataclass(frozen=True)
class GenerateResult:
    """What one ``generate`` run produced and what it could not."""

    explainers: tuple[Explainer, ...]
    failures: tuple[SeedError, ...]
    """Seeds that could not be read; nothing was written for them."""
    report: WriteReport
    orphans: tuple[PurePosixPath, ...] = ()
    """Generated pages whose seed is gone or that are no longer generated: kept, never deleted."""
    state_dir: Path | None = None

    @property
    def ok(self) -> bool:
        return not self.failures and not self.report.conflicts


def find_seeds(seeds_dir: Path) -> list[Path]:
    """Every seed file in ``seeds_dir``, sorted by name; sidecars and hidden files are not seeds."""
    if not seeds_dir.is_dir():
        raise SeedError(seeds_dir, "no such folder of seeds")
    return sorted(
        p for p in seeds_dir.iterdir()
        if p.is_file() and p.suffix.lower() in SEED_SUFFIXES and not p.name.startswith(".")
    )


def read_seeds(seeds: Sequence[Path], published: date | None = None) -> tuple[list[Article], list[SeedError]]:
    """Read each seed; a bad seed is collected as an error and never stops the others."""
    articles: list[Article] = []
    failures: list[SeedError] = []
    for seed in dict.fromkeys(seeds):  # a seed named twice is one explainer, not two on one folder
        try:
            articles.append(read(seed, published=published))
        except SeedError as error:
            failures.append(error)
    return articles, failures


def analyze_seeds(seeds: Sequence[Path], published: date | None = None) -> tuple[list[Explainer], list[SeedError]]:
    """Read and analyze each seed; a bad seed is collected as an error and never stops the others."""
    articles, failures = read_seeds(seeds, published)
    # Slugs are assigned over all articles at once, so collisions resolve the same way every run.
    slugs = assign((article.path, article.title) for article in articles)
    return [analyze(article, slug=slugs[article.path]) for article in articles], failures


def assign_slugs(state: State, articles: Sequence[Article]) -> dict[Path, str]:
    """A slug per article, stable across runs: a seed keeps its slug while its title still yields it.

    Other seeds' explainers and folders of pages no seed owns now are never given out, so a new
    seed cannot take over an existing explainer's folder (and an editor's edits in it).
    """
    taken = reserved_slugs(state, articles)
    records = state.by_seed()
    kept: dict[Path, str] = {}
    for article in articles:
        record = records.get(state.seed_key(article.path))
        if record and record.slug not in taken and _still_fits(record.slug, slug_for(article.title)):
            kept[article.path] = record.slug
            taken.add(record.slug)
    fresh = [(a.path, a.title) for a in articles if a.path not in kept]
    return kept | assign(fresh, held=taken)


def _still_fits(slug: str, wanted: str) -> bool:
    """True when ``slug`` is ``wanted`` or ``wanted`` made unique with a ``-N`` suffix."""
    numbered = re.fullmatch(r"(.+)-\d+", slug)
    return slug == wanted or (numbered is not None and wanted.startswith(numbered.group(1)))


def generate(
    seeds: Sequence[Path],
    docs_dir: Path,
    published: date | None = None,
    *,
    state_dir: Path | None = None,
    force: bool = False,
) -> GenerateResult:
    """Write the explainers for ``seeds`` and the site's index pages into ``docs_dir``, keeping editors' edits."""
    state = load_state(state_dir or default_state_dir(docs_dir))
    # Read.
    articles, failures = read_seeds(seeds, published)
    # Analyze, each explainer under a slug no other explainer (of this run or an earlier one) holds.
    slugs = assign_slugs(state, articles)
    explainers = [analyze(article, slug=slugs[article.path]) for article in articles]
    # Render the explainers, then the site-wide pages from every record: new, kept from earlier runs.
    pages: list[Page] = []
    records = state.by_seed()
    for explainer in explainers:
        rendered = render(explainer)
        pages += rendered
        seed = explainer.article.path
        key = state.seed_key(seed)
        records[key] = ExplainerRecord.from_explainer(
            explainer, key, seed_digest(seed, published), (p.path.as_posix() for p in rendered)
        )
    records = retire_removed(state, records, docs_dir)
    pages += site_pages(list(records.values()))
    # Write the pages, then the records: a run killed before the records are saved regenerates next time.
    report = write(pages, docs_dir, state, force=force)
    put(state.root / STATE_FILE, dumps(records.values()).encode("utf-8"))
    # Pages no seed generates any more: kept and reported while in docs/, forgotten once deleted there.
    orphans, gone = unowned_pages(state, records, pages, docs_dir)
    forget(state, gone)
    return GenerateResult(tuple(explainers), tuple(failures), report, orphans, state.root)


def reserved_slugs(state: State, articles: Sequence[Article]) -> set[str]:
    """Slugs this run must not give out: other seeds' explainers, and folders of pages no seed owns now."""
    regenerated = {state.seed_key(a.path) for a in articles}
    kept = [r for r in state.records if r.seed not in regenerated]
    owned = {page for r in state.records if r.seed in regenerated for page in r.pages}
    folders = {
        page.parts[0] for page in state.generated_pages() if len(page.parts) > 1 and page.as_posix() not in owned
    }
    return {r.slug for r in kept} | folders


def retire_removed(state: State, records: dict[str, ExplainerRecord], docs_dir: Path) -> dict[str, ExplainerRecord]:
    """Drop the record of an explainer whose seed and every page are gone: the editor retired it."""
    kept = {}
    for key, record in records.items():
        seed_gone = not state.seed_path(record).is_file()
        pages_gone = not any((docs_dir / page).is_file() for page in record.pages)
        if not (seed_gone and pages_gone):
            kept[key] = record
    return kept


def unowned_pages(
    state: State, records: dict[str, ExplainerRecord], pages: Sequence[Page], docs_dir: Path
) -> tuple[tuple[PurePosixPath, ...], tuple[PurePosixPath, ...]]:
    """Generated pages no seed generates any more (seed removed, or page dropped): in docs/, and gone from it."""
    live = {p.path.as_posix() for p in pages}
    live |= {page for r in records.values() if state.seed_path(r).is_file() for page in r.pages}
    unowned = [page for page in state.generated_pages() if page.as_posix() not in live]
    present = tuple(page for page in unowned if (docs_dir / page).is_file())
    return present, tuple(page for page in unowned if page not in present)


def mkdocs(command: str, config_file: Path, *args: str) -> None:
    """Run the real ``mkdocs`` (``build`` or ``serve``) with this interpreter."""
    argv = [sys.executable, "-m", "mkdocs", command, "--config-file", str(config_file), *args]
    result = subprocess.run(argv, check=False)
    if result.returncode != 0:
        raise SiteBuildError(f"mkdocs {command} failed with exit code {result.returncode}")
