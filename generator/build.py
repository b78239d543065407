"""The pipeline, top to bottom: read -> analyze -> render -> write, then mkdocs."""

from __future__ import annotations

import os
import re
import sys
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import partial
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from . import __version__
from .bases import Bases, page_order
from .deleted import missing, without_links
from .errors import SeedError, SiteBuildError
from .parallel import imap_ordered
from .slugs import assign, is_navigation_page, is_site_page, slug_for
from .state import (
    STATE_FILE,
    ExplainerRecord,
    State,
    default_state_dir,
    dumps,
    file_names,
    load_state,
    seed_digest,
)
from .writer import PageWriter, WriteReport, forget, put

if TYPE_CHECKING:
    from .models import Page


@dataclass(frozen=True)
class GenerateResult:
    """What one ``generate`` run produced and what it could not."""

    explainers: tuple[ExplainerRecord, ...]
    """The records of the explainers this run generated, in seed order (skipped seeds have none)."""
    failures: tuple[SeedError, ...]
    """Seeds that could not be read; nothing was written for them."""
    report: WriteReport
    orphans: tuple[PurePosixPath, ...] = ()
    """Generated pages whose seed is gone or that are no longer generated: kept, never deleted."""
    state_dir: Path | None = None
    skipped: int = 0
    """Seeds left alone because their record says nothing changed since their pages were written."""
    retired: tuple[PurePosixPath, ...] = ()
    """Site pages that list nothing any more and that nobody edited: removed from docs/."""
    restored: tuple[PurePosixPath, ...] = ()
    """The site's navigation pages (home, explainers and players indexes) the editor deleted: written again."""

    @property
    def ok(self) -> bool:
        return not self.failures and not self.report.conflicts


SEED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
"""``readers.SEED_SUFFIXES`` (a test holds them equal), without importing the readers and their libraries."""


def find_seeds(seeds_dir: Path) -> list[Path]:
    """Every seed file in ``seeds_dir``, sorted by name; sidecars and hidden files are not seeds."""
    if not seeds_dir.is_dir():
        raise SeedError(seeds_dir, "no such folder of seeds")
    # Names, not paths, are sorted and sifted: one folder, and a Path for each of 1,000 names costs more.
    names = [name for name in file_names(seeds_dir) if not name.startswith(".") and _suffix(name) in SEED_SUFFIXES]
    return [seeds_dir / name for name in sorted(names)]


def stray_files(seeds_dir: Path) -> list[Path]:
    """Files in ``seeds_dir`` that are neither seeds nor sidecars: an editor's article in a format we don't read."""
    if not seeds_dir.is_dir():
        return []
    known = (*SEED_SUFFIXES, ".yml", ".yaml")
    return [seeds_dir / name for name in sorted(file_names(seeds_dir))
            if not name.startswith(".") and _suffix(name) not in known]


def _suffix(name: str) -> str:
    return os.path.splitext(name)[1].lower()


def assign_slugs(
    state: State, titles: Sequence[tuple[Path, str]], generated: Collection[str] | None = None
) -> dict[Path, str]:
    """A slug per seed, given its path and its article's title, stable across runs: a seed keeps its
    slug while its title still yields it.

    Other seeds' explainers and folders of pages no seed owns now are never given out, so a new
    seed cannot take over an existing explainer's folder (and an editor's edits in it).
    ``generated``: the pages that had a base before this run wrote any (default: the state's now).
    """
    if not titles:  # a run with nothing to regenerate needs no walk of the state folder
        return {}
    taken = reserved_slugs(state, [seed for seed, _ in titles], generated)
    records = state.by_seed()
    kept: dict[Path, str] = {}
    for seed, title in titles:
        record = records.get(state.seed_key(seed))
        if record and record.slug not in taken and _still_fits(record.slug, slug_for(title)):
            kept[seed] = record.slug
            taken.add(record.slug)
    fresh = [(seed, title) for seed, title in titles if seed not in kept]
    return kept | assign(fresh, held=taken)


def _still_fits(slug: str, wanted: str) -> bool:
    """True when ``slug`` is ``wanted`` or ``wanted`` made unique with a ``-N`` suffix."""
    numbered = re.fullmatch(r"(.+)-\d+", slug)
    return slug == wanted or (numbered is not None and wanted.startswith(numbered.group(1)))


