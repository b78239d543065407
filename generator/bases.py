"""The merge bases: what the generator last wrote for each page, one bundle file per docs folder.

A bundle ``base/<folder>.bases`` holds every page of one docs folder (an explainer, or the site's
own pages: ``_root`` for the top level), so writing an explainer costs one state file, not one per
page. Its first line is a JSON header naming each page and its length in bytes; the pages' bytes
follow in that order, exactly as written, so listing the generated pages reads only headers.
A bundle is replaced atomically as a whole. The first layout, one base file per page
(``base/<page>``), is still read, and moved into bundles on the next write.
"""

from __future__ import annotations

import json
import os
from contextlib import suppress
from pathlib import Path, PurePosixPath

from .errors import ExplainerError

SUFFIX = ".bases"
ROOT_BUNDLE = "_root"
"""The bundle of the top-level pages; a slug never starts with ``_``, so it names no explainer."""
FORMAT = 1
_JSON = json.JSONEncoder(ensure_ascii=False)
"""``json.dumps(..., ensure_ascii=False)`` without making an encoder for every call."""


class Bases:
    """Reads and stages changes to the bases under ``folder``; ``flush`` writes the changed bundles."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._bundles: dict[str, dict[str, bytes]] = {}
        self._dirty: set[str] = set()
        self._absent: set[str] = set()
        """Bundles that had no file when read: written as new files."""
        self._legacy: dict[str, dict[str, Path]] | None = None

    def get(self, page: PurePosixPath | str) -> bytes | None:
        bundle, name = _split(page)
        return self._bundle(bundle).get(name)

    def set(self, page: PurePosixPath | str, data: bytes) -> None:
        bundle, name = _split(page)
        pages = self._bundle(bundle)
        if pages.get(name) != data:
            pages[name] = data
            self._dirty.add(bundle)

    def drop(self, page: PurePosixPath | str) -> None:
        bundle, name = _split(page)
        if self._bundle(bundle).pop(name, None) is not None:
            self._dirty.add(bundle)

    def flush(self) -> list[str]:
        """Write every changed bundle (delete an emptied one), then the old per-page files it replaces.

        Returns the paths of the bundles written: strings, as the writes take them (a ``Path`` for each
        of a thousand bundles was a seventh of the flush that ends a fresh generate).
        """
        from .writer import atomic_write  # the writer imports this module

        written = []
        if self._dirty:
            self.folder.mkdir(parents=True, exist_ok=True)
        folder = os.fspath(self.folder)
        for bundle in sorted(self._dirty):
            path = os.path.join(folder, bundle + SUFFIX)
            pages = self._bundles[bundle]
            if pages:
                atomic_write(path, _pack(pages), fresh=bundle in self._absent)
                self._absent.discard(bundle)
                written.append(path)
            else:
                with suppress(FileNotFoundError):
                    os.unlink(path)
            if bundle in self._legacy_files():
                _remove_legacy(self.folder, bundle, self._legacy_files().pop(bundle))
        self._dirty.clear()
        return written

    def pages(self) -> list[PurePosixPath]:
        """Every page that has a base, sorted; reads only the bundles' headers (and staged changes)."""
        return [PurePosixPath(name) for name in self.page_names()]

    def page_names(self) -> list[str]:
        """``pages`` as POSIX strings: 7,000 paths cost a tenth of a no-op run as PurePosixPath objects."""
        return sorted(self.page_set(), key=page_order)

    def page_set(self) -> frozenset[str]:
        """``page_names`` in no order: for tests of membership, which need not sort thousands of paths."""
        names: dict[str, set[str]] = {bundle: set(pages) for bundle, pages in self._bundles.items()}
        if self.folder.is_dir():
            with os.scandir(self.folder) as entries:
                listed = [(entry.name, entry.path) for entry in entries if entry.name.endswith(SUFFIX)]
            for name, path in listed:
                bundle = name[: -len(SUFFIX)]
                if bundle not in names:
                    names[bundle] = set(_header(path))  # the listing's string: a Path for each costs a fifth
        for bundle, files in self._legacy_files().items():
            names.setdefault(bundle, set(files))
        root = names.pop(ROOT_BUNDLE, set())
        return frozenset(root).union(*([f"{bundle}/{name}" for name in group] for bundle, group in names.items()))

    def _bundle(self, bundle: str) -> dict[str, bytes]:
        pages = self._bundles.get(bundle)
        if pages is None:
            pages = _unpack(self.folder / f"{bundle}{SUFFIX}")
            if pages is None:
                self._absent.add(bundle)
                pages = {name: path.read_bytes() for name, path in self._legacy_files().get(bundle, {}).items()}
                if pages:  # moved into a bundle at the next flush
                    self._dirty.add(bundle)
            self._bundles[bundle] = pages
        return pages

    def _legacy_files(self) -> dict[str, dict[str, Path]]:
        """The first layout's per-page files by bundle: looked for once, in one walk of the folder."""
        if self._legacy is None:
            self._legacy = {}
            for page in _legacy_pages(self.folder):
                bundle, name = _split(page)
                self._legacy.setdefault(bundle, {})[name] = self.folder / page
        return self._legacy


