"""The real `explainers serve`: an editor changes a seed and the served page follows, without a rebuild loop."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from .conftest import copy_project

pytestmark = pytest.mark.slow

SLUG = "russia-us-summit-can-disagreements-be-resolved"
TIMEOUT = 60.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return str(response.read().decode("utf-8"))
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def wait_for(predicate: Callable[[], bool], what: str, log: Path) -> None:
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.25)
    pytest.fail(f"{what} within {TIMEOUT:.0f}s; server log:\n{log.read_text(encoding='utf-8')}")


def builds(log: Path) -> int:
    return log.read_text(encoding="utf-8").count("Building documentation")


@pytest.fixture(params=["seeds", "articles"])
def served(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[tuple[Path, str, Path]]:
    """A throwaway project served by `explainers serve` on a free loopback port: (seeds, base url, log).

    Served twice: with the default seeds/ folder, and with `--seeds-dir articles`.
    """
    (tmp_path / "project").mkdir()
    project = copy_project(tmp_path / "project")
    seeds_dir = project / request.param
    if request.param != "seeds":
        (project / "seeds").rename(seeds_dir)
    port = free_port()
    log = tmp_path / "serve.log"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    env.pop("SITE_URL", None)
    with log.open("w", encoding="utf-8") as out:
        server = subprocess.Popen(
            [sys.executable, "-m", "generator", "serve", "--dev-addr", f"127.0.0.1:{port}",
             "--seeds-dir", seeds_dir.name],
            cwd=project, stdout=out, stderr=subprocess.STDOUT, env=env, start_new_session=True,
        )
        try:
            yield seeds_dir, f"http://127.0.0.1:{port}", log
            # Stopping the command stops the server: nothing is left answering on the port.
            server.terminate()
            server.wait(timeout=10)
            assert fetch(f"http://127.0.0.1:{port}/") is None, "the site is still served after stopping"
        finally:
            # Whatever happened above, leave no process of this test's session behind.
            with contextlib.suppress(ProcessLookupError):
                os.killpg(server.pid, signal.SIGKILL)
            server.wait()


def test_serve_regenerates_when_a_seed_changes(served: tuple[Path, str, Path]) -> None:
    seeds_dir, base, log = served
    source_url = f"{base}/{SLUG}/source/"
    wait_for(lambda: "Helsinki" in (fetch(source_url) or ""), "the seed's source page was not served", log)
    assert "Zanzibar" not in (fetch(source_url) or "")

    seed = seeds_dir / "russia-us-summit.txt"
    text = seed.read_text(encoding="utf-8")
    edited = text.replace("The summit will not be able", "The Zanzibar summit will not be able")
    assert edited != text
    seed.write_text(edited, encoding="utf-8")
    wait_for(lambda: "Zanzibar" in (fetch(source_url) or ""), "the edited seed did not reach the served page", log)
    assert "Zanzibar" in (seeds_dir.parent / "docs" / SLUG / "source.md").read_text(encoding="utf-8")

    # A new seed becomes a new explainer, linked from the home page.
    (seeds_dir / "park.txt").write_text(
        "Council backs new park\n\nThe city council voted on Monday to build a park by the river.\n",
        encoding="utf-8",
    )
    wait_for(lambda: "Council backs new park" in (fetch(f"{base}/") or ""), "the new seed was not served", log)

    # Regenerating writes docs/, which rebuilds once more; with the seeds unchanged that rebuild
    # must not regenerate again, so the build count settles instead of looping.
    time.sleep(2)
    settled = builds(log)
    time.sleep(3)
    assert builds(log) == settled, log.read_text(encoding="utf-8")
    assert "Traceback" not in log.read_text(encoding="utf-8")


def test_plain_mkdocs_build_does_not_regenerate(project: Path) -> None:
    """The plugin acts only under serve: `mkdocs build` builds docs/ as it is, whatever the seeds say."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    (project / "docs" / "index.md").write_text("# Hand-written home\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build"], cwd=project, capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 0, result.stderr
    assert not (project / "docs" / SLUG).exists()
    assert "Hand-written home" in (project / "site" / "index.html").read_text(encoding="utf-8")
