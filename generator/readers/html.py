"""The HTML reader: a saved news page, its article text and metadata extracted by trafilatura.

trafilatura leaves out navigation, ads, comments and most share prompts; what it keeps arrives as
an XML tree of headings, paragraphs, lists and tables, which becomes ``Block``s for the same body
pipeline as plain text. A sidecar ``<name>.yml`` overrides what the page says about itself.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from ..errors import SeedError
from ..models import Article
from .body import FINAL_PUNCTUATION, Block, assemble, clean, without_outlet
from .metadata import Metadata, read_sidecar
from .sentences import split_sentences
from .text import read_limited

MAX_HTML_BYTES = 20 * 1024 * 1024
"""Largest page accepted. Saved news pages run to a few MB with their scripts and styles inline."""

LINK_LIST_SHARE = 0.6
"""A list whose text is mostly link text is a list of related links, not article content."""
LINK_ITEM_MAX_WORDS = 20
"""A list of linked items this short each is a list of headlines (related stories), not points."""
SUBHEAD_MAX_WORDS = 10
"""A paragraph in capitals up to this long is a subheading; longer, it is shouted text."""
THIN_BODY_WORDS = 150
"""A body shorter than this may be all that a page that builds its text with JavaScript shows without
it: its structured data (schema.org ``articleBody``) is then read too."""

_SPACE_BEFORE_PUNCTUATION = re.compile(r"\s+(?=[.,;:!?](?:\s|$))")


def read(path: Path, published: date | None = None) -> Article:
    """Read a saved news page; its sidecar, then ``published``, override the page's own metadata."""
    # Imported here: it takes a tenth of a second, which runs of plain-text seeds need not pay.
    import trafilatura

    data = _load(path)
    document = trafilatura.bare_extraction(
        data,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_links=True,
        include_images=False,
        include_formatting=True,  # so that a paragraph set all in bold can be read as a subhead
        deduplicate=True,
    )
    if document is None or isinstance(document, dict):
        raise SeedError(path, "no article text found in the page")
    # The page's own keywords are left out: they are SEO lists ("US,AWARDS,SAG,..."), not tags for readers.
    page = Metadata(
        title=_title(document.title, document.sitename),
        source=_text(document.sitename),
        published=_date(document.date),
        url=_text(document.url),
        author=_text(document.author),
    )
    meta = read_sidecar(path).over(page).published_on(published)
    if not meta.title:
        raise SeedError(path, "the page has no title; give one in a sidecar .yml (title: ...)")
    body = list(blocks(document.body)) if document.body is not None else []
    words = _words(body)
    if words < THIN_BODY_WORDS or len(body) == 1:
        # A short body may be the standfirst of a page that builds its text with script: its structured
        # data is taken when it says twice as much. A body of one paragraph may be trafilatura's own
        # reading of that field: taken when as long, for its sentences as paragraphs.
        structured = _article_body(data)
        if structured and _words(structured) >= (1 if len(body) == 1 else 2) * words:
            body = structured
    if not body:
        raise SeedError(path, "no article text found in the page")
    return assemble(path, meta.title, body, meta)


def _words(body: list[Block]) -> int:
    """Words, not tokens: a full stop that a removed link left standing alone ("primary .") is none."""
    return sum(1 for block in body for token in block.text.split() if any(c.isalnum() for c in token))


def _article_body(data: bytes) -> list[Block]:
    """The page's schema.org ``articleBody`` (JSON-LD), a paragraph per sentence; empty when it has none.

    The field is one string without paragraph breaks, so each sentence becomes a paragraph of its
    own: provenance links then point at the sentence itself rather than at a grouping we invented.
    The spaces that removed links leave before punctuation ("her primary .") go too.
    """
    try:
        scripts = lxml_html.document_fromstring(data).xpath('//script[@type="application/ld+json"]/text()')
    except (etree.ParserError, ValueError):
        return []
    bodies: list[str] = []
    for script in scripts if isinstance(scripts, list) else []:
        try:
            bodies += _article_bodies(json.loads(str(script)))
        except (ValueError, RecursionError):  # broken or absurdly nested JSON: the others still count
            continue
    if not bodies:
        return []
    text = _SPACE_BEFORE_PUNCTUATION.sub("", clean(max(bodies, key=len)))
    return [Block(sentence, heading=False) for sentence in split_sentences(text)]


