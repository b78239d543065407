"""Read a seed file into an ``Article``: title, outlet, sections, paragraphs and sentences."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import nupunkt

from .errors import SeedError
from .models import Article, Paragraph, Section, Sentence

MAX_SEED_BYTES = 2 * 1024 * 1024
"""Largest seed accepted. A long news article is under 100 KB; anything past this is not one."""

MAX_TITLE_CHARS = 300

_FINAL_PUNCTUATION = tuple('.!?:;,"\'”’)…')

# "(VOVWORLD) - ", "WASHINGTON (Reuters) - ", "BEIJING, July 3 (Xinhua) -- "
_OUTLET_TAG = re.compile(
    r"^(?P<dateline>[A-Z][^()\n]{0,60}?\s)?\((?P<outlet>[A-Z][\w .&'/-]{0,40})\)\s*(?:--?|–|—)\s+"
)
# "... - ảnh 1 Russian President ...", "Photo: AFP", "(Image: Getty)"
_CAPTION = re.compile(
    r"\s[-–—|]\s*(?:ảnh|photo|image|picture|hình)\s*\d+\b"
    r"|^\(?(?:photos?|images?|pictures?|credits?|captions?|file photo)\s*[:|]",
    re.IGNORECASE,
)
_BOILERPLATE = re.compile(
    r"^(?:related(?: news| articles| stories| coverage| content)?|read more|see also|more on this story"
    r"|share(?: this(?: article| story)?)?|advertisement|most read|recommended|comments?)\b\W*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Metadata:
    """What a seed says about itself beyond its text (sidecar or front matter)."""

    title: str | None = None
    source: str | None = None
    published: date | None = None
    url: str | None = None
    author: str | None = None
    tags: tuple[str, ...] = ()


def read(path: Path, published: date | None = None) -> Article:
    """Read a plain-text seed; ``published`` overrides any date in its metadata."""
    text = decode(path)
    return parse_text(path, text, Metadata(published=published))


def decode(path: Path) -> str:
    """The seed's text, or a ``SeedError`` saying why it is not a readable article."""
    try:
        size = path.stat().st_size
        if size > MAX_SEED_BYTES:
            raise SeedError(path, f"file is {size:,} bytes; seeds are limited to {MAX_SEED_BYTES:,}")
        data = path.read_bytes()
    except OSError as error:
        raise SeedError(path, f"cannot read file: {error.strerror}") from error
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


def parse_text(path: Path, text: str, meta: Metadata) -> Article:
    """Turn pasted article text (title line, blank line, paragraphs) into an ``Article``."""
    lines = [_clean(line) for line in text.splitlines()]
    while lines and not lines[0]:
        lines.pop(0)
    title = meta.title
    if title is None:
        title = lines.pop(0) if lines else ""
        if len(title) > MAX_TITLE_CHARS or (lines and lines[0] and title.endswith(".")):
            raise SeedError(path, "has no title line: put the headline on the first line, then a blank line")
    if not title:
        raise SeedError(path, "has no title")

    blocks = _paragraph_lines(lines)
    blocks, captions = _drop_captions(blocks, title)
    blocks = _drop_trailing_boilerplate(blocks)
    source = meta.source
    if blocks:
        match = _OUTLET_TAG.match(blocks[0])
        if match:
            source = source or match.group("outlet").strip()
            blocks[0] = blocks[0][match.end():]

    sections = _sections(blocks)
    if not any(s.paragraphs for s in sections):
        raise SeedError(path, "has a title but no article body")
    return Article(
        path=path,
        title=title,
        sections=sections,
        source=source,
        published=meta.published,
        url=meta.url,
        author=meta.author,
        tags=meta.tags,
        captions=tuple(captions),
    )


def split_sentences(text: str) -> list[str]:
    """Sentences of one paragraph, by nupunkt (knows "U.S.", "Mr.", "Jan. 5", "(R-Ky.)")."""
    return [s.strip() for s in nupunkt.sent_tokenize(text) if isinstance(s, str) and s.strip()]


def _clean(line: str) -> str:
    line = unicodedata.normalize("NFC", line)
    return " ".join(line.split())


def _paragraph_lines(lines: list[str]) -> list[str]:
    """One string per paragraph: every line is a paragraph unless it continues a hard-wrapped one."""
    paragraphs: list[str] = []
    previous = ""
    for line in lines:
        if not line:
            previous = ""
            continue
        wrapped = previous and len(previous) >= 60 and not previous.endswith(_FINAL_PUNCTUATION)
        if wrapped and line[:1].islower():
            paragraphs[-1] = f"{paragraphs[-1]} {line}"
        else:
            paragraphs.append(line)
        previous = line
    return paragraphs


def _drop_captions(blocks: list[str], title: str) -> tuple[list[str], list[str]]:
    kept, captions = [], []
    for block in blocks:
        repeats_title = block != title and block.startswith(title) and len(block) > len(title) + 3
        if repeats_title or _CAPTION.search(block):
            captions.append(block)
        else:
            kept.append(block)
    return kept, captions


def _drop_trailing_boilerplate(blocks: list[str]) -> list[str]:
    """Cut "Related News", "Read more" and what follows them at the end of the article."""
    for index in range(len(blocks) - 1, -1, -1):
        if index >= len(blocks) - 5 and _BOILERPLATE.match(blocks[index]):
            return _drop_trailing_boilerplate(blocks[:index])
    return blocks


def _is_subheading(block: str) -> bool:
    words = block.split()
    return (
        0 < len(words) <= 10
        and len(block) <= 80
        and not block.endswith(_FINAL_PUNCTUATION)
        and block[0].isupper()
    )


def _sections(blocks: list[str]) -> tuple[Section, ...]:
    sections: list[Section] = []
    heading: str | None = None
    paragraphs: list[Paragraph] = []
    number = 0
    sentence_count = 0
    for index, block in enumerate(blocks):
        is_last = index == len(blocks) - 1
        if index > 0 and not is_last and _is_subheading(block):
            if paragraphs or heading is not None:
                sections.append(Section(heading, tuple(paragraphs)))
            heading, paragraphs = block, []
            continue
        number += 1
        sentences = []
        for text in split_sentences(block):
            sentence_count += 1
            sentences.append(Sentence(f"s{sentence_count}", number, text))
        paragraphs.append(Paragraph(number, tuple(sentences)))
    if paragraphs or heading is not None:
        sections.append(Section(heading, tuple(paragraphs)))
    return tuple(s for s in sections if s.paragraphs)
