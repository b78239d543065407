"""The GitHub Pages workflow: valid YAML, the documented Pages recipe, and only commands this project has."""

from __future__ import annotations

import re
import shlex
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml
from mkdocs.config import load_config

from generator.cli import main

from .conftest import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "publish.yml"


@pytest.fixture(scope="module")
def workflow() -> dict[Any, Any]:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def steps(workflow: dict[Any, Any]) -> list[dict[str, Any]]:
    return [step for job in workflow["jobs"].values() for step in job["steps"]]


def make_targets() -> set[str]:
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    return set(re.findall(r"^([A-Za-z][\w.-]*):", text, flags=re.MULTILINE))


def test_runs_on_push_to_main(workflow: dict[Any, Any]) -> None:
    # YAML 1.1 reads the bare key `on` as True.
    triggers = workflow.get("on", workflow.get(True))
    assert triggers["push"]["branches"] == ["main"]


def test_follows_the_pages_recipe(workflow: dict[Any, Any]) -> None:
    assert workflow["permissions"]["pages"] == "write"
    assert workflow["permissions"]["id-token"] == "write"
    build, deploy = workflow["jobs"]["build"], workflow["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    assert deploy["environment"]["name"] == "github-pages"
    assert any(s.get("uses", "").startswith("actions/deploy-pages@") for s in deploy["steps"])
    upload = next(s for s in build["steps"] if s.get("uses", "").startswith("actions/upload-pages-artifact@"))
    site_dir = load_config(config_file=str(ROOT / "mkdocs.yml")).site_dir
    assert (ROOT / upload["with"]["path"]).resolve() == Path(site_dir).resolve()
    for step in steps(workflow):
        if "uses" in step:
            assert re.fullmatch(r"actions/[\w-]+@v\d+", step["uses"]), step["uses"]


def test_caches_pip_downloads(workflow: dict[Any, Any]) -> None:
    setup = next(s for s in steps(workflow) if s.get("uses", "").startswith("actions/setup-python@"))
    assert setup["with"]["cache"] == "pip"
    assert (ROOT / setup["with"]["cache-dependency-path"]).is_file()


def test_site_url_comes_from_the_pages_base_url(workflow: dict[Any, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    build_step = next(s for s in steps(workflow) if s.get("run", "").strip() == "explainers build")
    assert build_step["env"]["SITE_URL"] == "${{ steps.pages.outputs.base_url }}/"
    assert any(s.get("id") == "pages" and s["uses"].startswith("actions/configure-pages@") for s in steps(workflow))
    monkeypatch.setenv("SITE_URL", "https://owner.github.io/news/")
    assert load_config(config_file=str(ROOT / "mkdocs.yml")).site_url == "https://owner.github.io/news/"


def test_every_command_it_runs_exists_in_the_project(workflow: dict[Any, Any]) -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    scripts = set(project["scripts"])
    extras = set(project.get("optional-dependencies", {}))
    commands = [line for s in steps(workflow) if "run" in s for line in s["run"].splitlines() if line.strip()]
    assert commands
    for line in commands:
        argv = shlex.split(line)
        if argv[:4] == ["python", "-m", "pip", "install"]:
            for target in argv[4:]:
                match = re.fullmatch(r"\.(?:\[([\w,-]+)\])?", target)
                assert match, f"installs something other than this project: {line}"
                assert set(filter(None, (match.group(1) or "").split(","))) <= extras, line
        elif argv[0] in scripts:
            assert argv[0] == "explainers" and argv[1] in main.commands, line
        elif argv[0] == "make":
            assert set(argv[1:]) <= make_targets(), line
        else:
            pytest.fail(f"the workflow runs a command this test does not know: {line}")
