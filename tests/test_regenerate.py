"""Regeneration respects editors: unchanged pages untouched, edits merged or kept, deletions and orphans honoured."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path, PurePosixPath

import pytest
import yaml

from generator.build import generate
from generator.errors import ExplainerError
from generator.models import Page
from generator.state import dumps, load_state
from generator.writer import atomic_write, write

from .conftest import SEED, copy_project, run_cli

SLUG = "russia-us-summit-can-disagreements-be-resolved"
PARK = """Council backs new park

The city council voted on Monday to build a park on the old rail yard.
Residents have asked for green space since the yard closed in 2009.
Critics said the plan costs too much and accused the mayor of ignoring them.
The park is expected to open next year.
"""


def tree(root: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under ``root``: its bytes and its mtime in nanoseconds."""
    return {
        p.relative_to(root).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(root.rglob("*")) if p.is_file()
    }


@pytest.fixture
def site(project: Path) -> Path:
    """A project with the seed and a second article, generated once."""
    (project / "seeds" / "park.txt").write_text(PARK, encoding="utf-8")
    result = run_cli("generate", cwd=project)
    assert result.returncode == 0, result.stderr
    return project


def page(project: Path, name: str = "index.md", slug: str = SLUG) -> Path:
    return project / "docs" / slug / name


def edit_seed(project: Path, old: str, new: str, name: str = "russia-us-summit.txt") -> None:
    seed = project / "seeds" / name
    text = seed.read_text(encoding="utf-8")
    assert old in text
    seed.write_text(text.replace(old, new), encoding="utf-8")


def test_state_folder_is_beside_docs_and_records_every_explainer(site: Path) -> None:
    state = load_state(site / ".explainers")
    seeds = sorted(r.seed for r in state.records)
    assert seeds == ["seeds/park.txt", "seeds/russia-us-summit.txt"]
    for record in state.records:
        for name in record.pages:
            assert state.bases().get(name) == (site / "docs" / name).read_bytes()
    assert (site / ".explainers" / "state.json").read_text(encoding="utf-8") == dumps(state.records)


def test_a_second_run_touches_nothing(site: Path) -> None:
    before = tree(site / "docs") | {f".explainers/{k}": v for k, v in tree(site / ".explainers").items()}
    result = run_cli("generate", cwd=site)
    assert result.returncode == 0, result.stderr
    assert "0 file(s) written" in result.stderr
    after = tree(site / "docs") | {f".explainers/{k}": v for k, v in tree(site / ".explainers").items()}
    assert after == before


def test_an_unedited_page_is_rewritten_only_when_its_output_changes(site: Path) -> None:
    before = tree(site / "docs")
    edit_seed(site, "Helsinki, Finland", "Helsinki, the Finnish capital")
    assert run_cli("generate", cwd=site).returncode == 0
    after = tree(site / "docs")
    changed = {name for name in before if before[name] != after.get(name)}  # a letter page may go
    assert f"{SLUG}/index.md" in changed and f"{SLUG}/source.md" in changed
    assert not any(name.startswith("council-backs-new-park/") for name in changed)
    assert "Finnish capital" in page(site).read_text(encoding="utf-8")


def test_an_edit_is_merged_with_a_change_elsewhere_in_the_page(site: Path) -> None:
    overview = page(site)
    text = overview.read_text(encoding="utf-8")
    edited = text.replace("## In this explainer", "## In this explainer\n\nEditor: read this first.")
    overview.write_text(edited, encoding="utf-8")
    edit_seed(site, "Helsinki, Finland", "Helsinki, the Finnish capital")
    result = run_cli("generate", cwd=site)
    assert result.returncode == 0, result.stderr
    assert f"merged: docs/{SLUG}/index.md" in result.stderr
    text = overview.read_text(encoding="utf-8")
    assert "Editor: read this first." in text and "Finnish capital" in text
    assert "<<<<<<<" not in text


