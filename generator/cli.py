"""The ``explainers`` command: parses options, calls the library, turns domain errors into exit codes."""

from __future__ import annotations

import json
import os
import sys
from datetime import date, datetime
from pathlib import Path, PurePosixPath
from typing import Any

import click

from . import __version__
from .build import GenerateResult, find_seeds, generate, mkdocs, stray_files
from .errors import SeedError, analysis_failed
from .slugs import is_site_page
from .state import default_state_dir, load_state


def _parse_date(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%d").date()
    except ValueError as error:
        raise click.BadParameter(f"{value!r} is not a date like 2018-07-12") from error


published_option = click.option(
    "--published", metavar="YYYY-MM-DD", callback=_parse_date,
    help="Publication date of the article(s); overrides the seed's metadata.",
)
docs_option = click.option(
    "--docs-dir", type=click.Path(file_okay=False, path_type=Path), default=Path("docs"),
    show_default=True, help="Folder the Markdown pages are written to.",
)
seeds_option = click.option(
    "--seeds-dir", type=click.Path(file_okay=False, path_type=Path), default=Path("seeds"),
    show_default=True, help="Folder of seed articles used when no SEED is given.",
)
state_option = click.option(
    "--state-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
    help="The generator's state folder: what it last wrote, conflicts, backups. "
    "[default: .explainers beside the docs folder]",
)
force_option = click.option(
    "--force", is_flag=True,
    help="Overwrite pages edited by hand with the new version, after backing each up under <state-dir>/backups/;"
    " write pages deleted by hand again.",
)
jobs_option = click.option(
    "--jobs", "-j", type=click.IntRange(min=1), default=None, metavar="N",
    help="Worker processes for reading and analysis  [default: one per core].",
)
config_option = click.option(
    "--config-file", "-f", type=click.Path(dir_okay=False, path_type=Path), default=Path("mkdocs.yml"),
    show_default=True, help="The MkDocs configuration.",
)


@click.group()
@click.version_option(__version__, prog_name="explainers")
def main() -> None:
    """Turn news articles into explainer sites: Markdown pages under docs/, built with MkDocs."""


@main.command("generate")
@click.argument("seeds", nargs=-1, type=click.Path(path_type=Path))
@seeds_option
@docs_option
@state_option
@published_option
@force_option
@jobs_option
def generate_command(
    seeds: tuple[Path, ...], seeds_dir: Path, docs_dir: Path, state_dir: Path | None, published: date | None,
    force: bool, jobs: int | None,
) -> None:
    """Write the explainers for SEED files (default: every file in seeds/) into docs/.

    Pages an editor changed are never overwritten: the new version is merged into them. When the
    two changes overlap, the page is left as it is, the proposed version is written to
    .explainers/conflicts/ and the exit code is 1 (see `explainers resolve`). A page of an explainer,
    or a month or players page, that an editor deleted stays deleted, and the generated pages stop
    linking to it (--force writes it again, links and all); the home, explainers and players pages,
    the site's navigation, are written again. A seed that cannot be read is reported at the end, the others are
    still generated, and the exit code is 1.

    Seeds unchanged since their pages were written (same text, metadata, options and generator)
    are skipped. The others are read and analyzed on every core, with a progress bar on a terminal.

    \b
    Example:
      explainers generate
      explainers generate seeds/russia-us-summit.txt --published 2018-07-12
      explainers generate --force    # replace edited pages, backing them up
      explainers generate --jobs 4
    """
    _finish(_generate(seeds, seeds_dir, docs_dir, state_dir, published, force, jobs))


@main.command("build")
@seeds_option
@docs_option
@state_option
@config_option
@published_option
@jobs_option
def build_command(
    seeds_dir: Path, docs_dir: Path, state_dir: Path | None, config_file: Path, published: date | None,
    jobs: int | None,
) -> None:
    """Generate every seed, then build the site with `mkdocs build --strict` into site/.

    A bad seed or a conflict does not stop the build: the site is built from what there is, and
    the exit code is then 1.

    \b
    Example:
      explainers build
    """
    result = _generate((), seeds_dir, docs_dir, state_dir, published, force=False, jobs=jobs)
    mkdocs("build", config_file, "--strict")
    _finish(result)


@main.command("serve")
@seeds_option
@docs_option
@config_option
@click.option("--dev-addr", default="127.0.0.1:8000", show_default=True, help="Address to serve on.")
def serve_command(seeds_dir: Path, docs_dir: Path, config_file: Path, dev_addr: str) -> None:
    """Generate every seed, then preview the site with `mkdocs serve`.

    The preview follows edits: saving a page in docs/ or a seed in seeds/ rebuilds it, and a
    changed seed is regenerated first (the `explainers` plugin in mkdocs.yml).

    \b
    Example:
      explainers serve --dev-addr 127.0.0.1:8000
    """
    from .serve import SEEDS_DIR_VARIABLE  # imports MkDocs: only this command needs it

    _generate((), seeds_dir, docs_dir, None, None, force=False)
    # The plugin runs inside the mkdocs process; tell it which seeds this command generated.
    os.environ[SEEDS_DIR_VARIABLE] = str(seeds_dir.resolve())
    # Become `mkdocs serve` instead of waiting on it as a child: a stop signal (Ctrl-C, kill, a
    # supervisor's SIGTERM) then reaches the server itself, and no orphan is left holding the port.
    sys.stdout.flush()
    sys.stderr.flush()
    argv = [sys.executable, "-m", "mkdocs", "serve", "--config-file", str(config_file), "--dev-addr", dev_addr]
    os.execv(sys.executable, argv)


@main.command("analyze")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl"]), default="json", show_default=True,
              help="json: one indented document; jsonl: one object per input path, one per line.")
