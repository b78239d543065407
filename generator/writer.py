"""Writers own the disk: atomic writes inside docs/, one page per path, unchanged files untouched, edits kept.

For every page the state folder holds what the generator last wrote (its base). Comparing the page
on disk with its base tells an editor's edit from the generator's own output, so an edited page is
never overwritten: the generator's change is three-way merged into it, or, when the two overlap,
the page is left exactly as it is and the proposed version goes to the state folder.
"""

from __future__ import annotations

import errno
import itertools
import os
import re
from collections.abc import Sequence
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Literal

from .bases import Bases
from .errors import ExplainerError, WriteConflictError
from .state import BACKUPS, State

if TYPE_CHECKING:
    from .models import Page

Action = Literal["created", "updated", "unchanged", "merged", "conflict", "kept-edit", "kept-deleted", "forced"]
"""What the writer did with one page:

- created / updated: written, the page had no edits;
- unchanged: already right, not touched;
- merged: the generator's change was merged cleanly into an edited page;
- conflict: edited page left as it was, the proposed version written to the state folder;
- kept-edit: edited page, and the generator has nothing new for it;
- kept-deleted: the editor deleted a generated page; it stays deleted (``--force`` writes it again);
- forced: ``--force`` replaced an edited page after backing it up.
"""
CHANGED: tuple[Action, ...] = ("created", "updated", "merged", "forced")

_TEMP = re.compile(r"^\..+\.[a-z0-9_]{8}\.tmp$")
"""Names ``atomic_write`` gives its temporary files: ``.<name>.<8 hex digits>.tmp``."""


@dataclass(frozen=True)
class PageOutcome:
    """One page's fate in a write."""

    page: PurePosixPath
    """Relative to the docs folder."""
    action: Action
    file: Path
    """The page on disk, as the docs folder was given (for messages)."""
    note: Path | None = None
    """For a conflict the proposed version with markers; for ``forced`` the editor's backup."""


@dataclass(frozen=True)
class WriteReport:
    """What a write did, page by page, in the order the pages were given."""

    outcomes: tuple[PageOutcome, ...]

    def having(self, *actions: Action) -> tuple[PageOutcome, ...]:
        return tuple(o for o in self.outcomes if o.action in actions)

    @property
    def written(self) -> tuple[Path, ...]:
        """Files created or changed in docs/."""
        return tuple(o.file for o in self.having(*CHANGED))

    @property
    def unchanged(self) -> tuple[Path, ...]:
        """Files whose bytes were already right; not touched (same mtime)."""
        return tuple(o.file for o in self.having("unchanged", "kept-edit"))

    @property
    def conflicts(self) -> tuple[PageOutcome, ...]:
        return self.having("conflict")


def write(
    pages: Sequence[Page], docs_dir: Path, state: State, force: bool = False, bases: Bases | None = None
) -> WriteReport:
    """Write ``pages`` under ``docs_dir``, keeping editors' edits; refuse two pages on one path or a path outside.

    The pages go first, their bases after (``bases``, or the state's, flushed at the end): a run
    killed in between finds pages equal to the new output, and records them as such next time.
    """
    writer = PageWriter(docs_dir, state, force, bases)
    writer.write(pages)
    return writer.finish()