def test_an_edit_to_one_sentence_merges_with_a_change_to_another_in_the_same_paragraph(site: Path) -> None:
    overview = page(site)
    text = overview.read_text(encoding="utf-8")
    # "What is happening" is one line of three sentences; the editor rewords the first.
    overview.write_text(text.replace("Helsinki, Finland.<sup>", "Helsinki (Finland).<sup>", 1), encoding="utf-8")
    edit_seed(site, "All eyes are on whether", "All eyes are now on whether")
    result = run_cli("generate", cwd=site)
    assert result.returncode == 0, result.stderr
    merged = overview.read_text(encoding="utf-8")
    assert "in Helsinki (Finland).<sup>" in merged and "All eyes are now on" in merged and "<<<<<<<" not in merged


def test_an_edit_that_overlaps_the_change_is_left_alone_and_fails_the_run(site: Path) -> None:
    overview = page(site)
    overview.write_text(
        overview.read_text(encoding="utf-8").replace("Helsinki, Finland", "Helsinki (Finland)"), encoding="utf-8"
    )
    mine = overview.read_bytes()
    edit_seed(site, "Helsinki, Finland", "Helsinki, the Finnish capital")
    result = run_cli("generate", cwd=site)
    assert result.returncode == 1
    assert f"conflict: docs/{SLUG}/index.md" in result.stderr and "Traceback" not in result.stderr
    assert overview.read_bytes() == mine
    proposal = site / ".explainers" / "conflicts" / SLUG / "index.md"
    assert proposal.is_file() and not proposal.resolve().is_relative_to((site / "docs").resolve())
    text = proposal.read_text(encoding="utf-8")
    assert "<<<<<<< editor" in text and ">>>>>>> generator" in text
    assert "Helsinki (Finland)" in text and "Finnish capital" in text
    # The other explainer and the unaffected pages were still generated.
    assert page(site, "index.md", "council-backs-new-park").is_file()

    status = run_cli("status", "--short", cwd=site)
    assert f"conflicted  docs/{SLUG}/index.md" in status.stdout
    assert run_cli("generate", cwd=site).returncode == 1, "a conflict stays until it is resolved"
    assert run_cli("check", cwd=site).returncode == 1

    resolved = run_cli("resolve", f"docs/{SLUG}/index.md", cwd=site)
    assert resolved.returncode == 0, resolved.stderr
    again = run_cli("generate", cwd=site)
    assert again.returncode == 0, again.stderr
    assert overview.read_bytes() == mine
    assert not proposal.exists()
    assert f"edited      docs/{SLUG}/index.md" in run_cli("status", cwd=site).stdout


def test_resolve_refuses_a_page_that_still_holds_markers(site: Path) -> None:
    overview = page(site)
    overview.write_text(
        overview.read_text(encoding="utf-8").replace("Helsinki, Finland", "Helsinki (Finland)"), encoding="utf-8"
    )
    edit_seed(site, "Helsinki, Finland", "Helsinki, the Finnish capital")
    assert run_cli("generate", cwd=site).returncode == 1
    shutil.copy(site / ".explainers" / "conflicts" / SLUG / "index.md", overview)
    result = run_cli("resolve", str(overview), cwd=site)
    assert result.returncode == 1 and "conflict markers" in result.stderr


