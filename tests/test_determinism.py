"""Two runs on the same seeds give byte-identical docs/ and state, whatever PYTHONHASHSEED is."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import SEED, copy_project

pytestmark = pytest.mark.slow

EXTRA_SEEDS = {
    "park.txt": "Council backs new park\n\nThe city council voted on Monday to build a park on the old rail yard.\n\n"
    "Critics said the plan costs too much and accused the mayor of ignoring them.\n\n"
    "The park is expected to open next year.\n",
    "park-again.txt": "Council backs new park\n\nA second story with the same headline, so slugs are made unique.\n",
    "rates.md": "---\ntitle: 'Rates: what changed #2'\nsource: Example Times\npublished: 2024-03-01\n"
    "tags: [economy, rates]\n---\n\n# Rates\n\nThe central bank raised rates on Thursday, it said.\n\n"
    "## Reactions\n\nAnalysts warned that mortgages will cost more.\n",
    "kyiv.txt": "Саммит в Хельсинки\n\nПрезиденты встретились в понедельник в Хельсинки.\n\n"
    "Эксперты сказали, что прорыва не будет.\n",
}


def _run(tmp: Path, hash_seed: str) -> dict[str, bytes]:
    project = copy_project(tmp, seeds=[SEED])
    for name, text in EXTRA_SEEDS.items():
        (project / "seeds" / name).write_text(text, encoding="utf-8")
    env = {**os.environ, "PYTHONHASHSEED": hash_seed, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "generator", "generate"], cwd=project, env=env, capture_output=True, text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return {
        path.relative_to(project).as_posix(): path.read_bytes()
        for top in ("docs", ".explainers") for path in sorted((project / top).rglob("*")) if path.is_file()
    }


def test_output_does_not_depend_on_the_hash_seed(tmp_path_factory: pytest.TempPathFactory) -> None:
    first = _run(tmp_path_factory.mktemp("hash0"), "0")
    second = _run(tmp_path_factory.mktemp("hash1"), "4242")
    assert sorted(first) == sorted(second)
    differing = [name for name in first if first[name] != second[name]]
    assert differing == []
    assert len([name for name in first if name.endswith("/index.md")]) >= len(EXTRA_SEEDS) + 1
