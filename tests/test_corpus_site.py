"""The 40 plain-text articles of the shared corpus and the seed build into one site, strictly and quietly."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.listings import HOME_LATEST

from .conftest import SEED, copy_project, run_cli

pytestmark = pytest.mark.slow


def test_corpus_and_seed_build_into_one_strict_site(corpus: Path, tmp_path: Path) -> None:
    articles = sorted((corpus / "articles").glob("*.txt"))
    if len(articles) < 40:
        pytest.skip(f"{corpus / 'articles'} holds {len(articles)} articles, not 40")
    project = copy_project(tmp_path, seeds=[*articles, SEED])

    result = run_cli("build", cwd=project)

    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if re.match(r"\s*(WARNING|ERROR)", line)]
    assert warnings == []
    site = project / "site"
    explainers = [p for p in site.iterdir() if (p / "source" / "index.html").is_file()]
    assert len(explainers) == len(articles) + 1
    home = (project / "docs" / "index.md").read_text(encoding="utf-8")
    assert len(re.findall(r"^- \*\*\[", home, flags=re.MULTILINE)) == min(HOME_LATEST, len(articles) + 1)
    months = "".join(page.read_text(encoding="utf-8") for page in (site / "explainers").glob("*/index.html"))
    for explainer in explainers:
        assert f'href="../../{explainer.name}/"' in months