def test_a_deleted_page_stays_deleted_and_nothing_links_to_it(site: Path) -> None:
    overview, month = page(site), site / "docs" / "explainers" / "undated.md"
    linked = overview.read_bytes(), month.read_bytes()
    page(site, "timeline.md").unlink()
    # Nothing else changed: the deletion alone regenerates the pages that link to it, and the real
    # `mkdocs build --strict` finds no broken link.
    result = run_cli("build", cwd=site)
    assert result.returncode == 0, result.stderr
    assert not page(site, "timeline.md").exists()
    assert f"kept deleted: docs/{SLUG}/timeline.md" in result.stderr
    assert "generate --force seeds/russia-us-summit.txt` writes it again" in result.stderr
    assert "- Timeline: The dates the article names, in order." in overview.read_text(encoding="utf-8")
    listing = month.read_text(encoding="utf-8")
    assert " · Timeline · " in listing and f"{SLUG}/timeline.md" not in listing
    assert "(council-backs-new-park/timeline.md)" in listing.replace("../", "")  # the other explainer's stays
    assert run_cli("check", cwd=site).returncode == 0, "a page deleted on purpose is not missing"
    assert f"deleted     docs/{SLUG}/timeline.md\n" in run_cli("status", cwd=site).stdout
    # Known now: the next run is a no-op again.
    before = tree(site / "docs") | {f".explainers/{k}": v for k, v in tree(site / ".explainers").items()}
    again = run_cli("generate", cwd=site)
    assert "0 file(s) written" in again.stderr and "kept deleted" not in again.stderr
    assert tree(site / "docs") | {f".explainers/{k}": v for k, v in tree(site / ".explainers").items()} == before
    # --force writes the page again, and the links come back with it.
    result = run_cli("generate", "--force", "seeds/russia-us-summit.txt", cwd=site)
    assert result.returncode == 0, result.stderr
    assert page(site, "timeline.md").is_file()
    assert (overview.read_bytes(), month.read_bytes()) == linked


def test_a_deleted_month_or_players_page_stays_deleted_and_nothing_links_to_it(site: Path) -> None:
    docs = site / "docs"
    months, players = docs / "explainers.md", docs / "players.md"
    linked = months.read_bytes(), players.read_bytes()
    month = docs / "explainers" / "undated.md"
    listed = month.read_bytes()
    letter = sorted((docs / "players").glob("*.md"))[0]
    explainers = {p: p.read_bytes() for p in docs.glob("*/*.md") if p.parent.name not in ("explainers", "players")}
    month.unlink()
    letter.unlink()
    check = run_cli("check", cwd=site)
    assert f"docs/{letter.relative_to(docs)}: missing: a page of the site (deleted on purpose?" in check.stdout
    status = run_cli("status", "--short", cwd=site).stdout
    assert "deleted     docs/explainers/undated.md  (still linked until the next generate)\n" in status
    # Nothing else changed: the deletions alone rewrite the indexes that link to them, and the real
    # `mkdocs build --strict` finds no broken link.
    result = run_cli("build", cwd=site)
    assert result.returncode == 0, result.stderr
    assert not month.exists() and not letter.exists()
    assert "kept deleted: docs/explainers/undated.md" in result.stderr
    assert f"put it back (`git checkout docs/{letter.relative_to(docs)}`)" in result.stderr
    listing = months.read_text(encoding="utf-8")
    assert listing.endswith("\n- Undated: 2 explainers\n")  # both seeds are undated here
    index = players.read_text(encoding="utf-8")
    assert f"\n- {letter.stem.upper()}: " in index and f"players/{letter.name}" not in index
    assert index.count("](players/") == len(list((docs / "players").glob("*.md"))), "the other letters stay linked"
    assert {p: p.read_bytes() for p in explainers} == explainers, "no explainer links to a site page"
    assert run_cli("check", cwd=site).returncode == 0, "a page deleted on purpose is not missing"
    assert "deleted     docs/explainers/undated.md\n" in run_cli("status", cwd=site).stdout
    # Known now: the next run is a no-op again.
    before = tree(docs) | {f".explainers/{k}": v for k, v in tree(site / ".explainers").items()}
    again = run_cli("generate", cwd=site)
    assert "0 file(s) written" in again.stderr and "kept deleted" not in again.stderr
    assert tree(docs) | {f".explainers/{k}": v for k, v in tree(site / ".explainers").items()} == before
    # Brought back by hand (from git, say), a page is linked again; --force writes one again, links and all.
    month.write_bytes(listed)
    assert run_cli("generate", cwd=site).returncode == 0
    assert months.read_bytes() == linked[0] and players.read_bytes() != linked[1]
    result = run_cli("generate", "--force", cwd=site)
    assert result.returncode == 0, result.stderr
    assert letter.is_file() and (months.read_bytes(), players.read_bytes()) == linked