class PageWriter:
    """``write`` in installments: pages given in batches, all checked against one another, one report at the end.

    ``generate`` hands over an explainer's pages as soon as its seed is analyzed, so the files are
    created while the workers analyze the others, not all after them.
    """

    def __init__(self, docs_dir: Path, state: State, force: bool = False, bases: Bases | None = None) -> None:
        self.docs_dir = docs_dir
        self.state = state
        self.force = force
        self.bases = bases or state.bases()
        self._inside = _Inside(docs_dir)
        self._seen: dict[Path, Page] = {}
        self._outcomes: list[PageOutcome] = []
        self._conflicted = set(state.conflicted_pages())
        self._backups = state.root / BACKUPS / datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        self._swept = False

    def write(self, pages: Sequence[Page]) -> None:
        """Write ``pages``, after checking that none claims the path of another page of this run."""
        targets = [self._inside.target(page.path) for page in pages]
        for page, target in zip(pages, targets, strict=True):
            if target in self._seen:
                raise WriteConflictError(f"two pages claim {target}: {self._seen[target].path} and {page.path}")
            self._seen[target] = page
        if pages and not self._swept:  # a run with nothing to write leaves a killed run's leftovers to the next one
            sweep_temporary_files(self.docs_dir, self.state.root)
            self._swept = True
        # In this thread: creating files is kernel work outside the GIL, yet four writer threads, handing
        # the GIL to one another at every system call, wrote 1,000 explainers in 0.9 s, not 0.6 s, on twice the CPU.
        self._outcomes += [
            _write_page(page, target, self._inside, self.docs_dir / page.path, self.state, self.bases,
                        page.path in self._conflicted, self.force, self._backups)
            for page, target in zip(pages, targets, strict=True)
        ]

    def on_disk(self, page: PurePosixPath) -> bool:
        """Whether ``page`` is in docs/ as this run found it: what ``write`` will go by, asked before it writes."""
        return self._inside.holds(self._inside.target(page))

    def finish(self) -> WriteReport:
        """Write the bases of every page written, and say what was done, page by page in the order given."""
        self.bases.flush()
        return WriteReport(tuple(self._outcomes))


def _write_page(
    page: Page, target: Path, inside: _Inside, shown: Path, state: State, bases: Bases, conflicted: bool,
    force: bool, backups: Path,
) -> PageOutcome:
    new = page.text.encode("utf-8")
    base = bases.get(page.path)
    current: bytes | None = None
    if inside.holds(target):
        with suppress(FileNotFoundError):  # deleted since the folder was listed
            current = target.read_bytes()

    def set_base() -> None:
        bases.set(page.path, new)

    def clear_conflict() -> None:
        if conflicted:
            _clear_conflict(state, page.path)

    def outcome(action: Action, note: Path | None = None) -> PageOutcome:
        return PageOutcome(page.path, action, shown, note)

    if current is None:
        if base is not None and not force:
            return outcome("kept-deleted")
        inside.make_folder(target)
        atomic_write(target, new, fresh=True)
        set_base()
        return outcome("created")
    if current == new:
        set_base()
        clear_conflict()
        return outcome("unchanged")
    if current == base:
        atomic_write(target, new)
        set_base()
        return outcome("updated")
    if force:
        backup = backups / page.path
        put(target_path(backups, page.path), current)
        atomic_write(target, new)
        set_base()
        clear_conflict()
        return outcome("forced", backup)
    if new == base:
        clear_conflict()
        return outcome("kept-edit")
    # An editor's checkout may have turned every line ending into CRLF (git's autocrlf on Windows):
    # merge with plain newlines, or every line would differ, and give the page its endings back.
    from .merge import merge  # only an edited page needs it, and a no-op run imports this module

    crlf = b"\r\n" in current and b"\r\n" not in new
    ours = _text(current).replace("\r\n", "\n") if crlf else _text(current)
    merged = merge(
        _text(base or b""), ours, _text(new),
        ours_name=f"your edits: {shown}", theirs_name="the newly generated version",
    )
    if merged.clean:
        atomic_write(target, _bytes(merged.text.replace("\n", "\r\n") if crlf else merged.text))
        set_base()
        clear_conflict()
        return outcome("merged")
    # The editor's page stays exactly as it is; the base stays too, so the next run merges again.
    put(target_path(state.root, "incoming" / page.path), new)
    put(target_path(state.root, "conflicts" / page.path), _bytes(merged.text))
    return outcome("conflict", state.conflict(page.path))


def resolve(page: PurePosixPath, state: State) -> bool:
    """Accept the editor's page as the resolution of a conflict: its base becomes the proposed version.

    The next ``generate`` then sees no new change from the generator and keeps the page as it is.
    False when ``page`` has no conflict.
    """
    incoming = target_path(state.root, "incoming" / page)
    if not incoming.is_file():
        return False
    bases = state.bases()
    bases.set(page, incoming.read_bytes())
    bases.flush()
    _clear_conflict(state, page)
    return True


