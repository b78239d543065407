"""The Markdown reader: YAML front matter for metadata, a Markdown body whose headings become sections.

The body is parsed by Python-Markdown, so links, emphasis, code spans and lists come out as their
plain text. Raw HTML in the body is not treated as markup: an editor's ``<b>`` stays the literal
text ``<b>``, as it would in a plain-text seed, so nothing in a seed can become live on the page.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import lxml.html
import markdown

from ..errors import SeedError
from ..models import Article
from .body import Block, assemble, clean
from .metadata import Metadata, parse_yaml, read_sidecar
from .text import decode

_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_CONTAINERS = {"blockquote", "div", "section", "article"}
_FENCES = ("---", "...")


def read(path: Path, published: date | None = None) -> Article:
    """Read a Markdown seed: front matter first, then a sidecar ``<name>.yml`` if any, then ``published``."""
    front, body = split_front_matter(path, decode(path))
    meta = front.over(read_sidecar(path)).published_on(published)
    blocks = list(_blocks(_to_html(body)))
    title = meta.title
    if title is None:
        if not blocks or not blocks[0].heading:
            raise SeedError(path, "has no title: give `title:` in the front matter or start with a `# Title` line")
        title = blocks.pop(0).text
    return assemble(path, clean(title), blocks, meta)


def split_front_matter(path: Path, text: str) -> tuple[Metadata, str]:
    """The metadata of a leading ``---`` YAML block, and the Markdown after it."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        return Metadata(), text
    for index in range(1, len(lines)):
        if lines[index].strip() in _FENCES:
            meta = parse_yaml(path, "".join(lines[1:index]), "front matter")
            return meta, "".join(lines[index + 1:])
    raise SeedError(path, "front matter starts with `---` but has no closing `---` line")


def _to_html(body: str) -> str:
    md = markdown.Markdown(extensions=["sane_lists"], output_format="html")
    # Without these, raw HTML would pass through as markup; with them it is escaped as text.
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    return md.convert(body)


def _blocks(html: str) -> Iterator[Block]:
    if not html.strip():
        return
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    yield from _walk(root)


def _walk(parent: lxml.html.HtmlElement) -> Iterator[Block]:
    for element in parent:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _HEADINGS:
            yield Block(element.text_content(), heading=True)
        elif tag in ("ul", "ol"):
            # Each item is a paragraph of its own: a list in a news article is a list of points.
            for item in element.iter("li"):
                yield Block(_own_text(item), heading=False)
        elif tag in _CONTAINERS:
            yield from _walk(element)
        elif tag == "table":
            for row in element.iter("tr"):
                yield Block("; ".join(clean(cell.text_content()) for cell in row), heading=False)
        elif tag in ("p", "pre"):
            yield Block(element.text_content(), heading=False)


def _own_text(item: lxml.html.HtmlElement) -> str:
    """An item's text without its nested lists, which are items of their own."""
    parts = [item.text or ""]
    for child in item:
        if child.tag not in ("ul", "ol"):
            parts.append(child.text_content())
        parts.append(child.tail or "")
    return "".join(parts)