@pytest.mark.parametrize("name", ["index.md", "explainers.md", "players.md"])
def test_a_deleted_navigation_page_is_written_again(site: Path, name: str) -> None:
    deleted = site / "docs" / name
    original = deleted.read_bytes()
    deleted.unlink()
    status = run_cli("status", "--short", cwd=site).stdout
    assert status == f"deleted     docs/{name}  (the site's navigation: the next generate writes it again)\n"
    # mkdocs.yml's nav names it: kept deleted, it would fail `mkdocs build --strict` whatever the pages said.
    result = run_cli("build", cwd=site)
    assert result.returncode == 0, result.stderr
    assert f"restored: docs/{name}: deleted by an editor, but the site's navigation" in result.stderr
    assert deleted.read_bytes() == original
    assert run_cli("status", "--short", cwd=site).stdout == ""


def test_a_page_deleted_before_a_change_is_unlinked_and_edits_are_merged(site: Path) -> None:
    overview = page(site)
    text = overview.read_text(encoding="utf-8")
    overview.write_text(text.replace("## In this", "An editor's note.\n\n## In this"), encoding="utf-8")
    source = page(site, "source.md").read_bytes()
    page(site, "source.md").unlink()
    edit_seed(site, "Helsinki, Finland", "Helsinki, the Finnish capital")
    result = run_cli("generate", cwd=site)
    assert result.returncode == 0, result.stderr
    assert f"merged: docs/{SLUG}/index.md" in result.stderr
    text = overview.read_text(encoding="utf-8")
    assert "An editor's note." in text and "Finnish capital" in text
    for name in ("index.md", "background.md", "disagreements.md", "outlook.md", "players.md", "timeline.md"):
        assert "source.md" not in page(site, name).read_text(encoding="utf-8"), name
    assert re.search(r"Helsinki, the Finnish capital\.<sup>¶1</sup>", text), "the paragraph number stays"
    assert run_cli("check", cwd=site).returncode == 0
    # Brought back by hand (from git, say): the next run links it again, and brings it up to date.
    page(site, "source.md").write_bytes(source)
    result = run_cli("generate", cwd=site)
    assert result.returncode == 0, result.stderr
    assert "(source.md#p" in page(site, "background.md").read_text(encoding="utf-8")
    assert "Finnish capital" in page(site, "source.md").read_text(encoding="utf-8")


def test_a_page_whose_seed_was_removed_is_orphaned_not_deleted(site: Path) -> None:
    (site / "seeds" / "park.txt").unlink()
    result = run_cli("generate", cwd=site)
    assert result.returncode == 0, result.stderr
    assert "orphaned: docs/council-backs-new-park/index.md" in result.stderr
    assert page(site, "index.md", "council-backs-new-park").is_file()
    assert "orphaned    docs/council-backs-new-park/index.md" in run_cli("status", cwd=site).stdout
    # Deleting the folder retires it: it leaves the home page and is no longer reported.
    shutil.rmtree(site / "docs" / "council-backs-new-park")
    again = run_cli("generate", cwd=site)
    assert again.returncode == 0 and "orphaned" not in again.stderr
    assert "council-backs-new-park" not in (site / "docs" / "index.md").read_text(encoding="utf-8")
    assert run_cli("check", cwd=site).returncode == 0
    assert "council-backs-new-park" not in run_cli("status", cwd=site).stdout
    generated = load_state(site / ".explainers").generated_pages()
    assert not any(page.parts[0] == "council-backs-new-park" for page in generated)
    assert not (site / ".explainers" / "base" / "council-backs-new-park.bases").exists()


