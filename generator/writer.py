"""Writers own the disk: atomic writes inside the docs folder, one page per path, unchanged files untouched."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .errors import ExplainerError, WriteConflictError
from .models import Page


@dataclass(frozen=True)
class WriteReport:
    """What a write did, path by path."""

    written: tuple[Path, ...]
    """Files created or changed."""
    unchanged: tuple[Path, ...]
    """Files whose bytes were already right; not touched (same mtime)."""


def write(pages: Sequence[Page], docs_dir: Path) -> WriteReport:
    """Write ``pages`` under ``docs_dir``; refuse two pages on one path or a path outside it."""
    targets = [target_path(docs_dir, page) for page in pages]
    seen: dict[Path, Page] = {}
    for page, target in zip(pages, targets, strict=True):
        if target in seen:
            raise WriteConflictError(f"two pages claim {target}: {seen[target].path} and {page.path}")
        seen[target] = page
    written, unchanged = [], []
    for page, target in zip(pages, targets, strict=True):
        data = page.text.encode("utf-8")
        if target.is_file() and target.read_bytes() == data:
            unchanged.append(target)
            continue
        atomic_write(target, data)
        written.append(target)
    return WriteReport(tuple(written), tuple(unchanged))


def target_path(docs_dir: Path, page: Page) -> Path:
    """Where ``page`` goes; a path that would leave ``docs_dir`` is an error, never a write."""
    root = docs_dir.resolve()
    target = (root / page.path).resolve()
    if page.path.is_absolute() or not target.is_relative_to(root) or target == root:
        raise ExplainerError(f"refusing to write {page.path}: it is outside {docs_dir}")
    return target


def atomic_write(target: Path, data: bytes) -> None:
    """Write via a temporary file in the same folder and ``os.replace``: readers see old or new, never half.

    No fsync: the rename alone is atomic for a killed process (the data is in the page cache), and a
    per-file fsync cost 10 s of a 1,000-explainer generate while guarding only against power loss.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
