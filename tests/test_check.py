"""`explainers check` and `explainers status` on a docs folder after editors' work."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.state import load_state

from .conftest import run_cli

SLUG = "russia-us-summit-can-disagreements-be-resolved"


@pytest.fixture
def site(project: Path) -> Path:
    assert run_cli("generate", cwd=project).returncode == 0
    return project


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_freshly_generated_site_passes(site: Path) -> None:
    result = run_cli("check", cwd=site)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no problems" in result.stderr


def test_check_lists_every_problem_and_fails(site: Path) -> None:
    docs = site / "docs" / SLUG
    _replace(docs / "index.md", "title: ", "title: [unclosed\nbroken: ")
    _replace(docs / "background.md", "description:", "summary:")
    _replace(docs / "disagreements.md", "(source.md#p4", "(source.md#p404")
    (docs / "outlook.md").unlink()
    _replace(docs / "source.md", "# Source", "<<<<<<< editor\n# Source\n=======\n# Source\n>>>>>>> generator\n")
    result = run_cli("check", cwd=site)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    expected = [
        f"docs/{SLUG}/background.md: front matter lacks description",
        f"docs/{SLUG}/disagreements.md: link to source.md#p404: no anchor #p404 in {SLUG}/source.md",
        f"docs/{SLUG}/index.md: front matter is not valid YAML",
        f"docs/{SLUG}/outlook.md: missing: explainer {SLUG} has no outlook.md",
        f"docs/{SLUG}/source.md: holds conflict markers",
        f"docs/{SLUG}/index.md: link to outlook.md: no page {SLUG}/outlook.md",
    ]
    for want in expected:
        assert any(line.startswith(want) for line in lines), (want, lines)
    assert "Error: " in result.stderr and "problem(s) in docs" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_reads_anchors_the_way_mkdocs_makes_them(site: Path) -> None:
    overview = site / "docs" / SLUG / "index.md"
    overview.write_text(
        overview.read_text(encoding="utf-8") + "\nSee [the glance](#at-a-glance) and [p1](source.md#p1).\n",
        encoding="utf-8",
    )
    assert run_cli("check", cwd=site).returncode == 0


def test_status_names_each_state(site: Path) -> None:
    docs = site / "docs" / SLUG
    _replace(docs / "background.md", "# Background", "# Background, revised")
    (docs / "outlook.md").unlink()
    result = run_cli("status", cwd=site)
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert f"edited      docs/{SLUG}/background.md" in lines
    assert f"deleted     docs/{SLUG}/outlook.md  (still linked until the next generate)" in lines
    assert f"generated   docs/{SLUG}/index.md" in lines
    assert "generated   docs/index.md" in lines
    pages = len(load_state(site / ".explainers").generated_pages())
    assert f"{pages - 2} generated, 1 edited, 0 conflicted, 1 deleted, 0 orphaned" in result.stderr
    short = run_cli("status", "--short", cwd=site).stdout.splitlines()
    assert short == [
        f"edited      docs/{SLUG}/background.md",
        f"deleted     docs/{SLUG}/outlook.md  (still linked until the next generate)",
    ]


def test_a_page_deleted_on_purpose_is_missing_only_until_generate_unlinks_it(site: Path) -> None:
    (site / "docs" / SLUG / "outlook.md").unlink()
    before = run_cli("check", cwd=site)
    assert before.returncode == 1
    assert f"docs/{SLUG}/outlook.md: missing: explainer {SLUG} has no outlook.md (deleted on purpose?" in before.stdout
    assert f"docs/{SLUG}/index.md: link to outlook.md: no page {SLUG}/outlook.md" in before.stdout
    assert run_cli("generate", cwd=site).returncode == 0
    after = run_cli("check", cwd=site)
    assert after.returncode == 0, after.stdout
    assert run_cli("status", "--short", cwd=site).stdout.splitlines() == [f"deleted     docs/{SLUG}/outlook.md"]


def test_status_before_any_generate(tmp_path: Path) -> None:
    result = run_cli("status", cwd=tmp_path)
    assert result.returncode == 0 and "run `explainers generate`" in result.stdout


def test_a_damaged_state_file_is_a_clear_error(site: Path) -> None:
    (site / ".explainers" / "state.json").write_text("{not json", encoding="utf-8")
    for command in ("generate", "status", "check"):
        result = run_cli(command, cwd=site)
        assert result.returncode == 1
        assert ".explainers/state.json: cannot read the generator's state" in result.stderr
        assert "Traceback" not in result.stderr
