"""Large runs on every core: the same output as one process, bad seeds reported, quiet unless watched."""

from __future__ import annotations

import io
import time
from pathlib import Path

import pytest

from generator import parallel
from generator.build import generate
from generator.parallel import map_ordered

from .conftest import SEED, run_cli

BODY = (
    "The city council of {town} voted on Monday to spend {n} million on new bus lanes.\n\n"
    "Critics said the plan would hurt shops. \"It is a disaster,\" said Mr. Jones of the traders' group.\n\n"
    "The council first debated the lanes in 2015.\n\n"
    "A final vote is expected next month.\n"
)


def write_seeds(folder: Path, count: int) -> list[Path]:
    """``count`` small seeds; every fifth repeats an earlier title, two are broken."""
    folder.mkdir()
    seeds = []
    for i in range(count):
        title = f"Council backs bus lanes in town {i // 5 if i % 5 == 4 else i}"
        path = folder / f"{i:03d}.txt"
        path.write_text(f"{title}\n\n{BODY.format(town=f'Town {i}', n=i)}", encoding="utf-8")
        seeds.append(path)
    seeds[7].write_text("   \n", encoding="utf-8")
    seeds[31].write_bytes(b"\x00\x01binary")
    return seeds


def tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_pool_writes_exactly_what_one_process_writes(tmp_path: Path) -> None:
    seeds = write_seeds(tmp_path / "seeds", 60)
    serial = generate(seeds, tmp_path / "one" / "docs", jobs=1)
    pooled = generate(seeds, tmp_path / "two" / "docs", jobs=2)
    assert len(seeds) >= parallel.POOL_MIN_ITEMS
    assert tree(tmp_path / "two") == tree(tmp_path / "one")  # the pages and the state folder
    assert [e.slug for e in pooled.explainers] == [e.slug for e in serial.explainers]
    # Slug collisions are settled in seed order, not in the order workers finish.
    slugs = [e.slug for e in pooled.explainers]
    assert slugs.index("council-backs-bus-lanes-in-town-0") < slugs.index("council-backs-bus-lanes-in-town-0-2")
    assert [e.seed for e in pooled.explainers] == [str(s) for s in seeds if s not in (seeds[7], seeds[31])]


def test_bad_seeds_in_a_pool_are_reported_and_never_stop_the_others(tmp_path: Path) -> None:
    seeds = write_seeds(tmp_path / "seeds", 40)
    sidecar = seeds[20].with_suffix(".yml")
    sidecar.write_text("title: [unclosed\n", encoding="utf-8")
    result = generate(seeds, tmp_path / "docs", jobs=2)
    # The error names the file at fault, as it does without a pool: the sidecar, not its seed.
    assert [f.path for f in result.failures] == [seeds[7], sidecar, seeds[31]]
    assert "is empty" in result.failures[0].message and "007.txt" in result.failures[0].message
    assert "not valid YAML" in result.failures[1].message
    assert "binary" in result.failures[2].message
    assert len(result.explainers) == 37
    assert (tmp_path / "docs" / "council-backs-bus-lanes-in-town-38" / "index.md").is_file()


def test_generate_piped_prints_one_summary_line_and_the_bad_seeds(tmp_path: Path) -> None:
    write_seeds(tmp_path / "seeds", 40)
    result = run_cli("generate", "--jobs", "2", cwd=tmp_path)
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert lines[0].startswith("38 explainer(s): ")
    assert [line for line in lines if line.startswith("error: ")] == [
        f"error: {Path('seeds', '007.txt')}: is empty",
        f"error: {Path('seeds', '031.txt')}: looks like a binary file, not article text",
    ]
    assert not any("seed/s" in line or "\r" in line for line in lines)


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _slow_square(x: int) -> int:
    time.sleep(0.03)
    return x * x


def test_a_run_longer_than_a_second_shows_a_bar_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    monkeypatch.delenv("CI", raising=False)
    assert map_ordered(_slow_square, range(50), jobs=1, label="generate") == [x * x for x in range(50)]
    assert "generate:" in terminal.getvalue() and "seed" in terminal.getvalue()


@pytest.mark.parametrize(("ci", "tty"), [("true", True), (None, False)])
def test_no_bar_in_ci_or_when_piped(monkeypatch: pytest.MonkeyPatch, ci: str | None, tty: bool) -> None:
    stream = Terminal() if tty else io.StringIO()
    monkeypatch.setattr("sys.stderr", stream)
    if ci is None:
        monkeypatch.delenv("CI", raising=False)
    else:
        monkeypatch.setenv("CI", ci)
    assert map_ordered(_slow_square, range(50), jobs=1, label="generate") == [x * x for x in range(50)]
    assert stream.getvalue() == ""


def test_pool_results_keep_input_order(tmp_path: Path) -> None:
    items = list(range(100, 0, -1))
    assert map_ordered(_slow_square, items, jobs=2) == [x * x for x in items]


def test_generate_jobs_option_is_documented() -> None:
    result = run_cli("generate", "--help", cwd=SEED.parent)
    assert "--jobs" in result.stdout
