"""Shared fixtures: the repository, the seed, and the shared corpus when it is present."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "russia-us-summit.txt"
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"


@pytest.fixture
def seed() -> Path:
    return SEED


@pytest.fixture
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not present")
    return CORPUS


def copy_project(dest: Path, seeds: list[Path] | None = None) -> Path:
    """A throwaway project in ``dest``: mkdocs.yml, docs/assets and the given seeds (default: the seed)."""
    import shutil

    shutil.copy(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    shutil.copytree(ROOT / "docs" / "assets", dest / "docs" / "assets")
    (dest / "seeds").mkdir()
    for path in seeds if seeds is not None else [SEED]:
        shutil.copy(path, dest / "seeds" / path.name)
    return dest


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run the real ``explainers`` command line in ``cwd``."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True, env=env, check=False
    )


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_project(tmp_path)