@published_option
def analyze_command(paths: tuple[Path, ...], fmt: str, published: date | None) -> None:
    """Print the analysis of each PATH (roles, pages, summary) without writing pages.

    With --format jsonl, exactly one JSON object per PATH, in order; a seed that cannot
    be read gives an object with "error" and no sentences, and the exit code is 1.

    \b
    Example:
      explainers analyze --format json seeds/russia-us-summit.txt
      explainers analyze --format jsonl seeds/*.txt > analysis.jsonl
    """
    # Imported here: the other commands, a no-op generate above all, do without the analysis.
    from .analyze import analyze
    from .export import as_json
    from .readers import read

    failed = 0
    results: list[dict[str, object]] = []
    for path in paths:
        try:
            article = read(path, published=published)
            try:
                obj = as_json(analyze(article))
            except Exception as bug:  # one article's bug must not cost the rest their analysis
                raise analysis_failed(path, bug) from bug
        except SeedError as error:
            click.echo(f"error: {error.message}", err=True)
            failed += 1
            obj = {"path": str(path), "error": error.problem, "title": None, "source": None,
                   "published": None, "sentences": []}
        if fmt == "jsonl":
            click.echo(json.dumps(obj, ensure_ascii=False))
        else:
            results.append(obj)
    if fmt == "json":
        click.echo(json.dumps(results[0] if len(results) == 1 else results, ensure_ascii=False, indent=2))
    if failed:
        sys.exit(1)


@main.command("status")
@docs_option
@state_option
@click.option("--short", is_flag=True, help="List only pages that are not as generated.")
def status_command(docs_dir: Path, state_dir: Path | None, short: bool) -> None:
    """List generated pages and which of them are edited, conflicted, deleted or orphaned.

    \b
    generated   as the generator wrote it; regenerating may rewrite it
    edited      changed by hand; regenerating merges the new version into it
    conflicted  the last merge overlapped your edits; see the proposed version
    deleted     deleted by hand; regenerating keeps it deleted and unlinks it, generate --force writes it again
                (the home, explainers and players pages, the site's navigation, are written again)
    orphaned    its seed is gone (or it is no longer generated); kept until you delete it

    \b
    Example:
      explainers status
      explainers status --short
    """
    from .status import STATES, page_status  # here, not at the top: a no-op generate does without them

    state = load_state(state_dir or default_state_dir(docs_dir))
    statuses = page_status(docs_dir, state)
    if not statuses:
        click.echo(f"no generated pages recorded in {state.root}; run `explainers generate`")
        return
    counts = {name: 0 for name in STATES}
    for item in statuses:
        counts[item.state] += 1
        if not (short and item.state == "generated"):
            note = f"  ({item.note})" if item.note else ""
            click.echo(f"{item.state:<11} {docs_dir / item.page}{note}")
    click.echo(", ".join(f"{n} {name}" for name, n in counts.items()), err=True)


@main.command("check")
@docs_option
@state_option
@config_option
def check_command(docs_dir: Path, state_dir: Path | None, config_file: Path) -> None:
    """Check the pages in docs/: front matter, links and anchors, every explainer's pages.

    Front matter must parse as YAML and carry its keys; every link between pages, and every
    provenance link source.md#pN, must reach an existing page and anchor; every explainer must
    have all its pages; no page may hold conflict markers. Exit code 1 lists the problems.

    \b
    Example:
      explainers check
    """
    from .check import check

    state = load_state(state_dir or default_state_dir(docs_dir))
    extensions, configs = _markdown_config(config_file)
    problems = check(docs_dir, state, extensions, configs)
    for problem in problems:
        click.echo(str(problem))
    if problems:
        raise click.ClickException(f"{len(problems)} problem(s) in {docs_dir}")
    click.echo(f"{docs_dir}: no problems", err=True)