def _article_bodies(value: Any) -> Iterator[str]:
    """Every ``articleBody`` string in a JSON-LD document, however deeply (``@graph`` lists) it sits."""
    if isinstance(value, dict):
        body = value.get("articleBody")
        if isinstance(body, str):
            yield body
        for item in value.values():
            yield from _article_bodies(item)
    elif isinstance(value, list):
        for item in value:
            yield from _article_bodies(item)


def blocks(body: etree._Element) -> Iterator[Block]:
    """The article body trafilatura kept, as blocks; link lists and the heading above them are dropped."""
    pending: Block | None = None
    for element in body:
        if element.tag == "head":
            if pending is not None:
                yield pending
            pending = Block(_flat(element), heading=True)
            continue
        if element.tag == "list" and _is_link_list(element):
            pending = None
            continue
        if pending is not None:
            yield pending
            pending = None
        yield from _content(element)
    if pending is not None:
        yield pending


def _content(element: etree._Element) -> Iterator[Block]:
    if element.tag == "list":
        for item in element.iter("item"):
            yield Block(_flat(item), heading=False)
    elif element.tag == "table":
        for row in element.iter("row"):
            yield Block("; ".join(_flat(cell) for cell in row), heading=False)
    elif element.tag == "quote" and len(element) and all(child.tag == "p" for child in element):
        for child in element:
            yield Block(_flat(child), heading=False)
    elif element.tag in ("p", "quote", "code"):
        text = _flat(element)
        # Wire copy sets its subheads as paragraphs in capitals ("DISAPPOINTING NIGHT FOR 'IRISHMAN'"),
        # other pages as a short paragraph all in bold ("<p><strong>The al-Tanf base</strong></p>").
        yield Block(text, heading=_shouts(text) or _bold_subhead(element, text))


def _bold_subhead(element: etree._Element, text: str) -> bool:
    if len(element) != 1 or (element.text or "").strip() or (element[0].tail or "").strip():
        return False
    bold = element[0]
    return (
        bold.tag == "hi" and bold.get("rend") == "#b" and len(bold) == 0
        and len(text.split()) <= SUBHEAD_MAX_WORDS
        and (not text.endswith(FINAL_PUNCTUATION) or (text.endswith("?") and text[:1].isupper()))
    )


def _shouts(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and len(text.split()) <= SUBHEAD_MAX_WORDS and all(c.isupper() for c in letters)


def _is_link_list(element: etree._Element) -> bool:
    """Related stories: every item is a short linked headline, or most of the list's text is link text."""
    items = list(element.iter("item"))
    if len(items) >= 2 and all(
        item.find(".//ref") is not None and len(_flat(item).split()) <= LINK_ITEM_MAX_WORDS for item in items
    ):
        return True
    text = len(_flat(element))
    links = sum(len(_flat(ref)) for ref in element.iter("ref"))
    return text > 0 and links / text >= LINK_LIST_SHARE


def _flat(element: etree._Element) -> str:
    return clean(etree.tostring(element, method="text", encoding=str, with_tail=False))


def _load(path: Path) -> bytes:
    data = read_limited(path, MAX_HTML_BYTES)
    if not data.strip():
        raise SeedError(path, "is empty")
    if b"\x00" in data[:4096] and b"<" not in data[:4096]:
        raise SeedError(path, "looks like a binary file, not a web page")
    return data


def _title(title: str | None, sitename: str | None) -> str | None:
    """The headline without the section or site name pages put around it ("Opinion | ...", "... - CNN")."""
    if not title:
        return None
    title = clean(title)
    if " | " in title:
        # Pipes separate headline, section and site; the headline is the longest part.
        title = max((p.strip() for p in title.split(" | ")), key=len)
    site = clean(sitename or "")
    return (without_outlet(title, site) if site else title) or None


def _text(value: str | None) -> str | None:
    return clean(value) or None if value else None


def _date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
