"""The merge bases: one bundle per docs folder, read back byte for byte; the per-page layout is moved into bundles."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

import pytest

from generator.bases import Bases
from generator.errors import ExplainerError


def test_bases_round_trip_by_folder(tmp_path: Path) -> None:
    bases = Bases(tmp_path / "base")
    pages = {"a/index.md": b"# A\n", "a/source.md": "¶ caf\u00e9\n".encode(), "index.md": b"home\n", "b/x/y.md": b""}
    for page, data in pages.items():
        bases.set(page, data)
    bases.flush()
    assert sorted(p.name for p in (tmp_path / "base").iterdir()) == ["_root.bases", "a.bases", "b.bases"]
    again = Bases(tmp_path / "base")
    assert again.pages() == sorted((PurePosixPath(p) for p in pages), key=lambda p: p.parts)
    assert {page: again.get(page) for page in pages} == pages
    again.drop("b/x/y.md")
    again.flush()
    assert not (tmp_path / "base" / "b.bases").exists()
    assert PurePosixPath("b/x/y.md") not in Bases(tmp_path / "base").pages()


def test_an_unchanged_bundle_is_not_rewritten(tmp_path: Path) -> None:
    bases = Bases(tmp_path)
    bases.set("a/index.md", b"one")
    bases.flush()
    before = (tmp_path / "a.bases").stat().st_mtime_ns
    again = Bases(tmp_path)
    again.set("a/index.md", b"one")
    assert again.flush() == []
    assert (tmp_path / "a.bases").stat().st_mtime_ns == before


def test_the_per_page_layout_is_read_and_moved_into_bundles(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.md").write_bytes(b"old base\n")
    (tmp_path / "index.md").write_bytes(b"home\n")
    bases = Bases(tmp_path)
    assert bases.pages() == [PurePosixPath("a/index.md"), PurePosixPath("index.md")]
    assert bases.get("a/index.md") == b"old base\n" and bases.get("index.md") == b"home\n"
    bases.flush()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["_root.bases", "a.bases"]
    assert Bases(tmp_path).get("a/index.md") == b"old base\n"


def test_a_damaged_bundle_is_an_error_naming_it(tmp_path: Path) -> None:
    (tmp_path / "a.bases").write_bytes(b'{"format": 1, "pages": [["index.md", 99]]}\nshort')
    with pytest.raises(ExplainerError, match=r"a\.bases: the merge bases are damaged"):
        Bases(tmp_path).get("a/index.md")
    (tmp_path / "b.bases").write_bytes(b"not json\n")
    with pytest.raises(ExplainerError, match=r"b\.bases"):
        Bases(tmp_path).pages()
