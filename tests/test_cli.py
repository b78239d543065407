"""The `explainers` command line as a user meets it: help, analyze output, bad seeds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main

from .conftest import SEED, run_cli


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output
    assert "explainers " + command in result.output


def test_analyze_jsonl_prints_one_object_per_path_in_order(tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("Council backs new park\n\nThe city council voted on Monday to build a park.\n", encoding="utf-8")
    result = run_cli("analyze", "--format", "jsonl", str(SEED), str(other), str(SEED), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    objects = [json.loads(line) for line in lines]
    assert [o["title"] for o in objects] == [
        "Russia-US summit: can disagreements be resolved?",
        "Council backs new park",
        "Russia-US summit: can disagreements be resolved?",
    ]
    first = objects[0]
    assert first["source"] == "VOVWORLD"
    assert first["published"] == "2018-07-12"  # from the sidecar seeds/russia-us-summit.yml
    sentence = first["sentences"][0]
    assert set(sentence) >= {"id", "paragraph", "text", "role", "page"}
    assert [s["id"] for s in first["sentences"]] == [f"s{i}" for i in range(1, len(first["sentences"]) + 1)]


def test_analyze_keeps_one_line_per_path_when_a_seed_is_bad(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = run_cli("analyze", "--format", "jsonl", str(empty), str(SEED), cwd=tmp_path)
    assert result.returncode == 1
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(objects) == 2
    assert objects[0]["sentences"] == [] and "empty" in objects[0]["error"]
    assert objects[1]["sentences"]
    assert f"{empty}: is empty" in result.stderr


def test_published_date_is_validated(tmp_path: Path) -> None:
    result = run_cli("analyze", "--published", "12/07/2018", str(SEED), cwd=tmp_path)
    assert result.returncode == 2
    assert "2018-07-12" in result.stderr


def test_bad_seed_is_reported_and_the_others_are_generated(project: Path) -> None:
    (project / "seeds" / "broken.txt").write_bytes(b"Title only\n\n")
    (project / "seeds" / "latin1.txt").write_bytes("Caf\u00e9\n\nFerm\u00e9.".encode("latin-1"))
    result = run_cli("generate", cwd=project)
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert any("broken.txt: has a title but no article body" in line for line in errors)
    assert any("latin1.txt: is not UTF-8 text" in line for line in errors)
    assert "Traceback" not in result.stderr
    explainers = [p.name for p in (project / "docs").iterdir() if (p / "index.md").is_file()]
    assert explainers == ["russia-us-summit-can-disagreements-be-resolved"]


def test_missing_seed_folder_is_a_clear_error(tmp_path: Path) -> None:
    result = run_cli("generate", cwd=tmp_path)
    assert result.returncode == 1
    assert "seeds: no such folder of seeds" in result.stderr
    assert "Traceback" not in result.stderr
