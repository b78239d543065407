"""Golden test: the seed's explainer is compared with the committed expected tree in tests/golden/.

An intended change to the output updates the expected files in the same commit (`make golden`),
so reviewers see the change in the generated pages, not just in the code.
"""

from __future__ import annotations

import difflib
import os
import shutil
from pathlib import Path

from generator.build import generate

from .conftest import ROOT, SEED

GOLDEN = ROOT / "tests" / "golden"
PUBLISHED = None


def _tree(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(root.rglob("*.md"))
    }


def test_seed_explainer_matches_the_golden_tree(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    generate([SEED], docs, published=PUBLISHED)
    actual = _tree(docs)
    if os.environ.get("UPDATE_GOLDEN"):
        shutil.rmtree(GOLDEN, ignore_errors=True)
        for name, text in actual.items():
            (GOLDEN / name).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / name).write_text(text, encoding="utf-8")
    expected = _tree(GOLDEN)
    assert sorted(actual) == sorted(expected), "a page was added or removed; run `make golden` if intended"
    for name in expected:
        if actual[name] != expected[name]:
            diff = "".join(
                difflib.unified_diff(
                    expected[name].splitlines(keepends=True),
                    actual[name].splitlines(keepends=True),
                    f"golden/{name}",
                    f"generated/{name}",
                )
            )
            raise AssertionError(f"{name} differs from the golden file (run `make golden` if intended):\n{diff}")
