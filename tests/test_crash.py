"""`explainers generate` killed with SIGKILL at random moments: every file is its old or its new version.

A run regenerates 16 explainers (one of them with an editor's edit to merge) from an old tree to a
new one. Each try restores the old tree, starts the real command, kills it after a random delay,
and then checks every file under docs/ and .explainers/: byte for byte the old version or the new
one (a file may also be absent where one of the two versions has none), never a mix or a
truncation; only the writer's own temporary files may be extra. A run after the kill must then
reach exactly the new tree, with no false conflicts. Most kills land while files are being
written: the test waits for the run's first replaced file, then kills within the time the
uninterrupted run took to write.
"""

from __future__ import annotations

import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import SEED, copy_project

pytestmark = pytest.mark.slow

EXPLAINERS = 16
BUDGET_SECONDS = 60.0
MAX_TRIES = 80
TEMP = re.compile(r"^\..+\.[a-z0-9_]{8}\.tmp$")


def _env() -> dict[str, str]:
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def _generate(cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "generate"],
        cwd=cwd, capture_output=True, text=True, env=_env(), check=False,
    )


def _snapshot(project: Path) -> dict[str, bytes]:
    files = {}
    for top in ("docs", ".explainers"):
        for path in (project / top).rglob("*"):
            if path.is_file():
                files[path.relative_to(project).as_posix()] = path.read_bytes()
    return files


def _write_seeds(project: Path, round_: int) -> None:
    text = SEED.read_text(encoding="utf-8")
    title = text.splitlines()[0]
    for n in range(EXPLAINERS):
        article = text.replace(title, f"Summit number {n}: can disagreements be resolved?", 1)
        if round_:
            article = article.replace("Helsinki, Finland", f"Helsinki, Finland (update {round_})")
        (project / "seeds" / f"s{n:02d}.txt").write_text(article, encoding="utf-8")


@pytest.fixture(scope="module")
def versions(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, bytes], dict[str, bytes], str, float]:
    """The old project (with an editor's edit), its files, the new files, the first file the run
    replaces and how long its writing lasts, in seconds."""
    old = copy_project(tmp_path_factory.mktemp("old"), seeds=[])
    _write_seeds(old, 0)
    assert _generate(old).returncode == 0
    overview = next((old / "docs").glob("summit-number-3-*/index.md"))
    overview.write_text(overview.read_text(encoding="utf-8") + "\nAn editor's closing note.\n", encoding="utf-8")
    _write_seeds(old, 1)
    before = _snapshot(old)

    reference = tmp_path_factory.mktemp("new") / "project"
    shutil.copytree(old, reference)
    started = time.time()
    result = _generate(reference)
    duration = time.time() - started
    assert result.returncode == 0, result.stderr
    assert "merged:" in result.stderr
    after = _snapshot(reference)
    changed = [name for name in after if before.get(name) != after[name]]
    assert len(changed) > EXPLAINERS * 2, "the run must have many files to write"
    mtimes = sorted(((reference / name).stat().st_mtime - started, name) for name in changed)
    window = min(mtimes[-1][0], duration) - mtimes[0][0]
    return old, before, after, mtimes[0][1], window


def _check_tree(work: Path, before: dict[str, bytes], after: dict[str, bytes]) -> str:
    """'old', 'new' or 'mixed' for a tree where every file is its old or new version; raises otherwise."""
    now = _snapshot(work)
    leftovers = [name for name in now if name not in before and name not in after]
    assert all(TEMP.match(Path(name).name) for name in leftovers), leftovers
    for name in set(before) | set(after):
        if name in now:
            assert now[name] in (before.get(name), after.get(name)), f"{name} is neither its old nor its new version"
        else:
            assert name not in before or name not in after, f"{name} vanished"
    real = {name: data for name, data in now.items() if name not in leftovers}
    return "old" if real == before else "new" if real == after else "mixed"


def test_sigkill_at_random_moments_leaves_old_or_new_files(
    tmp_path: Path, versions: tuple[Path, dict[str, bytes], dict[str, bytes], str, float]
) -> None:
    old, before, after, first_written, window = versions
    rng = random.Random(20181207)
    seen = {"old": 0, "mixed": 0, "new": 0, "finished": 0}
    work = tmp_path / "project"
    deadline = time.monotonic() + BUDGET_SECONDS
    tries = 0
    while tries < MAX_TRIES and time.monotonic() < deadline:
        tries += 1
        shutil.rmtree(work, ignore_errors=True)
        shutil.copytree(old, work)
        watched = work / first_written
        inode = watched.stat().st_ino if watched.exists() else None
        process = subprocess.Popen(
            [sys.executable, "-m", "generator", "generate"], cwd=work, env=_env(),
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        if rng.random() < 0.2:
            # Anywhere in the run: start-up, reading and analysis too.
            time.sleep(rng.uniform(0.0, 2.0))
        else:
            # Load on the machine shifts the run in time, so wait for its first replaced file
            # (os.replace gives it a new inode), then kill somewhere inside the writing.
            while process.poll() is None and _inode(watched) == inode:
                time.sleep(0.0005)
            time.sleep(rng.uniform(0.0, window * 1.1))
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
        else:
            seen["finished"] += 1
        process.wait()
        outcome = _check_tree(work, before, after)
        seen[outcome] += 1
        if outcome != "old":
            # Recovery: the next run reaches exactly the new tree and mistakes nothing for an edit.
            rerun = _generate(work)
            assert rerun.returncode == 0, rerun.stderr
            assert "conflict" not in rerun.stderr
            assert _snapshot(work) == after
    print(f"\nSIGKILL test: {tries} kills in {BUDGET_SECONDS - max(0.0, deadline - time.monotonic()):.0f} s, "
          f"writing lasts {window:.2f} s; trees found: {seen}")
    assert seen["mixed"] >= 5, f"too few kills landed while files were being written: {seen}"


def _inode(path: Path) -> int | None:
    try:
        return path.stat().st_ino
    except FileNotFoundError:
        return None
