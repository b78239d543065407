"""The plain-text reader: a pasted article (title line, blank line, paragraphs) and its optional sidecar."""

from __future__ import annotations

import html
import re
from datetime import date
from pathlib import Path

from ..errors import SeedError
from ..models import Article
from .body import FINAL_PUNCTUATION, Block, assemble, clean
from .metadata import Metadata, read_sidecar

MAX_SEED_BYTES = 2 * 1024 * 1024
"""Largest seed accepted. A long news article is under 100 KB; anything past this is not one."""

MAX_TITLE_CHARS = 300
# Character references left by the page the text was copied from: "Bryn F&#244;n", "AT&amp;T".
_ENTITY = re.compile(
    r"&(?:#\d{2,7}|#[xX][0-9a-fA-F]{2,6}|amp|quot|apos|lt|gt|nbsp|[lr]squo|[lr]dquo|mdash|ndash|pound|euro);"
)
HEADLINE_MAX_WORDS = 25
"""With a sidecar title, a first line longer than this (or ending in a full stop) is body, not a headline."""


def read(path: Path, published: date | None = None) -> Article:
    """Read a plain-text seed and its sidecar ``<name>.yml``; ``published`` overrides any date in it."""
    meta = read_sidecar(path).published_on(published)
    return parse_text(path, decode(path), meta)


def decode(path: Path, limit: int = MAX_SEED_BYTES) -> str:
    """The seed's text, or a ``SeedError`` saying why it is not a readable article."""
    data = read_limited(path, limit)
    if b"\x00" in data:
        raise SeedError(path, "looks like a binary file, not article text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise SeedError(
            path, f"is not UTF-8 text (bad byte at offset {error.start}); save it as UTF-8"
        ) from error
    if not text.strip():
        raise SeedError(path, "is empty")
    return text


def read_limited(path: Path, limit: int) -> bytes:
    """The file's bytes, refused without reading when it is over ``limit``.

    The size is checked before reading, and the read itself stops at ``limit + 1`` bytes, so a file
    that grows meanwhile, a FIFO or a device (whose size says 0) cannot make a run read without end.
    """
    try:
        size = path.stat().st_size
        if size > limit:
            raise SeedError(path, f"file is {size:,} bytes; seeds are limited to {limit:,}")
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as error:
        raise SeedError(path, f"cannot read file: {error.strerror or error}") from error
    if len(data) > limit:
        raise SeedError(path, f"file is over {limit:,} bytes; seeds are limited to {limit:,}")
    return data


def parse_text(path: Path, text: str, meta: Metadata) -> Article:
    """Turn pasted article text (title line, blank line, paragraphs) into an ``Article``."""
    if "&" in text:
        text = _ENTITY.sub(lambda entity: html.unescape(entity.group()), text)
    lines = [clean(line) for line in text.splitlines()]
    while lines and not lines[0]:
        lines.pop(0)
    first = lines.pop(0) if lines else ""
    looks_like_title = len(first) <= MAX_TITLE_CHARS and not (lines and lines[0] and first.endswith("."))
    title = meta.title
    if title is None:
        if not looks_like_title:
            raise SeedError(path, "has no title line: put the headline on the first line, then a blank line")
        title = first
    elif first.casefold() != title.casefold() and (first.endswith(".") or len(first.split()) > HEADLINE_MAX_WORDS):
        # The sidecar names the title and the file starts straight with the article.
        lines.insert(0, first)
    if not title:
        raise SeedError(path, "has no title")
    return assemble(path, title, [Block(p) for p in _paragraph_lines(lines)], meta)


def _paragraph_lines(lines: list[str]) -> list[str]:
    """One string per paragraph: every line is a paragraph unless it continues a hard-wrapped one."""
    paragraphs: list[str] = []
    previous = ""
    for line in lines:
        if not line:
            previous = ""
            continue
        wrapped = previous and len(previous) >= 60 and not previous.endswith(FINAL_PUNCTUATION)
        if wrapped and line[:1].islower():
            paragraphs[-1] = f"{paragraphs[-1]} {line}"
        else:
            paragraphs.append(line)
        previous = line
    return paragraphs