def test_force_replaces_edited_pages_after_a_backup(site: Path) -> None:
    overview = page(site)
    mine = overview.read_text(encoding="utf-8").replace("Helsinki, Finland", "Helsinki (Finland)")
    overview.write_text(mine, encoding="utf-8")
    background = page(site, "background.md")
    background.write_text(background.read_text(encoding="utf-8") + "\nEditor's addition.\n", encoding="utf-8")
    edit_seed(site, "Helsinki, Finland", "Helsinki, the Finnish capital")
    result = run_cli("generate", "--force", cwd=site)
    assert result.returncode == 0, result.stderr
    assert "Finnish capital" in overview.read_text(encoding="utf-8")
    assert "Editor's addition." not in background.read_text(encoding="utf-8")
    backups = sorted((site / ".explainers" / "backups").rglob("*.md"))
    assert [p.read_text(encoding="utf-8") == mine for p in backups if p.name == "index.md"] == [True]
    assert any(p.name == "background.md" for p in backups)
    assert "backed up in .explainers/backups/" in result.stderr
    assert "edited" not in run_cli("status", "--short", cwd=site).stdout


def test_generating_one_seed_keeps_every_other_explainer_on_the_home_page(site: Path) -> None:
    site_pages = [site / "docs" / name for name in ("index.md", "explainers/undated.md", "players/v.md")]
    before = [p.read_text(encoding="utf-8") for p in site_pages]
    result = run_cli("generate", "seeds/park.txt", cwd=site)
    assert result.returncode == 0, result.stderr
    assert [p.read_text(encoding="utf-8") for p in site_pages] == before
    assert "Vladimir Putin" in before[2]
    assert SLUG in before[0] and "council-backs-new-park" in before[0]


def test_same_title_twice_gets_stable_distinct_slugs(site: Path) -> None:
    (site / "seeds" / "park-copy.txt").write_text(PARK.replace("old rail yard", "former rail yard"), encoding="utf-8")
    assert run_cli("generate", cwd=site).returncode == 0
    assert page(site, "index.md", "council-backs-new-park-2").is_file()
    original = page(site, "index.md", "council-backs-new-park").read_text(encoding="utf-8")
    assert "old rail yard" in original
    # Generating only the copy must not move it onto the first one's slug.
    assert run_cli("generate", "seeds/park-copy.txt", cwd=site).returncode == 0
    assert page(site, "index.md", "council-backs-new-park").read_text(encoding="utf-8") == original


def test_a_page_the_generator_never_wrote_is_not_overwritten(project: Path) -> None:
    handmade = project / "docs" / SLUG / "index.md"
    handmade.parent.mkdir(parents=True)
    handmade.write_text("# My own page\n", encoding="utf-8")
    result = run_cli("generate", cwd=project)
    assert result.returncode == 1
    assert handmade.read_text(encoding="utf-8") == "# My own page\n"
    assert f"conflict: docs/{SLUG}/index.md" in result.stderr