def page_order(page: str) -> list[str]:
    """The sort key that orders pages given as POSIX strings as PurePosixPath orders them: by parts."""
    return page.split("/")


def _split(page: PurePosixPath | str) -> tuple[str, str]:
    folder, slash, name = str(page).partition("/")  # strings: PurePosixPath.parts costs 10 times more
    return (folder, name) if slash else (ROOT_BUNDLE, folder)


def _pack(pages: dict[str, bytes]) -> bytes:
    names = sorted(pages)
    header = {"format": FORMAT, "pages": [[name, len(pages[name])] for name in names]}
    return _JSON.encode(header).encode("utf-8") + b"\n" + b"".join(pages[n] for n in names)


def _unpack(path: Path) -> dict[str, bytes] | None:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    header, _, body = data.partition(b"\n")
    entries = _entries(path, header)
    pages, at = {}, 0
    for name, size in entries:
        pages[name] = body[at : at + size]
        at += size
    if at != len(body):
        raise ExplainerError(f"{path}: the merge bases are damaged (lengths do not add up); restore it from git")
    return pages


def _header(path: str) -> list[str]:
    """The page names in a bundle, from its first line only (a few hundred bytes of a 50 KB file)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        head = b""
        while b"\n" not in head:
            chunk = os.read(fd, 1024)
            if not chunk:
                break
            head += chunk
    finally:
        os.close(fd)
    return [name for name, _ in _entries(path, head.partition(b"\n")[0])]


def _entries(path: Path | str, header: bytes) -> list[tuple[str, int]]:
    try:
        data = json.loads(header.decode("utf-8"))  # decoded here: given bytes, json guesses their encoding first
        entries = [(str(name), int(size)) for name, size in data["pages"]]
    except (ValueError, KeyError, TypeError) as error:
        raise ExplainerError(f"{path}: the merge bases are damaged ({error}); restore it from git") from error
    if data.get("format") != FORMAT:
        raise ExplainerError(f"{path}: unknown format of merge bases; expected format {FORMAT}")
    return entries


def _legacy_pages(folder: Path) -> list[PurePosixPath]:
    found = []
    for dirpath, _, filenames in os.walk(folder):
        relative = PurePosixPath(Path(dirpath).relative_to(folder).as_posix())
        top = relative == PurePosixPath(".")
        for name in filenames:
            # Bundles and a killed run's temporary files are not pages.
            if (top and name.endswith(SUFFIX)) or (name.startswith(".") and name.endswith(".tmp")):
                continue
            found.append(PurePosixPath(name) if top else relative / name)
    return found


def _remove_legacy(folder: Path, bundle: str, files: dict[str, Path]) -> None:
    """Delete the per-page files now in ``bundle``, then the folders they leave empty."""
    for path in files.values():
        path.unlink(missing_ok=True)
    if bundle != ROOT_BUNDLE and (folder / bundle).is_dir():
        for dirpath, _, _ in sorted(os.walk(folder / bundle), key=lambda item: -len(item[0])):
            if not os.listdir(dirpath):
                os.rmdir(dirpath)
