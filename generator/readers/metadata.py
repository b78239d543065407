"""What a seed says about itself: a sidecar ``<name>.yml`` or Markdown front matter, checked field by field."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import yaml

from ..errors import SeedError

FIELDS = ("title", "source", "published", "url", "author", "tags")
"""The fields a sidecar or front matter may give; anything else is a typo worth reporting."""


@dataclass(frozen=True)
class Metadata:
    """What a seed says about itself beyond its text (sidecar or front matter)."""

    title: str | None = None
    source: str | None = None
    """The outlet, e.g. ``Reuters``."""
    published: date | None = None
    url: str | None = None
    author: str | None = None
    tags: tuple[str, ...] = ()

    def over(self, other: Metadata) -> Metadata:
        """These fields where given, ``other``'s elsewhere: an editor's sidecar over what a page says."""
        return Metadata(
            title=self.title or other.title,
            source=self.source or other.source,
            published=self.published or other.published,
            url=self.url or other.url,
            author=self.author or other.author,
            tags=self.tags or other.tags,
        )

    def published_on(self, published: date | None) -> Metadata:
        """The same metadata with ``published`` (from ``--published``) winning when given."""
        return dataclasses.replace(self, published=published) if published else self


SIDECAR_SUFFIXES = (".yml", ".yaml")
"""``seeds/<name>.yml`` or ``seeds/<name>.yaml`` is the metadata of ``seeds/<name>.txt``."""


def read_sidecar(seed: Path) -> Metadata:
    """The metadata in the seed's sidecar, or empty metadata when it has none."""
    found = [sidecar for sidecar in map(seed.with_suffix, SIDECAR_SUFFIXES) if sidecar.is_file()]
    if not found:
        return Metadata()
    if len(found) > 1:
        raise SeedError(found[1], f"a second metadata sidecar beside {found[0].name}: keep one of the two")
    sidecar = found[0]
    try:
        text = sidecar.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise SeedError(sidecar, f"cannot read the metadata sidecar: {error}") from error
    return parse_yaml(sidecar, text, "sidecar")


def parse_yaml(path: Path, text: str, where: str) -> Metadata:
    """Metadata from YAML text; ``where`` ("sidecar", "front matter") goes into error messages."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise SeedError(path, f"{where} is not valid YAML: {_yaml_problem(error)}") from error
    except ValueError as error:
        # PyYAML's own date parsing: "published: 2018-13-45" looks like a date but is none.
        raise SeedError(path, f"{where} has an impossible date: {error}") from error
    return from_mapping(path, data, where)


def from_mapping(path: Path, data: object, where: str) -> Metadata:
    """Check the types of a parsed YAML mapping and turn it into ``Metadata``."""
    if data is None:
        return Metadata()
    if not isinstance(data, dict):
        raise SeedError(path, f"{where} must be a mapping of fields ({', '.join(FIELDS)}), not {_kind(data)}")
    unknown = sorted(str(key) for key in data if key not in FIELDS)
    if unknown:
        raise SeedError(path, f"{where} has unknown field(s) {', '.join(unknown)}; known: {', '.join(FIELDS)}")
    return Metadata(
        title=_text(path, data, "title", where),
        source=_text(path, data, "source", where),
        published=_date(path, data.get("published"), where),
        url=_text(path, data, "url", where),
        author=_text(path, data, "author", where),
        tags=_tags(path, data.get("tags"), where),
    )


def _text(path: Path, data: dict[object, object], field: str, where: str) -> str | None:
    value = data.get(field)
    if value is None:
        return None
    if not isinstance(value, str):
        raise SeedError(path, f"{where}: {field} must be text, not {_kind(value)} ({value!r}); quote it")
    return " ".join(value.split()) or None


def _date(path: Path, value: object, where: str) -> date | None:
    # YAML already turns an unquoted 2018-07-12 into a date; a quoted one arrives as text.
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise SeedError(path, f"{where}: published must be a date like 2018-07-12, not {value!r}")


def _tags(path: Path, value: object, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(tag, str) for tag in items):
        raise SeedError(path, f"{where}: tags must be a list of text, like [politics, Russia], not {value!r}")
    return tuple(dict.fromkeys(" ".join(tag.split()) for tag in items if tag.strip()))


def _kind(value: object) -> str:
    names = {bool: "true/false", int: "a number", float: "a number", list: "a list", dict: "a mapping"}
    return names.get(type(value), f"a {type(value).__name__}")


def _yaml_problem(error: yaml.YAMLError) -> str:
    """One line: what is wrong and where, without PyYAML's multi-line excerpt of the file."""
    if isinstance(error, yaml.MarkedYAMLError):
        problem = error.problem or error.context or "syntax error"
        mark = error.problem_mark
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark is not None else ""
        return " ".join(f"{problem}{where}".split())
    return " ".join(str(error).split())