class SureSlugs:
    """Tells, as each seed's analysis comes in, whether ``assign_slugs`` will surely give it its title's slug.

    ``assign_slugs`` needs every title; until then a slug is sure when nothing can take it: the
    seed's own explainer keeps its folder (no other record names it, no other pages are in it), or
    a new slug is wanted by no record, no folder of pages, and no seed of this run before it by
    path, all of which have come in (seeds come in in their given order). Any doubt, and the
    pages wait for ``assign_slugs`` as before; ``generate`` checks its answer against it.
    """

    def __init__(self, state: State, seeds: Sequence[Path], generated: Collection[str]) -> None:
        self.state = state
        self.records = state.by_seed()
        self.holders = Counter(record.slug for record in state.records)
        """How many records name each slug."""
        self.folders: dict[str, set[str]] = {}
        """The pages with a base in each folder."""
        for page in generated:
            folder, slash, _ = page.partition("/")
            if slash:
                self.folders.setdefault(folder, set()).add(page)
        self.in_order: set[Path] = set()
        """Seeds that come in after every seed whose path sorts before theirs."""
        latest = -1
        for i in sorted(range(len(seeds)), key=lambda i: seeds[i].as_posix()):
            if latest < i:
                self.in_order.add(seeds[i])
            latest = max(latest, i)
        self.wanted: set[str] = set()
        """The title slugs of the seeds come in so far."""

    def settled(self, seed: Path, slug: str) -> bool:
        """True when ``seed``, whose title gives ``slug``, will surely be given ``slug``; call it in seed order."""
        contested = slug in self.wanted
        self.wanted.add(slug)
        if contested:
            return False
        record = self.records.get(self.state.seed_key(seed))
        if record is None:
            return self.holders[slug] == 0 and slug not in self.folders and seed in self.in_order
        # A seed with an explainer keeps its folder if it may: sure only when that folder is its title's.
        return record.slug == slug and self.holders[slug] == 1 and self.folders.get(slug, set()) <= set(record.pages)


@dataclass(frozen=True)
class SeedJob:
    """One seed for a worker, with what its record needs from the parent."""

    seed: Path
    key: str
    """The seed as its record names it (``State.seed_key``)."""
    digest: str
    """Its ``seed_digest``."""


@dataclass(frozen=True)
class SeedOutcome:
    """What a worker made of one seed: its explainer's record and pages, or why it could not."""

    seed: Path
    record: ExplainerRecord | None = None
    """Analyzed under the slug of its own title; ``generate`` then settles slugs across seeds.
    The record, not the whole analysis: it is all the parent needs, and a tenth of the pickling."""
    pages: tuple[Page, ...] = ()
    error: SeedError | None = None
    """Why the seed could not be read; it names the file at fault (the seed or its sidecar)."""


def run_seed(job: SeedJob, published: date | None = None) -> SeedOutcome:
    """``seedwork.process_seed``, imported on first use: the parent of a pool never needs the analysis."""
    from .seedwork import process_seed

    return process_seed(job, published)


