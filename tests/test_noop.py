"""Regenerating skips the seeds that have not changed: nothing is read, analyzed or written for them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import generator.state
from generator.build import generate
from generator.fingerprint import PACKAGE, code_fingerprint, fingerprint_of
from generator.state import load_state

from .conftest import SEED
from .test_parallel import tree, write_seeds


@pytest.fixture
def site(tmp_path: Path) -> tuple[list[Path], Path]:
    seeds = write_seeds(tmp_path / "seeds", 40)
    first = generate(seeds, tmp_path / "docs", jobs=2)
    assert len(first.explainers) == 38 and first.skipped == 0
    return seeds, tmp_path / "docs"


def stats(root: Path) -> dict[str, tuple[int, int]]:
    """(inode, mtime) of every file the generator writes under ``root``: a rewrite changes one or both."""
    return {
        str(p.relative_to(root)): (p.stat().st_ino, p.stat().st_mtime_ns)
        for folder in ("docs", ".explainers") for p in (root / folder).rglob("*") if p.is_file()
    }


def test_a_noop_regenerate_skips_every_seed_and_writes_no_file(site: tuple[list[Path], Path]) -> None:
    seeds, docs = site
    before = stats(docs.parent)
    again = generate(seeds, docs, jobs=2)
    assert again.skipped == 38 and again.explainers == ()
    assert not again.report.written
    assert stats(docs.parent) == before
    # The bad seeds are still tried, and still reported.
    assert [f.path for f in again.failures] == [seeds[7], seeds[31]]


def test_changing_one_seed_rewrites_only_its_explainer_and_the_pages_that_list_it(
    site: tuple[list[Path], Path],
) -> None:
    seeds, docs = site
    before = stats(docs.parent)
    seeds[12].write_text(seeds[12].read_text(encoding="utf-8") + "\nThe mayor said the lanes would stay.\n",
                         encoding="utf-8")
    result = generate(seeds, docs, jobs=2)
    assert result.skipped == 37 and [e.seed for e in result.explainers] == ["seeds/012.txt"]
    changed = sorted(path for path, stat in stats(docs.parent).items() if before.get(path) != stat)
    slug = result.explainers[0].slug
    assert changed, "the changed seed's pages were rewritten"
    listings = {".explainers/state.json", ".explainers/base/_root.bases", "docs/index.md", "docs/explainers.md"}
    for path in changed:
        assert f"/{slug}/" in f"/{path}" or path == f".explainers/base/{slug}.bases" or path in listings, path
    assert f"docs/{slug}/outlook.md" in changed


def test_skipped_seeds_keep_their_place_on_the_index_pages(site: tuple[list[Path], Path], tmp_path: Path) -> None:
    seeds, docs = site
    seeds[3].write_text(seeds[3].read_text(encoding="utf-8").replace("million", "billion"), encoding="utf-8")
    generate(seeds, docs, jobs=2)
    fresh = generate(seeds, tmp_path / "fresh" / "docs", jobs=1)
    assert fresh.skipped == 0
    assert tree(docs) == tree(tmp_path / "fresh" / "docs")


def test_a_changed_generator_regenerates_every_seed(
    site: tuple[list[Path], Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    seeds, docs = site
    before = {r.seed: r.seed_digest for r in load_state(docs.parent / ".explainers").records}
    monkeypatch.setattr(generator.state, "code_fingerprint", lambda: "another generator")
    again = generate(seeds, docs, jobs=2)
    assert again.skipped == 0 and len(again.explainers) == 38
    assert not again.report.written, "same output, so no page is rewritten"
    after = {r.seed: r.seed_digest for r in load_state(docs.parent / ".explainers").records}
    assert after.keys() == before.keys() and all(after[k] != before[k] for k in after)


def test_force_regenerates_every_seed(site: tuple[list[Path], Path]) -> None:
    seeds, docs = site
    assert generate(seeds, docs, force=True).skipped == 0


def test_the_fingerprint_covers_the_package_code_readers_and_data(tmp_path: Path) -> None:
    package = tmp_path / "generator"
    shutil.copytree(PACKAGE, package, ignore=shutil.ignore_patterns("__pycache__"))
    before = fingerprint_of(package)
    assert before == code_fingerprint()
    (package / "__pycache__").mkdir()
    (package / "__pycache__" / "build.cpython-311.pyc").write_bytes(b"compiled")
    assert fingerprint_of(package) == before, "compiled files are not the generator's code"
    for changed in ("analyze.py", "readers/text.py", "data/gazetteer.yml"):
        path = package / changed
        original = path.read_bytes()
        path.write_bytes(original + b"\n")
        assert fingerprint_of(package) != before, changed
        path.write_bytes(original)


def test_the_seed_suffixes_agree_with_the_readers() -> None:
    import generator.build
    import generator.readers

    assert generator.build.SEED_SUFFIXES == generator.readers.SEED_SUFFIXES
    assert generator.state.SIDECAR_SUFFIXES == generator.readers.metadata.SIDECAR_SUFFIXES


def test_the_player_kinds_agree_with_the_models() -> None:
    from typing import get_args

    import generator.models

    assert get_args(generator.models.PlayerKind) == generator.state.PLAYER_KINDS


def test_a_noop_run_does_not_import_the_analysis(tmp_path: Path) -> None:
    import subprocess
    import sys

    (tmp_path / "seeds").mkdir()
    shutil.copy(SEED, tmp_path / "seeds" / SEED.name)
    code = (
        "import sys; from pathlib import Path; from generator.build import generate, find_seeds\n"
        "generate(find_seeds(Path('seeds')), Path('docs'))\n"
        "print(','.join(m for m in ('generator.analyze', 'trafilatura', 'dateparser') if m in sys.modules))\n"
    )
    first = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True)
    assert first.stdout.strip().startswith("generator.analyze")
    again = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True)
    assert again.stdout.strip() == "", "a run with nothing to regenerate imports only what it needs"


def test_a_deleted_overview_regenerates_only_the_pages_that_link_to_it(site: tuple[list[Path], Path]) -> None:
    from generator.check import check

    seeds, docs = site
    original = tree(docs)
    # The first seed: ties go to the smaller slug, so every other overview lists it as related.
    slug = next(r.slug for r in load_state(docs.parent / ".explainers").records if r.seed == "seeds/000.txt")
    overview = docs / slug / "index.md"
    overview.unlink()
    # Nothing else changed, yet the pages that link to the deleted one are rewritten: its own (their way
    # back), the listings, and the overviews that list it as related; no seed but its own is read.
    result = generate(seeds, docs, jobs=2)
    assert result.skipped == 37 and [e.seed for e in result.explainers] == ["seeds/000.txt"]
    assert [o.page.as_posix() for o in result.report.having("kept-deleted")] == [f"{slug}/index.md"]
    rewritten = {o.page.as_posix() for o in result.report.having("updated")}
    assert {f"{slug}/background.md", "index.md", "explainers/undated.md"} <= rewritten
    assert any(page.endswith("/index.md") for page in rewritten - {"index.md"}), "a related explainer's overview"
    assert not overview.exists()
    assert [str(p) for p in check(docs, load_state(docs.parent / ".explainers"))] == []
    # The deletion is known now: the next run is a no-op again.
    before = stats(docs.parent)
    again = generate(seeds, docs, jobs=2)
    assert again.skipped == 38 and not again.report.written and stats(docs.parent) == before
    # Brought back by hand, the page is linked again: the site is as it was.
    overview.write_bytes(original[f"{slug}/index.md"])
    restored = generate(seeds, docs, jobs=2)
    assert restored.skipped == 37 and tree(docs) == original


def test_a_deleted_players_page_rewrites_only_the_index_that_links_to_it(site: tuple[list[Path], Path]) -> None:
    from generator.check import check

    seeds, docs = site
    original = tree(docs)
    letter = sorted((docs / "players").glob("*.md"))[0]
    letter.unlink()
    before = stats(docs.parent)
    # No seed is read: one listing of each site folder finds the deletion, and only the site's pages are redone.
    result = generate(seeds, docs, jobs=2)
    assert result.skipped == 38 and result.explainers == ()
    assert [o.page.as_posix() for o in result.report.having("kept-deleted")] == [f"players/{letter.name}"]
    changed = sorted(path for path, stat in stats(docs.parent).items() if before.get(path) != stat)
    assert changed == [".explainers/base/_root.bases", ".explainers/state.json", "docs/players.md"]
    assert f"players/{letter.name}" not in (docs / "players.md").read_text(encoding="utf-8")
    assert [str(p) for p in check(docs, load_state(docs.parent / ".explainers"))] == []
    # The deletion is known now: the next run is a no-op again.
    before = stats(docs.parent)
    again = generate(seeds, docs, jobs=2)
    assert again.skipped == 38 and not again.report.written and stats(docs.parent) == before
    # Brought back by hand, the page is linked again: the site is as it was.
    letter.write_bytes(original[f"players/{letter.name}"])
    assert generate(seeds, docs, jobs=2).skipped == 38 and tree(docs) == original


@pytest.mark.parametrize("suffix", [".yml", ".yaml"])
def test_adding_changing_or_removing_a_sidecar_regenerates_its_seed(
    site: tuple[list[Path], Path], suffix: str
) -> None:
    seeds, docs = site
    sidecar = seeds[5].with_suffix(suffix)
    sidecar.write_text("source: Daily Bugle\n", encoding="utf-8")
    added = generate(seeds, docs, jobs=2)
    assert [e.seed for e in added.explainers] == ["seeds/005.txt"] and added.explainers[0].source == "Daily Bugle"
    sidecar.write_text("source: Evening Post\n", encoding="utf-8")
    assert [e.source for e in generate(seeds, docs, jobs=2).explainers] == ["Evening Post"]
    assert generate(seeds, docs, jobs=2).explainers == ()
    sidecar.unlink()
    assert [e.seed for e in generate(seeds, docs, jobs=2).explainers] == ["seeds/005.txt"]


def test_a_seed_outside_the_project_is_current_on_the_next_run_and_keeps_its_record(tmp_path: Path) -> None:
    # Its record names it by its absolute path; whether it still exists is looked up in that folder.
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    seed = elsewhere / "summit.txt"
    shutil.copy(SEED, seed)
    docs = tmp_path / "project" / "docs"
    first = generate([seed], docs)
    assert [e.seed for e in first.explainers] == [seed.as_posix()]
    again = generate([seed], docs)
    assert again.skipped == 1 and not again.report.written and not again.orphans
    assert [r.seed for r in load_state(tmp_path / "project" / ".explainers").records] == [seed.as_posix()]