def forget(state: State, pages: Sequence[PurePosixPath], bases: Bases | None = None) -> None:
    """Drop what the state holds for pages that are neither generated any more nor in docs/."""
    bases = bases or state.bases()
    for page in pages:
        _clear_conflict(state, page)
        bases.drop(page)
    bases.flush()


def _clear_conflict(state: State, page: PurePosixPath) -> None:
    # incoming/ goes last: a run killed in between still shows the page as conflicted, and the next run clears it.
    state.conflict(page).unlink(missing_ok=True)
    state.incoming(page).unlink(missing_ok=True)


def _text(data: bytes) -> str:
    # surrogateescape: a page an editor saved in another encoding still merges and keeps its bytes.
    return data.decode("utf-8", errors="surrogateescape")


def _bytes(text: str) -> bytes:
    return text.encode("utf-8", errors="surrogateescape")


def target_path(root: Path, relative: PurePosixPath | str) -> Path:
    """``root / relative``; a path that would leave ``root`` (``..``, absolute, a symlink out) is refused."""
    relative = PurePosixPath(relative)
    resolved_root = root.resolve()
    target = (resolved_root / relative).resolve()
    if relative.is_absolute() or not target.is_relative_to(resolved_root) or target == resolved_root:
        raise ExplainerError(f"refusing to write {relative}: it is outside {root}")
    return target


class _Inside:
    """``target_path`` for many pages under one root, resolving the root and each folder once.

    Resolving every page's full path cost 1 s of a 1,000-explainer generate; the pages of one
    explainer share a folder, so only the last component needs a look of its own. Each folder is
    listed once too, as a run first writes in it: a new explainer's seven pages then cost no
    failing open, stat and link test each (0.5 s of CPU at 1,000 explainers). A run writes each
    page once, so a folder's listing stays true for the pages it has not written yet.
    """

    def __init__(self, root: Path) -> None:
        self.root = root
        self.resolved = root.resolve()
        self.folders: dict[PurePosixPath, Path] = {}
        self.listings: dict[str, set[str] | None] = {}
        """Each folder's file names as first looked at; None for a folder that did not exist."""

    def target(self, relative: PurePosixPath | str) -> Path:
        relative = PurePosixPath(relative)
        if relative.is_absolute() or ".." in relative.parts or not relative.parts:
            return target_path(self.root, relative)  # refuses it, with the one message
        folder = self.folders.get(relative.parent)
        if folder is None:
            folder = (self.resolved / relative.parent).resolve()
            if not folder.is_relative_to(self.resolved):
                return target_path(self.root, relative)
            self.folders[relative.parent] = folder
        target = folder / relative.name
        return target_path(self.root, relative) if self.holds(target) and os.path.islink(target) else target

    def holds(self, target: Path) -> bool:
        """Whether ``target`` (a path ``target`` gave) was in its folder when the run first looked there."""
        folder, name = os.path.split(target)  # strings: hashing a Path costs more than the lookups saved
        if folder not in self.listings:
            try:
                self.listings[folder] = set(os.listdir(folder))
            except (FileNotFoundError, NotADirectoryError):
                self.listings[folder] = None
        names = self.listings[folder]
        return names is not None and name in names

    def make_folder(self, target: Path) -> None:
        """Create ``target``'s folder unless it was there when listed (or made since)."""
        folder = os.path.dirname(target)
        if self.listings.get(folder) is None:
            os.makedirs(folder, exist_ok=True)
            self.listings[folder] = set()


def put(target: Path, data: bytes) -> bool:
    """Write ``data`` atomically unless ``target`` already holds exactly it; True when written."""
    if target.is_file() and target.read_bytes() == data:
        return False
    atomic_write(target, data)
    return True