def generate(
    seeds: Sequence[Path],
    docs_dir: Path,
    published: date | None = None,
    *,
    state_dir: Path | None = None,
    force: bool = False,
    jobs: int | None = None,
) -> GenerateResult:
    """Write the explainers for ``seeds`` and the site's index pages into ``docs_dir``, keeping editors' edits.

    A seed whose record is current (same seed, sidecar, options and generator code, and the same
    pages deleted by the editor) is skipped: its pages would come out the same. The others are
    read, analyzed and rendered by ``jobs`` worker processes (default: one per core); the output
    does not depend on their number. A page the editor deleted stays deleted, and no page written
    links to it (``deleted.without_links``).
    """
    state = load_state(state_dir or default_state_dir(docs_dir))
    bases = state.bases()
    records = state.by_seed()
    seeds = list(dict.fromkeys(seeds))  # a seed named twice is one explainer, not two on one folder
    # Skip the seeds that have not changed since their pages were written (--force rewrites all).
    # Only regular files are hashed: reading a pipe would block and a missing file would raise; the
    # reader reports both, so they go to the workers with an empty digest. A listing of the seeds'
    # folder says which seeds and sidecars are files (``State.files_in``).
    digests: dict[Path, str] = {}
    for seed in seeds:
        files = state.files_in(seed.parent)
        digests[seed] = seed_digest(seed, published, files) if seed.name in files else ""
    conflicted = {page.as_posix() for page in state.conflicted_pages()}
    keys = {seed: state.seed_key(seed) for seed in seeds}
    todo = [
        SeedJob(seed, keys[seed], digests[seed]) for seed in seeds
        if force or not _is_current(records.get(keys[seed]), digests[seed], conflicted, docs_dir)
    ]
    # Read, analyze and render, on every core, in seed order. The analysis is imported only where it
    # runs: a no-op run spares itself its modules and libraries, a third of its time.
    # An explainer's pages are written as soon as its slug is sure, while the workers go on: creating
    # files is kernel work, a fifth of a 1,000-explainer generate when it all came after the analysis.
    # Its overview waits for its related explainers, which need every record.
    writer = PageWriter(docs_dir, state, force=force, bases=bases)
    # Which folders hold pages is looked up before any is written: the slugs are settled as of then.
    # A no-op run needs them too: for the site's pages the editor deleted, and for the orphans.
    generated = bases.page_set()
    restored, site_deleted = _deleted_site_pages(docs_dir, generated, force)
    for navigation in restored:
        bases.drop(navigation)  # forgotten, so the writer writes it as a new page
    sure = SureSlugs(state, [job.seed for job in todo], generated)
    outcomes: list[SeedOutcome] = []
    early: dict[Path, str] = {}  # seeds whose pages went out early, and the folder they went to
    sent: set[str] = set()
    # The pages of each explainer that the editor deleted: the writer keeps them deleted, so nothing links to them.
    kept_deleted: dict[Path, tuple[str, ...]] = {}
    try:
        for outcome in imap_ordered(
            partial(run_seed, published=published), todo, jobs=jobs, label="generate", preload="generator.seedwork"
        ):
            outcomes.append(outcome)
            if outcome.record is not None and sure.settled(outcome.seed, outcome.record.slug):
                early[outcome.seed] = outcome.record.slug
                overview = overview_of(outcome.record.slug)
                deleted = kept_deleted[outcome.seed] = _deleted(writer, outcome.pages, generated)
                # Its pages but the overview link only to one another: its own deleted pages are all that matter.
                ready = without_links([page for page in outcome.pages if page.path.as_posix() != overview], deleted)
                writer.write(ready)
                sent.update(page.path.as_posix() for page in ready)
    except BaseException:
        writer.finish()  # an interrupted run records what it wrote, so the next one knows those pages for its own
        raise
    failures = [o.error for o in outcomes if o.error is not None]
    done = [(o.seed, o.record, list(o.pages)) for o in outcomes if o.record is not None]
    # Settle slugs: no other explainer (of this run or an earlier one) may hold one.
    slugs = assign_slugs(state, [(seed, record.title) for seed, record, _ in done], generated)
    explainers: list[ExplainerRecord] = []
    pages: list[Page] = []
    for seed, record, rendered in done:
        slug = slugs[seed]
        if seed in early and early[seed] != slug:
            raise AssertionError(f"{seed}: its pages went to {early[seed]}/, yet it was given {slug}")
        if slug != record.slug:
            # A collision: the pages move to the folder it was given. Their text holds no slug (links
            # within an explainer are relative), so nothing is rendered again (a test holds this).
            rendered = [replace(page, path=PurePosixPath(slug, *page.path.parts[1:])) for page in rendered]
            record = replace(record, slug=slug, pages=tuple(p.path.as_posix() for p in rendered))
        deleted = kept_deleted[seed] if seed in early else _deleted(writer, rendered, generated)
        if deleted:
            record = replace(record, deleted=deleted)
        explainers.append(record)
        pages += rendered
        records[record.seed] = record
    # The site-wide pages, from every record: new ones and those kept from earlier runs.
    # When no record changed they would all come out as last written: a no-op run skips them,
    # unless one is in conflict, which is reported on every run until it is resolved.
    records = retire_removed(state, records, docs_dir)
    changed = bool(explainers) or records != state.by_seed()
    if changed:
        pages = relate(bases, records, pages, {e.slug for e in explainers})
    # So is a site page the editor deleted since they were last written, or brought back.
    site = bool(changed or conflicted or restored or set(site_deleted) != set(state.deleted))
    if site:
        from .listings import site_pages  # imported only now, like the analysis: a no-op run needs neither

        listed = site_pages(list(records.values()))
        # A deleted page that lists nothing any more is forgotten below, not kept deleted.
        shown = {page.path.as_posix() for page in listed}
        site_deleted = tuple(page for page in site_deleted if page in shown)
        pages += listed
    else:
        site_deleted = state.deleted
    # No page links to one the editor deleted (its record says which), whoever's it is: the site pages
    # list every explainer's pages, and an overview its related explainers'; a month or letter page is
    # linked from the indexes and its other parts.
    unlinked = {page for record in records.values() for page in record.deleted} | set(site_deleted)
    # Write the pages, then the records: a run killed before the records are saved regenerates next time.
    writer.write(without_links([page for page in pages if page.path.as_posix() not in sent], unlinked))
    report = writer.finish()
    if explainers or records != state.by_seed() or set(site_deleted) != set(state.deleted):
        put(state.root / STATE_FILE, dumps(records.values(), site_deleted).encode("utf-8"))
    # Pages no seed generates any more: kept and reported while in docs/, forgotten once deleted there.
    orphans, gone = unowned_pages(state, records, pages, docs_dir, generated, site_written=site)
    # A site page that lists nothing any more ("players/y.md" once no player's name starts with Y) is the
    # generator's own: unedited, it is removed, or its links to retired explainers would break the build.
    retired = tuple(p for p in orphans if is_site_page(p) and _unedited(docs_dir / p, bases.get(p)))
    for page in retired:
        (docs_dir / page).unlink()
    forget(state, [*gone, *retired], bases)
    orphans = tuple(p for p in orphans if p not in retired)
    skipped = len(seeds) - len(todo)
    return GenerateResult(
        tuple(explainers), tuple(failures), report, orphans, state.root, skipped, retired,
        tuple(PurePosixPath(page) for page in restored),
    )