@main.command("resolve")
@click.argument("pages", nargs=-1, required=True, type=click.Path(path_type=Path))
@docs_option
@state_option
def resolve_command(pages: tuple[Path, ...], docs_dir: Path, state_dir: Path | None) -> None:
    """Mark conflicted PAGES as resolved: the page as it is now in docs/ is the editor's answer.

    Merge what you want from the proposed version (.explainers/conflicts/<page>) into the page
    in docs/ by hand, then resolve it; the next generate keeps your page and merges only later
    changes.

    \b
    Example:
      explainers resolve docs/russia-us-summit-can-disagreements-be-resolved/background.md
    """
    from .writer import resolve

    state = load_state(state_dir or default_state_dir(docs_dir))
    for path in pages:
        page = _page_of(path, docs_dir)
        file = docs_dir / page
        if file.is_file() and "\n<<<<<<< " in "\n" + file.read_text(encoding="utf-8", errors="replace"):
            raise click.ClickException(f"{file}: still holds conflict markers; edit them out first")
        if not resolve(page, state):
            raise click.ClickException(f"{file}: has no conflict to resolve (see `explainers status`)")
        click.echo(f"resolved {file}")


def _page_of(path: Path, docs_dir: Path) -> PurePosixPath:
    """A page given as docs/x/index.md (or x/index.md) as a path relative to the docs folder."""
    try:
        return PurePosixPath(path.resolve().relative_to(docs_dir.resolve()).as_posix())
    except ValueError:
        return PurePosixPath(path.as_posix())


def _markdown_config(config_file: Path) -> tuple[list[str], dict[str, dict[str, Any]]]:
    from .check import DEFAULT_EXTENSIONS

    if not config_file.is_file():
        return list(DEFAULT_EXTENSIONS), {}
    from mkdocs.config import load_config  # slow to import; only check needs it
    from mkdocs.exceptions import ConfigurationError

    try:
        config = load_config(str(config_file))
    except ConfigurationError as error:
        raise click.ClickException(f"{config_file}: {error}") from error
    return list(config.markdown_extensions), dict(config.mdx_configs)


def _generate(
    seeds: tuple[Path, ...], seeds_dir: Path, docs_dir: Path, state_dir: Path | None, published: date | None,
    force: bool, jobs: int | None = None,
) -> GenerateResult:
    paths = list(seeds) or find_seeds(seeds_dir)
    for stray in [] if seeds else stray_files(seeds_dir):
        click.echo(f"warning: {stray}: not read; a seed is .txt, .md or .html (save the article as one)", err=True)
    if not paths:
        raise click.ClickException(f"{seeds_dir}: no seed files (.txt, .md, .html) to generate")
    result = generate(paths, docs_dir, published, state_dir=state_dir, force=force, jobs=jobs)
    report = result.report
    skipped = f" ({result.skipped} unchanged seed(s) skipped)" if result.skipped else ""
    click.echo(
        f"{len(result.explainers) + result.skipped} explainer(s){skipped}: {len(report.written)} file(s) written, "
        f"{len(report.unchanged)} unchanged, in {docs_dir}",
        err=True,
    )
    for outcome in report.having("merged"):
        click.echo(f"merged: {outcome.file}: your edits are kept and the new version is merged in", err=True)
    seed_of = {page: record.seed for record in result.explainers for page in record.pages}
    for outcome in report.having("kept-deleted"):
        links = "the generated pages no longer link to it (see `explainers check` for links of your own);"
        if is_site_page(outcome.page):
            # Any seed: a run that writes a seed writes the site's pages, and --force writes them all.
            back = f"put it back (`git checkout {outcome.file}`) or `explainers generate --force` writes it again"
        else:
            back = f"`explainers generate --force {seed_of.get(outcome.page.as_posix(), 'SEED')}` writes it again"
        click.echo(f"kept deleted: {outcome.file}: deleted by an editor, so not re-created; {links} {back}", err=True)
    for page in result.restored:
        click.echo(
            f"restored: {docs_dir / page}: deleted by an editor, but the site's navigation (mkdocs.yml's nav, the"
            " header) links it, so it is written again; edit it instead, your edits are kept",
            err=True,
        )
    for outcome in report.having("forced"):
        click.echo(f"forced: {outcome.file}: replaced; the edited version is backed up in {outcome.note}", err=True)
    for page in result.orphans:
        click.echo(f"orphaned: {docs_dir / page}: no seed generates it any more; delete it to retire it", err=True)
    for page in result.retired:
        click.echo(f"removed: {docs_dir / page}: a site page that lists nothing any more (unedited)", err=True)
    for outcome in report.conflicts:
        click.echo(
            f"conflict: {outcome.file}: your edits and the new version overlap; the page is unchanged, "
            f"the proposed version is in {outcome.note}",
            err=True,
        )
    for failure in result.failures:
        click.echo(f"error: {failure.message}", err=True)
    return result


def _finish(result: GenerateResult) -> None:
    """Exit code 1 after a run with bad seeds or conflicts, with one line saying what to do."""
    problems = []
    if result.failures:
        problems.append(f"{len(result.failures)} seed(s) could not be generated")
    if result.report.conflicts:
        problems.append(
            f"{len(result.report.conflicts)} page(s) in conflict: merge by hand, then `explainers resolve PAGE`"
        )
    if problems:
        raise click.ClickException("; ".join(problems))
