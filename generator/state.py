"""The generator's memory beside docs/: what it last wrote for every page, and one record per explainer.

Layout of the state folder (default ``.explainers/`` next to the docs folder, committed with it)::

    state.json            one ExplainerRecord per explainer, sorted by slug; no timestamps
    base/<folder>.bases   the exact bytes the generator last wrote for each page of docs/<folder>/
                          (the merge bases), one bundle per explainer; ``_root.bases`` for the top level
    incoming/<page>       a newer generated version that could not be merged into an edited page
    conflicts/<page>      that merge, with conflict markers, for the editor to resolve
    backups/<stamp>/<page>  an editor's version that ``generate --force`` replaced

A page is "generated" when it has a base; "edited" when docs/<page> differs from its base;
"conflicted" while incoming/<page> exists. Only state.json is needed to render the site-wide
index pages, so ``generate one-seed.txt`` keeps every other explainer listed.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, fields
from datetime import date
from functools import cached_property
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, cast

from .bases import Bases
from .errors import ExplainerError
from .fingerprint import code_fingerprint

if TYPE_CHECKING:
    from .models import Explainer, PlayerKind

STATE_FILE = "state.json"
STATE_FORMAT = 1
"""Bumped when state.json changes shape; an unknown format is refused, never guessed at."""
BASE, INCOMING, CONFLICTS, BACKUPS = "base", "incoming", "conflicts", "backups"
PLAYER_KINDS: tuple[str, ...] = ("person", "country", "place", "organization")
"""``models.PlayerKind``'s values (a test holds them equal), without importing the models: their eleven
dataclasses cost a no-op run a tenth of its time."""
SIDECAR_SUFFIXES = (".yml", ".yaml")
"""``readers.metadata.SIDECAR_SUFFIXES`` (a test holds them equal), without importing the readers and PyYAML."""
SEED_CHUNK = 1 << 16
"""Bytes of a seed hashed at a time."""


class StateError(ExplainerError):
    """The state folder cannot be read; the message names the file."""


@dataclass(frozen=True)
class ExplainerRecord:
    """What the site-wide pages need to know of one explainer, and what decides if it is stale."""

    slug: str
    """Folder under docs/."""
    title: str
    summary: str
    """The one-line summary shown on the home page (the explainer's lead sentence)."""
    source: str | None
    published: str | None
    """ISO date, or None when unknown."""
    seed: str
    """The seed's path relative to the folder that holds the state folder, POSIX form."""
    seed_digest: str
    """sha256 of the seed, its sidecar and the options that change its output (see ``seed_digest``)."""
    generator_version: str
    pages: tuple[str, ...] = ()
    """The explainer's pages, relative to docs/, in the order they were rendered."""
    players: tuple[tuple[PlayerKind, str], ...] = ()
    """(kind, name) of every key player, for the site-wide players page."""
    issues: tuple[str, ...] = ()
    """Titles of its points of contention: with the players, what relates it to other explainers."""
    related: tuple[str, ...] = ()
    """Slugs of the related explainers its overview lists, best first, as last written."""
    deleted: tuple[str, ...] = ()
    """Its pages the editor had deleted when it was last generated: kept deleted, and the pages written
    then (its own, the site's, other overviews) do not link to them. Another page gone, or one of these
    back, and the explainer is regenerated, so the links follow."""

    @property
    def published_date(self) -> date | None:
        return date.fromisoformat(self.published) if self.published else None

    def is_current(self, digest: str, generator_version: str) -> bool:
        """True when re-generating this seed would write exactly what was written last time."""
        return self.seed_digest == digest and self.generator_version == generator_version

    @classmethod
    def from_explainer(cls, explainer: Explainer, seed: str, digest: str, pages: Iterable[str]) -> ExplainerRecord:
        article = explainer.article
        return cls(
            slug=explainer.slug,
            title=article.title,
            summary=explainer.lead,
            source=article.source,
            published=article.published.isoformat() if article.published else None,
            seed=seed,
            seed_digest=digest,
            generator_version=explainer.generator_version,
            pages=tuple(pages),
            players=tuple((p.kind, p.name) for p in explainer.players),
            issues=tuple(issue.title for issue in explainer.issues),
        )

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ExplainerRecord:
        """A record from state.json; a missing or mistyped field raises KeyError or TypeError."""

        def text(key: str) -> str:
            value = data[key]
            if not isinstance(value, str):
                raise TypeError(f"{key} is not a string")
            return value

        def optional(key: str) -> str | None:
            return None if data.get(key) is None else text(key)

        pages = data.get("pages", [])
        if not isinstance(pages, list) or not all(isinstance(p, str) for p in pages):
            raise TypeError("pages is not a list of paths")
        players = []
        for item in data.get("players", []):
            if not (isinstance(item, list) and len(item) == 2 and item[0] in PLAYER_KINDS and isinstance(item[1], str)):
                raise TypeError(f"players holds {item!r}, not [kind, name]")
            players.append((cast("PlayerKind", item[0]), item[1]))

        def texts(key: str) -> tuple[str, ...]:
            value = data.get(key, [])
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise TypeError(f"{key} is not a list of strings")
            return tuple(value)

        return cls(
            slug=text("slug"),
            title=text("title"),
            summary=text("summary"),
            source=optional("source"),
            published=optional("published"),
            seed=text("seed"),
            seed_digest=text("seed_digest"),
            generator_version=text("generator_version"),
            pages=tuple(pages),
            players=tuple(players),
            issues=texts("issues"),
            related=texts("related"),
            deleted=texts("deleted"),
        )


@dataclass(frozen=True)
class State:
    """Where the state lives and the records it held when it was loaded."""

    root: Path
    """The state folder, e.g. ``.explainers``."""
    records: tuple[ExplainerRecord, ...] = field(default=())
    deleted: tuple[str, ...] = ()
    """The site's month and letter pages the editor had deleted when the site's pages were last written:
    kept deleted, and no page written then links to them (an explainer's own are in its record)."""

    @property
    def project(self) -> Path:
        """The folder seed paths in records are relative to: the one holding the state folder."""
        return self.root.parent

    def by_seed(self) -> dict[str, ExplainerRecord]:
        return {r.seed: r for r in self.records}

    def seed_key(self, seed: Path) -> str:
        """How ``seed`` is named in a record: relative to the project when it is inside it."""
        # Plain strings, not Path.relative_to: this runs for every seed of every run.
        absolute = os.path.abspath(seed)
        project = self._project_prefix
        key = absolute[len(project):] if absolute.startswith(project) else absolute
        return key.replace(os.sep, "/")

    @cached_property
    def _project_prefix(self) -> str:
        return os.path.join(os.path.abspath(self.project), "")

    def seed_exists(self, record: ExplainerRecord) -> bool:
        folder, _, name = record.seed.rpartition("/")
        return name in self.files_in(os.path.join(self._project_prefix, folder))  # a seed outside: its absolute folder

    def files_in(self, folder: str | os.PathLike[str]) -> set[str]:
        """``file_names(folder)``, listed once for this state, none when it cannot be listed.

        A run asks for every seed (is it a file, has it a sidecar) and twice for every record (is its
        seed still there): one listing of the seeds folder answers all, not a few stats each.
        """
        names = self._listings.get(folder)  # asked as it was before, without making it absolute again
        if names is None:
            key = os.path.abspath(folder)
            names = self._listings.get(key)
            if names is None:
                try:
                    names = file_names(key)
                except OSError:
                    names = set()
                self._listings[key] = names
            self._listings[folder] = names
        return names

    @cached_property
    def _listings(self) -> dict[str | os.PathLike[str], set[str]]:
        """Listings by folder, both as asked (a path, relative or not) and made absolute."""
        return {}

    def bases(self) -> Bases:
        """The merge bases: what the generator last wrote for each page."""
        return Bases(self.root / BASE)

    def incoming(self, page: PurePosixPath | str) -> Path:
        return self.root / INCOMING / page

    def conflict(self, page: PurePosixPath | str) -> Path:
        return self.root / CONFLICTS / page

    def generated_pages(self, bases: Bases | None = None) -> list[PurePosixPath]:
        """Every page the generator has written at some time (it has a base), sorted."""
        return (bases or self.bases()).pages()

    def conflicted_pages(self) -> list[PurePosixPath]:
        return _files_under(self.root / INCOMING)


def file_names(folder: str | os.PathLike[str]) -> set[str]:
    """The names of the files in ``folder`` (links to files too), told apart by its listing, not a stat each."""
    with os.scandir(folder) as entries:
        return {entry.name for entry in entries if entry.is_file()}


def default_state_dir(docs_dir: Path) -> Path:
    """``.explainers`` beside the docs folder, so it is committed with it and never published."""
    return docs_dir.parent / ".explainers"


def load_state(root: Path) -> State:
    """The state in ``root``; an absent folder is an empty state (the first run)."""
    path = root / STATE_FILE
    if not path.is_file():
        return State(root)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise StateError(f"{path}: cannot read the generator's state ({error}); restore it from git") from error
    if not isinstance(data, dict) or data.get("format") != STATE_FORMAT:
        raise StateError(f"{path}: unknown state format; expected format {STATE_FORMAT}")
    try:
        records = tuple(ExplainerRecord.from_json(item) for item in data["explainers"])
    except (KeyError, TypeError) as error:
        raise StateError(f"{path}: malformed explainer record ({error})") from error
    deleted = data.get("deleted", [])
    if not isinstance(deleted, list) or not all(isinstance(page, str) for page in deleted):
        raise StateError(f"{path}: deleted is not a list of pages")
    return State(root, records, tuple(deleted))


def dumps(records: Iterable[ExplainerRecord], deleted: Iterable[str] = ()) -> str:
    """state.json's text: sorted by slug, keys in field order, so equal states are equal bytes.

    One explainer per line: a change to one explainer is a one-line diff, and without ``indent``
    json uses its C encoder (indenting 1,000 records took a quarter of a second). ``deleted``, the
    site pages kept deleted (``State.deleted``), is written only when there are any.
    """
    ordered = sorted(records, key=lambda r: (r.slug, r.seed))
    names = [f.name for f in fields(ExplainerRecord)]  # json writes tuples as lists; asdict's deep copy is slow
    lines = [json.dumps({name: getattr(r, name) for name in names}, ensure_ascii=False) for r in ordered]
    body = "\n" + ",\n".join(lines) + "\n" if lines else ""
    gone = sorted(deleted)
    pages = f'"deleted": {json.dumps(gone, ensure_ascii=False)}, ' if gone else ""
    return f'{{"format": {STATE_FORMAT}, {pages}"explainers": [{body}]}}\n'



def seed_digest(seed: Path, published: date | None, files: Collection[str]) -> str:
    """sha256 over what decides a seed's output: its bytes, its sidecar, --published and the generator's code.

    ``files``: the names of the files in the seed's folder (``State.files_in``); a sidecar is looked up
    there, not with a stat (two per seed, a twentieth of a no-op run at 1,000 seeds).
    """
    content = hashlib.sha256()
    # In chunks: a 20 MB seed must not cost 20 MB of memory. Not hashlib.file_digest: its 256 KB
    # buffer, allocated anew for every few-KB seed, made hashing two thirds of a no-op run's work.
    with open(seed, "rb", buffering=0) as handle:
        while chunk := handle.read(SEED_CHUNK):
            content.update(chunk)
    digest = hashlib.sha256(content.digest())
    for suffix in SIDECAR_SUFFIXES:
        if seed.stem + suffix in files:
            digest.update(b"\0sidecar\0" + seed.with_suffix(suffix).read_bytes())
    digest.update(b"\0published\0" + (published.isoformat().encode() if published else b""))
    # The generator's code is an input too: after an upgrade every seed is current no more.
    digest.update(b"\0generator\0" + code_fingerprint().encode())
    return digest.hexdigest()


def _files_under(folder: Path) -> list[PurePosixPath]:
    return sorted(_walk(folder), key=lambda page: page.parts)  # the order of PurePosixPath, without its slow __lt__


def _walk(folder: Path) -> Iterator[PurePosixPath]:
    # os.walk, not Path.rglob: a thousand explainers have 5,000 bases, and this runs on every generate.
    for dirpath, _, filenames in os.walk(folder):
        relative = PurePosixPath(Path(dirpath).relative_to(folder).as_posix())
        for name in filenames:
            # A temporary file left by a killed run is not a page.
            if not (name.startswith(".") and name.endswith(".tmp")):
                yield relative / name