def _unedited(path: Path, base: bytes | None) -> bool:
    try:
        return base is not None and path.read_bytes() == base
    except FileNotFoundError:
        return False


def relate(bases: Bases, records: dict[str, ExplainerRecord], pages: list[Page], regenerated: set[str]) -> list[Page]:
    """End every overview with its related explainers; record them in ``records`` (updated in place).

    A regenerated explainer's overview gets the section appended. A skipped one is rewritten only
    when its section may have changed (its list changed, or an explainer on it was regenerated):
    from the base the generator last wrote, with the section replaced, so the writer's three-way
    merge keeps an editor's changes to the page as it does for any other page.
    """
    from .models import Page
    from .related import find_related, related_section, with_related

    related = find_related(records.values())
    overviews = {overview_of(slug) for slug in regenerated}
    out = [
        replace(p, text=with_related(p.text, related_section(related[p.path.parts[0]])))
        if p.path.as_posix() in overviews else p
        for p in pages
    ]
    for key, record in records.items():
        now = tuple(r.slug for r in related[record.slug])
        if record.slug not in regenerated and (now != record.related or regenerated.intersection(now, record.related)):
            page = PurePosixPath(overview_of(record.slug))
            base = bases.get(page)
            if base is not None and page.as_posix() in record.pages:
                section = related_section(related[record.slug])
                out.append(Page(page, with_related(base.decode("utf-8", errors="replace"), section)))
        if now != record.related:
            records[key] = replace(record, related=now)
    return out


def overview_of(slug: str) -> str:
    """The overview page of the explainer in ``slug``: the page that lists its related explainers."""
    from .render import PAGE_FILES  # the renderer's names, imported only by a run that renders

    return f"{slug}/{PAGE_FILES['overview']}"


def _is_current(record: ExplainerRecord | None, digest: str, conflicted: set[str], docs_dir: Path) -> bool:
    """True when regenerating would change nothing; a conflict is reported again until it is resolved.

    A page deleted since the last run (or one brought back) changes the pages that link to it, so the
    explainer is regenerated: a listing of its folder, asked last, only of an explainer otherwise current.
    """
    return (
        record is not None
        and record.is_current(digest, __version__)
        and not any(page in conflicted for page in record.pages)
        and missing(docs_dir, record.pages) == record.deleted
    )


