"""Broken seeds: a one-line error naming the file, exit 1, no traceback, nothing half-written, the rest generated.

Text that is not UTF-8 is rejected, not guessed at (the README says so): a wrong guess would put
mojibake on a published page, and the editor can re-save the file as UTF-8 in a second.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from generator.listings import SITE_FOLDERS
from generator.readers.text import MAX_SEED_BYTES

from .conftest import run_cli

GOOD_SLUG = "russia-us-summit-can-disagreements-be-resolved"
BODY = "The council voted on Monday to build a park.\n\nCritics said it costs too much.\n"

BROKEN: dict[str, tuple[dict[str, bytes], str, str]] = {
    # name: (files to put in seeds/, the file the error must name, what the error must say)
    "empty": ({"empty.txt": b""}, "empty.txt", "is empty"),
    "whitespace only": ({"blank.txt": b"  \n\t\n\r\n   "}, "blank.txt", "is empty"),
    "binary": ({"photo.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))}, "photo.txt", "binary"),
    "not UTF-8": (
        {"latin1.txt": "Café society\n\nThe café opened on Monday. Everyone came.\n".encode("latin-1")},
        "latin1.txt", "is not UTF-8 text",
    ),
    "title with no body": ({"title-only.txt": b"Council backs new park\n\n"}, "title-only.txt", "no article body"),
    "no title line": (
        {"no-title.txt": b"The council voted on Monday to build a park on the old rail yard.\n"
                         b"Critics said it costs too much and that nobody asked them.\n"},
        "no-title.txt", "has no title line",
    ),
    "invalid YAML front matter": (
        {"front.md": b"---\ntitle: [unclosed\nsource: Reuters\n---\n# Park\n\n" + BODY.encode()},
        "front.md", "front matter is not valid YAML",
    ),
    "invalid YAML sidecar": (
        {"park.txt": b"Council backs new park\n\n" + BODY.encode(), "park.yml": b"title: 'unclosed\npublished: x\n"},
        "park.yml", "sidecar is not valid YAML",
    ),
    "sidecar that is not a mapping": (
        {"park.txt": b"Council backs new park\n\n" + BODY.encode(), "park.yml": b"- just\n- a list\n"},
        "park.yml", "sidecar must be a mapping",
    ),
}


def _error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("error: ")]


def _recorded_seeds(project: Path) -> list[str]:
    data = json.loads((project / ".explainers" / "state.json").read_text(encoding="utf-8"))
    return sorted(r["seed"] for r in data["explainers"])


def _docs_files(project: Path) -> set[str]:
    return {p.relative_to(project / "docs").as_posix() for p in (project / "docs").rglob("*") if p.is_file()}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_a_broken_seed_is_reported_and_the_good_one_generated(project: Path, case: str) -> None:
    files, named, says = BROKEN[case]
    for name, data in files.items():
        (project / "seeds" / name).write_bytes(data)
    result = run_cli("generate", cwd=project)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    errors = _error_lines(result.stderr)
    assert len(errors) == 1, result.stderr
    assert errors[0].startswith(f"error: seeds/{named}: ") and says in errors[0], errors[0]
    assert "1 seed(s) could not be generated" in result.stderr
    # The good seed is generated; nothing at all is written for the bad one.
    assert _recorded_seeds(project) == ["seeds/russia-us-summit.txt"]
    explainers = {name.split("/")[0] for name in _docs_files(project) if "/" in name} - {"assets", *SITE_FOLDERS}
    assert explainers == {GOOD_SLUG}
    assert not [name for name in _docs_files(project) if name.endswith(".tmp")]


def test_every_bad_seed_is_reported_in_one_run(project: Path) -> None:
    expected = []
    for files, named, says in BROKEN.values():
        if "park.yml" in files:
            continue  # two cases share park.txt; each is covered on its own above
        for name, data in files.items():
            (project / "seeds" / name).write_bytes(data)
        expected.append((named, says))
    result = run_cli("generate", cwd=project)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    errors = _error_lines(result.stderr)
    assert len(errors) == len(expected)
    for named, says in expected:
        assert any(line.startswith(f"error: seeds/{named}: ") and says in line for line in errors), named
    assert _recorded_seeds(project) == ["seeds/russia-us-summit.txt"]


def test_a_seed_broken_after_generating_leaves_its_explainer_as_it_was(project: Path) -> None:
    assert run_cli("generate", cwd=project).returncode == 0
    docs = project / "docs"
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in docs.rglob("*") if p.is_file()}
    (project / "seeds" / "russia-us-summit.txt").write_bytes(b"")
    result = run_cli("generate", cwd=project)
    assert result.returncode == 1
    assert _error_lines(result.stderr) == ["error: seeds/russia-us-summit.txt: is empty"]
    after = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in docs.rglob("*") if p.is_file()}
    assert after == before
    assert GOOD_SLUG in (docs / "index.md").read_text(encoding="utf-8")


MEASURE = """
import json, resource, subprocess, sys, time
start = time.perf_counter()
result = subprocess.run([sys.executable, "-m", "generator", "generate", *sys.argv[1:]], capture_output=True, text=True)
print(json.dumps({
    "seconds": time.perf_counter() - start,
    "peak_rss_mib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    "returncode": result.returncode,
    "stderr": result.stderr,
}))
"""


def _measure(project: Path, seed: str) -> dict[str, object]:
    """Time and peak memory of `explainers generate SEED`, run as the only child of a process of its own."""
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, seed], cwd=project, capture_output=True, text=True, check=True
    )
    data: dict[str, object] = json.loads(done.stdout)
    return data


def test_a_20_mb_file_is_refused_without_being_read(project: Path) -> None:
    huge = project / "seeds" / "huge.txt"
    line = b"Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.\n"
    with huge.open("wb") as handle:
        for _ in range(20 * 1024 * 1024 // len(line) + 1):
            handle.write(line)
    assert huge.stat().st_size > 20 * 1024 * 1024 > MAX_SEED_BYTES
    tiny = project / "seeds" / "tiny.txt"
    tiny.write_bytes(b"Title only\n\n")
    baseline = _measure(project, "seeds/tiny.txt")
    measured = _measure(project, "seeds/huge.txt")
    print(f"\n20 MB seed: refused in {measured['seconds']:.2f} s, peak RSS {measured['peak_rss_mib']:.1f} MiB "
          f"(a 12-byte bad seed: {baseline['seconds']:.2f} s, {baseline['peak_rss_mib']:.1f} MiB)")
    assert measured["returncode"] == 1
    assert "error: seeds/huge.txt: file is 20,971," in str(measured["stderr"])
    assert f"seeds are limited to {MAX_SEED_BYTES:,}" in str(measured["stderr"])
    assert "Traceback" not in str(measured["stderr"])
    # Bounded memory: the file is never read, so the run costs what a 12-byte bad seed costs.
    assert float(measured["peak_rss_mib"]) < float(baseline["peak_rss_mib"]) + 8  # type: ignore[arg-type]


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="needs FIFOs")
def test_a_fifo_named_as_a_seed_is_not_read_forever(project: Path) -> None:
    import os
    import threading

    fifo = project / "seeds" / "pipe.txt"
    os.mkfifo(fifo)

    def feed() -> None:
        # Writes more than the limit, then stops; the reader must stop at the limit, not wait for the end.
        try:
            with fifo.open("wb") as handle:
                chunk = b"x" * 65536
                for _ in range(MAX_SEED_BYTES // len(chunk) + 4):
                    handle.write(chunk)
        except BrokenPipeError:
            pass

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    result = run_cli("generate", "seeds/pipe.txt", cwd=project)
    writer.join(timeout=10)
    assert result.returncode == 1
    assert "error: seeds/pipe.txt: file is over" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.slow
def test_build_with_a_bad_seed_builds_the_good_ones_and_fails(project: Path) -> None:
    (project / "seeds" / "empty.txt").write_bytes(b"")
    result = run_cli("build", cwd=project)
    assert result.returncode == 1
    assert _error_lines(result.stderr) == ["error: seeds/empty.txt: is empty"]
    assert "Traceback" not in result.stderr
    assert (project / "site" / GOOD_SLUG / "index.html").is_file()
    assert (project / "site" / "index.html").is_file()


def test_a_bug_met_on_one_article_is_that_articles_error_and_the_rest_are_generated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Fault injection: no seed is known to trip the analysis, so one is made to.
    import generator.seedwork
    from generator.build import generate

    from .conftest import SEED

    real_analyze = generator.seedwork.analyze

    def analyze(article, slug=None):  # type: ignore[no-untyped-def]
        if "park" in article.title:
            raise IndexError("list index out of range")
        return real_analyze(article, slug=slug)

    monkeypatch.setattr(generator.seedwork, "analyze", analyze)
    bad = tmp_path / "park.txt"
    bad.write_text(f"Council builds a park\n\n{BODY}", encoding="utf-8")
    result = generate([SEED, bad], tmp_path / "docs", jobs=1)
    assert [str(f.message) for f in result.failures] == [
        f"{bad}: could not be analysed (IndexError: list index out of range); this is a bug in explainers, "
        "please report it with this seed"
    ]
    assert (tmp_path / "docs" / GOOD_SLUG / "index.md").is_file()