def atomic_write(target: str | os.PathLike[str], data: bytes, *, fresh: bool = False) -> None:
    """Write via a temporary file in the same folder and ``os.replace``: readers see old or new, never half.

    ``fresh``: the caller knows ``target`` is new and its folder exists: it is written unnamed and then
    linked in (``_link_new``) where the system allows, else as any other, without two lookups.
    No fsync: the rename alone is atomic for a killed process (the data is in the page cache), and a
    per-file fsync cost 10 s of a 1,000-explainer generate while guarding only against power loss.
    """
    if fresh and _link_new(target, data):
        return
    folder = os.path.dirname(target)
    mode = 0o666 & ~_umask()  # what a plain open() would give a new file
    if not fresh:
        try:
            mode = os.stat(target).st_mode & 0o7777  # keep the old file's mode
        except FileNotFoundError:
            if not os.path.isdir(folder):  # a failing mkdir per page cost 2 s of a 1,000-explainer generate
                os.makedirs(folder, exist_ok=True)
    fd, tmp = _temporary(folder, os.path.basename(target))
    try:
        os.fchmod(fd, mode)
        _write_all(fd, data)
        os.close(fd)
        fd = -1
        os.replace(tmp, target)
    except BaseException:
        if fd >= 0:
            os.close(fd)
        os.unlink(tmp)
        raise


def _write_all(fd: int, data: bytes) -> None:
    """``data`` written to ``fd`` whole: ``os.write`` may write less than it is given."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


_unnamed_files = hasattr(os, "O_TMPFILE")
"""Whether new files can be written unnamed and then linked in (``_link_new``); off once refused."""


def _link_new(target: str | os.PathLike[str], data: bytes) -> bool:
    """Write a new file as an unnamed one in its folder (``O_TMPFILE``), then give it its name: whole or absent.

    One name made, not a temporary's plus a rename, and no leftover when killed: 7,000 new pages
    cost 0.3 s less CPU. False, having written nothing, where the system cannot (not Linux, a file
    system without ``O_TMPFILE``, no ``/proc``) or when ``target`` exists after all: then the caller
    writes it the usual way.
    """
    global _unnamed_files
    if not _unnamed_files:
        return False
    try:
        fd = os.open(os.path.dirname(target), os.O_TMPFILE | os.O_WRONLY | os.O_CLOEXEC, 0o666)
    except OSError as error:
        if error.errno in (errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL):  # a file system without them
            _unnamed_files = False
        return False
    try:
        _write_all(fd, data)
        # linkat(AT_SYMLINK_FOLLOW) on /proc/self/fd names the open file. os.link calls linkat only when
        # given a folder descriptor, which an absolute path ignores: the file's own serves.
        os.link(f"/proc/self/fd/{fd}", target, src_dir_fd=fd, follow_symlinks=True)
    except FileExistsError:
        return False
    except OSError as error:
        if error.errno not in (errno.ENOENT, errno.EXDEV, errno.EPERM):
            raise  # a full disk, say, is the caller's to know
        _unnamed_files = False  # no /proc here
        return False
    finally:
        os.close(fd)
    return True


_counter = itertools.count()


def _temporary(folder: str, name: str) -> tuple[int, str]:
    """A new private file beside ``name``, named as ``_TEMP`` expects, and its descriptor.

    Like ``tempfile.mkstemp`` (O_EXCL, mode 0600), without its random-name machinery: this process's
    id and a counter make a name no other live process uses; a leftover of a killed run is skipped.
    """
    while True:
        tag = f"{(os.getpid() << 20 | next(_counter) & 0xFFFFF) & 0xFFFFFFFF:08x}"
        path = os.path.join(folder, f".{name}.{tag}.tmp")
        try:
            return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o600), path
        except FileExistsError:
            continue


@cache
def _umask() -> int:
    # Read once: os.umask can only be read by setting it, and a process does not change it under us.
    mask = os.umask(0)
    os.umask(mask)
    return mask


def sweep_temporary_files(*roots: Path) -> list[Path]:
    """Remove temporary files a killed run left behind (only ``atomic_write``'s own names)."""
    removed = []
    for root in roots:
        if not root.is_dir():
            continue
        # os.walk, not rglob: this runs on every generate, over 10,000 files at 1,000 explainers.
        for dirpath, _, filenames in os.walk(root):
            for name in filenames:
                if name.startswith(".") and _TEMP.match(name):
                    path = Path(dirpath, name)
                    path.unlink()
                    removed.append(path)
    return removed