def _deleted(writer: PageWriter, pages: Sequence[Page], generated: Collection[str]) -> tuple[str, ...]:
    """The ``pages`` the writer will keep deleted: written before (they have a base), gone from docs/ now.

    The writer's own listing of the folder answers, so the links go exactly where it keeps a page
    deleted; a new explainer's folder, with no base, is not looked at.
    """
    if writer.force:  # --force writes them again
        return ()
    return tuple(p.path.as_posix() for p in pages if p.path.as_posix() in generated and not writer.on_disk(p.path))


def _deleted_site_pages(
    docs_dir: Path, generated: Collection[str], force: bool
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The site's pages written before and gone from docs/ now: those to write again, and those kept deleted.

    The top-level pages (home, explainers index, players index) are the site's navigation: mkdocs.yml's
    nav names them, which no rewrite of the pages can unlink, and the theme links the home page from
    every page. They are written again. A month or letter page stays deleted, as an explainer's page does.
    One listing of each folder (docs/, explainers/, players/) tells, on a no-op run too.
    """
    if force:  # --force writes them all again
        return (), ()
    gone = sorted(missing(docs_dir, [page for page in generated if is_site_page(page)]))
    navigation = tuple(page for page in gone if is_navigation_page(page))
    return navigation, tuple(page for page in gone if page not in navigation)


def reserved_slugs(state: State, seeds: Sequence[Path], generated: Collection[str] | None = None) -> set[str]:
    """Slugs this run must not give out: other seeds' explainers, and folders of pages no seed owns now."""
    regenerated = {state.seed_key(seed) for seed in seeds}
    kept = [r for r in state.records if r.seed not in regenerated]
    owned = {page for r in state.records if r.seed in regenerated for page in r.pages}
    if generated is None:
        generated = state.bases().page_set()
    folders = {page.partition("/")[0] for page in generated if "/" in page and page not in owned}
    return {r.slug for r in kept} | folders


def retire_removed(state: State, records: dict[str, ExplainerRecord], docs_dir: Path) -> dict[str, ExplainerRecord]:
    """Drop the record of an explainer whose seed and every page are gone: the editor retired it."""
    kept = {}
    for key, record in records.items():
        if state.seed_exists(record) or any(os.path.isfile(os.path.join(docs_dir, page)) for page in record.pages):
            kept[key] = record
    return kept


def unowned_pages(
    state: State, records: dict[str, ExplainerRecord], pages: Sequence[Page], docs_dir: Path,
    generated: Collection[str] | None = None, *, site_written: bool = True,
) -> tuple[tuple[PurePosixPath, ...], tuple[PurePosixPath, ...]]:
    """Generated pages no seed generates any more (seed removed, or page dropped): in docs/, and gone from it.

    ``generated``: the pages with a base before this run wrote any (default: the state's now); a page
    this run wrote is one of ``pages``, so it is not unowned either way. ``site_written`` False: the
    site pages were skipped as unchanged, so they are all still live.
    """
    live = {p.path.as_posix() for p in pages}
    live |= {page for r in records.values() if state.seed_exists(r) for page in r.pages}
    unowned = [
        PurePosixPath(page) for page in sorted(
            (page for page in (state.bases().page_set() if generated is None else generated)
             if page not in live and (site_written or not is_site_page(page))),
            key=page_order,
        )
    ]
    present = tuple(page for page in unowned if (docs_dir / page).is_file())
    return present, tuple(page for page in unowned if page not in present)


def mkdocs(command: str, config_file: Path, *args: str) -> None:
    """Run the real ``mkdocs`` (``build`` or ``serve``) with this interpreter."""
    import subprocess  # here: every generate imports this module, and only build and serve run mkdocs

    argv = [sys.executable, "-m", "mkdocs", command, "--config-file", str(config_file), *args]
    result = subprocess.run(argv, check=False)
    if result.returncode != 0:
        raise SiteBuildError(f"mkdocs {command} failed with exit code {result.returncode}")