def test_the_writer_refuses_paths_outside_the_docs_folder(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    state = load_state(tmp_path / ".explainers")
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (docs / "link").symlink_to(outside)
    for bad in ("../escape.md", "/etc/passwd.md", "a/../../escape.md", "link/escape.md", "."):
        with pytest.raises(ExplainerError, match="outside"):
            write([Page(PurePosixPath(bad), "x\n")], docs, state)
    assert list(outside.iterdir()) == [] and not (tmp_path / "escape.md").exists()


def test_generated_files_get_ordinary_permissions(site: Path) -> None:
    mask = os.umask(0)
    os.umask(mask)
    assert page(site).stat().st_mode & 0o777 == 0o666 & ~mask
    assert (site / ".explainers" / "state.json").stat().st_mode & 0o777 == 0o666 & ~mask


def test_a_new_file_is_written_whole_and_alone(tmp_path: Path) -> None:
    target = tmp_path / "page.md"
    atomic_write(target, b"first\n", fresh=True)
    assert target.read_bytes() == b"first\n" and os.listdir(tmp_path) == ["page.md"]
    # Told it is new when another process has made it meanwhile: replaced, as by any other write.
    atomic_write(target, b"second\n", fresh=True)
    assert target.read_bytes() == b"second\n" and os.listdir(tmp_path) == ["page.md"]


def test_library_generate_reports_outcomes(tmp_path: Path) -> None:
    docs = copy_project(tmp_path) / "docs"
    first = generate([SEED], docs)
    assert {o.action for o in first.report.outcomes} == {"created"}
    second = generate([SEED], docs)
    assert {o.action for o in second.report.outcomes} <= {"unchanged"} and not second.report.written
    assert second.ok and second.state_dir == tmp_path / ".explainers"
    front = (docs / SLUG / "index.md").read_text(encoding="utf-8").split("---\n")[1]
    assert yaml.safe_load(front)["title"] == "Russia-US summit: can disagreements be resolved?"


def test_a_site_page_that_lists_nothing_any_more_is_removed_unless_edited(site: Path) -> None:
    (site / "seeds" / "zoo.txt").write_text(
        "Zoo opens\n\nThe zoo opened on Monday, its director Zoltan Quibble said.\n"
        "Later, keeper Yusuf Arkwright said the lions had settled in.\n",
        encoding="utf-8",
    )
    assert run_cli("generate", cwd=site).returncode == 0
    letters = site / "docs" / "players"
    assert (letters / "z.md").is_file() and (letters / "y.md").is_file()
    (letters / "y.md").write_text((letters / "y.md").read_text(encoding="utf-8") + "\nAn editor's note.\n")
    # The editor retires the explainer: its seed and its folder go.
    (site / "seeds" / "zoo.txt").unlink()
    shutil.rmtree(site / "docs" / "zoo-opens")
    result = run_cli("generate", cwd=site)
    assert result.returncode == 0, result.stderr
    assert not (letters / "z.md").exists() and "removed: docs/players/z.md" in result.stderr
    assert (letters / "y.md").is_file() and "orphaned: docs/players/y.md" in result.stderr  # edited: kept
    status = run_cli("status", cwd=site).stdout
    assert "players/z.md" not in status
    assert "orphaned    docs/players/y.md" in status  # what generate called it, not "edited"
    (letters / "y.md").unlink()
    assert run_cli("check", cwd=site).returncode == 0


def test_a_new_title_moves_the_explainer_and_orphans_the_old_pages(site: Path) -> None:
    edit_seed(site, "Council backs new park", "Council approves new park", name="park.txt")
    result = run_cli("generate", cwd=site)
    assert result.returncode == 0, result.stderr
    assert page(site, "index.md", "council-approves-new-park").is_file()
    assert page(site, "index.md", "council-backs-new-park").is_file(), "old pages are never deleted"
    assert "orphaned: docs/council-backs-new-park/index.md" in result.stderr
    home = (site / "docs" / "index.md").read_text(encoding="utf-8")
    assert "council-approves-new-park/index.md" in home and "council-backs-new-park/" not in home


def test_the_state_folder_can_live_elsewhere(project: Path) -> None:
    result = run_cli("generate", "--state-dir", "state", cwd=project)
    assert result.returncode == 0, result.stderr
    assert (project / "state" / "state.json").is_file() and not (project / ".explainers").exists()
    pages = len(load_state(project / "state").generated_pages())
    assert f"{pages} generated, 0 edited" in run_cli("status", "--state-dir", "state", cwd=project).stderr


def test_a_page_checked_out_with_crlf_line_endings_still_merges(site: Path) -> None:
    overview = page(site)
    text = overview.read_text(encoding="utf-8") + "\nAn editor's note.\n"
    overview.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    edit_seed(site, "Helsinki, Finland", "Helsinki, the Finnish capital")
    result = run_cli("generate", cwd=site)
    assert result.returncode == 0, result.stderr
    merged = overview.read_bytes()
    assert b"Finnish capital" in merged and b"An editor's note.\r\n" in merged
    assert merged.count(b"\n") == merged.count(b"\r\n")
