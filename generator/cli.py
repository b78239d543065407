"""The ``explainers`` command: parses options, calls the library, turns domain errors into exit codes."""

from __future__ import annotations

import json
import os
import sys
from datetime import date, datetime
from pathlib import Path

import click

from . import __version__
from .analyze import analyze
from .build import GenerateResult, find_seeds, generate, mkdocs
from .errors import SeedError
from .export import as_json
from .reader import read


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
@published_option
def generate_command(seeds: tuple[Path, ...], seeds_dir: Path, docs_dir: Path, published: date | None) -> None:
    """Write the explainers for SEED files (default: every file in seeds/) into docs/.

    A seed that cannot be read is reported at the end and the others are still generated;
    the exit code is then 1.

    \b
    Example:
      explainers generate
      explainers generate seeds/russia-us-summit.txt --published 2018-07-12
    """
    _generate(seeds, seeds_dir, docs_dir, published)


@main.command("build")
@seeds_option
@docs_option
@config_option
@published_option
def build_command(seeds_dir: Path, docs_dir: Path, config_file: Path, published: date | None) -> None:
    """Generate every seed, then build the site with `mkdocs build --strict` into site/.

    \b
    Example:
      explainers build
    """
    _generate((), seeds_dir, docs_dir, published)
    mkdocs("build", config_file, "--strict")


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

    _generate((), seeds_dir, docs_dir, None)
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
    failed = 0
    results: list[dict[str, object]] = []
    for path in paths:
        try:
            obj = as_json(analyze(read(path, published=published)))
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


def _generate(seeds: tuple[Path, ...], seeds_dir: Path, docs_dir: Path, published: date | None) -> GenerateResult:
    paths = list(seeds) or find_seeds(seeds_dir)
    if not paths:
        raise click.ClickException(f"{seeds_dir}: no seed files (.txt) to generate")
    result = generate(paths, docs_dir, published)
    click.echo(
        f"{len(result.explainers)} explainer(s): {len(result.report.written)} file(s) written, "
        f"{len(result.report.unchanged)} unchanged, in {docs_dir}",
        err=True,
    )
    for failure in result.failures:
        click.echo(f"error: {failure.message}", err=True)
    if result.failures:
        raise click.ClickException(f"{len(result.failures)} seed(s) could not be generated")
    return result
