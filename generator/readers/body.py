"""The body pipeline every reader shares: blocks of text become sections, paragraphs and sentences.

A reader (text, Markdown, HTML) turns its format into ``Block``s; this module removes what is not
article text (outlet tags, captions, calls to action, trailing boilerplate), finds the sections and
splits the sentences, so that all three formats are cleaned by the same rules.
"""

from __future__ import annotations

import re
import unicodedata
from contextlib import suppress
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from ..errors import SeedError
from ..folding import search_folded
from ..models import Article, Paragraph, Section, Sentence
from .metadata import Metadata
from .sentences import split_sentences
from .tidy import recase_headings, tidy

FINAL_PUNCTUATION = tuple('.!?:;,"\'”’)…')

# "(VOVWORLD) - ", "WASHINGTON (Reuters) - ", "BEIJING, July 3 (Xinhua) -- "
_OUTLET_TAG = re.compile(
    r"^(?P<dateline>[A-Z][^()\n]{0,60}?\s)?\((?P<outlet>[A-Z][\w .&'/-]{0,40})\)\s*(?:--?|–|—)\s+"
)
# "VIENNA — ", "WASHINGTON, Nov. 18 — ", "SAN JUAN, Puerto Rico — ": a place in capitals opening the story.
_DATELINE = re.compile(
    r"^[A-Z][A-Z.'-]{2,}(?: [A-Z][A-Z.'-]+){0,3}(?:, [A-Z][\w.]*(?: [A-Z\d][\w.]*){0,2})?"
    r"\s+(?:--?|–|—)\s+(?=[A-Z\"“‘'\d])"
)
# "Source: Xinhua| 2018-09-28 23:35:16|Editor: yan", "Xinhua Silk Road Information Service| 2017-11-30
# 15:39:37|Editor: Lu Hui": the outlet's page header above the story.
_PAGE_HEADER = re.compile(
    r"^(?:Source:\s*)?(?P<outlet>[^|]{1,40}?)\s*\|\s*(?P<date>\d{4}-\d\d-\d\d)(?:[ T]\d\d:\d\d(?::\d\d)?)?\s*"
    r"(?:\|\s*(?:Editor|Author|By):?[^|]{0,60})?$"
)
# "... - ảnh 1 Russian President ...", "Photo: AFP", "(Image: Getty)"
_CAPTION = re.compile(
    r"\s[-–—|]\s*(?:ảnh|photo|image|picture|hình)\s*\d+\b"
    r"|^\(?(?:photos?|images?|pictures?|credits?|captions?|file photo)\s*[:|]"
    r"|\b(?:photo|photograph|picture|image)s?(?: credit)?\s*:\s*[\w .,/&'-]{1,60}\)?$",
    re.IGNORECASE,
)
_CAPTION_WORDS = ("photo", "image", "picture", "credit", "caption", "ảnh", "hình")
"""One of these is in every caption ``_CAPTION`` finds, in lower case."""
_BOILERPLATE = re.compile(
    r"^(?:related(?: news| articles| stories| coverage| content| links)?|read more|see also|more on this story"
    r"|more (?:must-reads|stories|news|coverage) from .{1,40}|(?:most|more) (?:read|popular|viewed)"
    r"|share(?: this(?: article| story)?)?|advertisement|recommended(?: for you)?|comments?)\b\W*$",
    re.IGNORECASE,
)
# Sign-offs that close a news page: contact addresses, social-media prompts, reporting credits.
_SIGN_OFF = re.compile(
    r"[\w.+-]+@[\w-]+\.[\w.]+"
    r"|^follow\b.{0,80}\bon (?:facebook|twitter|instagram|x|threads|linkedin|bluesky)\b"
    r"|\bcontributed (?:reporting|to this (?:report|story|article))\b"
    r"|^\(?(?:additional )?(?:reporting|writing|editing) by\b"
    r"|^our standards\b|^loading\b.{0,40}(?:\.\.\.|…)$",
    re.IGNORECASE,
)
_SIGN_OFF_HINTS = ("@", "follow", "contributed", "reporting by", "writing by", "editing by", "our standards", "loading")
"""One of these is in every sign-off ``_SIGN_OFF`` finds, in lower case; the address part of that
pattern is slow to fail, trying every run of letters, so a block without any is not searched."""
# Calls to action inside the body: "Please share your videos ...", "Sign up for our newsletter".
_PROMPT = re.compile(
    r"\b(?:share your (?:videos|photos|pictures|stories|story|thoughts)|sign up (?:for|to)\b.{0,40}newsletter"
    r"|subscribe (?:to|for)\b.{0,40}(?:newsletter|updates|podcast)|click here to|download (?:our|the) app"
    r"|follow us on)",
    re.IGNORECASE,
)
_PROMPT_WORDS = ("share your", "sign up", "subscribe", "click here to", "download", "follow us on")
"""One of these is in every call to action ``_PROMPT`` finds, in lower case."""
# Page furniture inside the body: "Slideshow (2 Images)", links to graphics ("GRAPHIC: ... - reut.rs/2CF",
# "To view a graphic ..., click: reut.rs/2GQ") and the wire's correction notes ("(This version of the story
# corrects ...)", "(The story is refiled to correct ...)").
_FURNITURE = re.compile(
    r"^slideshow\s*\(\d+\s+images?\)$|^\(?graphics?\s*:|\bclick:?\s+(?:[\w-]+\.)+[a-z]{2,}/\S"
    r"|^\((?:this|the)\s+(?:version\s+of\s+the\b.{0,40}?\bstory|story)\b.{0,200}?\b(?:correct|refile|update)"
    # A link alone ("(reut.rs/2m7Xwkw)") and the wire's exchange rate ("($1 = 0.7704 pounds)").
    r"|^\(?(?:https?://)?(?:[\w-]+\.)+[a-z]{2,}/\S*$"
    r"|^\([$€£]?1\s[^()=]{0,30}?(?:=|\bequals(?:\s+to)?\b)\s*[$€£]?[\d.,]+(?:\s[^()]{1,30})?\)$",
    re.IGNORECASE,
)
_FURNITURE_WORDS = ("slideshow", "graphic", "click", "story", "/", "=", "equals")
"""One of these is in every piece of furniture ``_FURNITURE`` finds, in lower case."""
TRAILING_BLOCKS = 5
""""Related News" within this many blocks of the end cuts what follows it..."""
LINK_WORDS = 20
"""...or further up, when all that follows is short lines (linked headlines, sign-offs)."""
LABEL_MAX_WORDS = 3
CREDIT_MAX_WORDS = 12
_CREDIT_LOWER = frozenset(
    ["via", "handout", "courtesy", "of", "and", "the", "for", "de", "del", "da", "van", "von", "al"]
)
"""The words of a picture credit that may be in lower case; every other word is capitalised."""
_SENTENCE_END = (".", "!", "?", '"', "”", "’")
BYLINE_MAX_WORDS = 12
# "By Jane Doe", "by Xinhua writers Yang Shilong, Pan Lijun": the outlet may come before the trade.
_BYLINE = re.compile(
    r"^[Bb]y (?:[A-Z][\w.'’-]+ (?:staff )?(?:writers?|correspondents?|reporters?) )?"
    r"[A-Z][\w.'’-]+(?: (?:[A-Z][\w.'’-]+|and|de|van|von|da|al))*(?:,|$| and | in )"
)
# A link to another story pasted with its label: the label, then that story's headline.
_RELATED_LINK = re.compile(r"(?:Related (?:Coverage|News|Stories|Articles|Content)|Read more|See also)\b:? +\S")
RELATED_LINK_MAX_WORDS = 30
"""A headline is short; a longer paragraph that starts so is article text."""
PROMPT_MAX_WORDS = 30
"""A call to action is short; a longer paragraph that mentions one is article text."""


@dataclass(frozen=True)
class Block:
    """One paragraph-sized piece of a seed's body, as its reader found it."""

    text: str
    heading: bool | None = None
    """True when the format marks it as a heading, False when it marks it as body text,
    None when only its shape can tell (plain text: a short line without final punctuation)."""


def clean(text: str) -> str:
    """NFC, and every run of whitespace (no-break spaces, newlines) made one space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def assemble(path: Path, title: str, blocks: list[Block], meta: Metadata) -> Article:
    """The ``Article`` for a title and the body blocks under it, boilerplate removed."""
    blocks = [Block(clean(b.text), b.heading) for b in blocks]
    blocks, meta = _page_header(blocks, meta)
    # The headline repeated at the top of the body (a page's <h1>, a pasted title) is not body text.
    blocks = [b for b in blocks if b.text and b.text.casefold() != title.casefold()]
    blocks = _drop_repeats(blocks)
    blocks, captions = _drop_captions(blocks, title)
    blocks = _drop_bylines(_drop_leading_labels(blocks), meta.author)
    blocks = _drop_prompts(_drop_related_links(blocks))
    blocks = _drop_author_bio(_drop_trailing_boilerplate(blocks), meta.author)
    source = meta.source
    if blocks and not blocks[0].heading:
        match = _OUTLET_TAG.match(blocks[0].text)
        if match:
            source = source or match.group("outlet").strip()
        match = match or _DATELINE.match(blocks[0].text)
        if match:
            blocks[0] = Block(blocks[0].text[match.end():], blocks[0].heading)

    if meta.title is None and source:
        title = without_outlet(title, source)
    blocks = [b if b.heading else Block(tidy(b.text), b.heading) for b in blocks]
    sections = _recase_headings(_sections(blocks))
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


def without_outlet(title: str, outlet: str) -> str:
    """A headline without the outlet a page puts after it ("... - Xinhua", "... - CNN")."""
    for mark in (" - ", " – ", " — ", " | "):
        head, _, tail = title.rpartition(mark)
        if head and tail.strip().casefold() == outlet.casefold():
            title = head.strip()
    return title


def _page_header(blocks: list[Block], meta: Metadata) -> tuple[list[Block], Metadata]:
    """A first line that is the outlet's page header gives the source and date the metadata lacks; it is no text."""
    header = _PAGE_HEADER.match(blocks[0].text) if blocks and not blocks[0].heading else None
    if header is None:
        return blocks, meta
    published = meta.published
    if published is None:
        with suppress(ValueError):  # "2018-02-30": no date, but still the header
            published = date.fromisoformat(header.group("date"))
    return blocks[1:], replace(meta, source=meta.source or header.group("outlet"), published=published)


def _drop_captions(blocks: list[Block], title: str) -> tuple[list[Block], list[str]]:
    kept, captions = [], []
    for block in blocks:
        text = block.text
        # "<headline> - ảnh 1 <caption>": the headline, a mark, then a caption; not "Prices fell" under "Prices".
        rest = text[len(title):] if text.startswith(title) else ""
        repeats_title = len(rest) > 3 and not rest.lstrip()[:1].isalnum()
        if not block.heading and (repeats_title or _is_caption(text)):
            captions.append(text)
        else:
            kept.append(block)
    return kept, captions


def _is_caption(text: str) -> bool:
    return _search_worded(_CAPTION, _CAPTION_WORDS, text) or _ends_with_credit(text)


def _ends_with_credit(text: str) -> bool:
    """A picture's caption ends with its credit: "... July 31, 2018. REUTERS/Lucas Jackson", "(Xinhua/Li Xin)",
    "NASA/Handout via REUTERS". A credit is a few capitalised names joined by "/" or "via", with no full stop."""
    tail = text[text.rfind(". ") + 2:] if ". " in text else text
    if ("/" not in tail and " via " not in tail) or tail.endswith(_SENTENCE_END):
        return False
    if tail.startswith("(") and tail.endswith(")"):
        tail = tail[1:-1]
    words = tail.replace("/", " ").split()
    return 0 < len(words) <= CREDIT_MAX_WORDS and all(w[0].isupper() or w in _CREDIT_LOWER for w in words)


def _search_worded(pattern: re.Pattern[str], words: tuple[str, ...], text: str) -> bool:
    """``pattern.search(text)``, a case-insensitive pattern, skipped when none of ``words`` is in the text.

    Each of these searches costs 6 to 9 microseconds a paragraph and almost never matches; the
    test on the lower-cased text costs one. The re module also matches "ı" and "İ" to "i" and "ſ"
    to "s", which lower-casing does not: text with any of them always gets the full search.
    """
    folded = text.lower()
    if not any(word in folded for word in words) and "ı" not in folded and "ſ" not in folded and "\u0130" not in text:
        return False
    return pattern.search(text) is not None


def _drop_repeats(blocks: list[Block]) -> list[Block]:
    """A block said twice is page furniture (a repeated standfirst, a section label); keep its first."""
    seen: set[str] = set()
    kept = []
    for block in blocks:
        key = block.text.casefold()
        if key not in seen:
            kept.append(block)
        seen.add(key)
    return kept


def _drop_leading_labels(blocks: list[Block]) -> list[Block]:
    """Kickers and labels above the lede ("Opinion", "Exclusive", "WASHINGTON") are not article text."""
    while blocks and len(blocks[0].text.split()) <= LABEL_MAX_WORDS and not blocks[0].text.endswith(
        FINAL_PUNCTUATION
    ):
        blocks = blocks[1:]
    return blocks


def _drop_bylines(blocks: list[Block], author: str | None) -> list[Block]:
    """"By Jane Doe", or the author's name alone on a line, is a byline, kept as metadata only."""
    name = (author or "").casefold()
    return [
        b for b in blocks
        if not (b.text.casefold() == name or (_BYLINE.match(b.text) and len(b.text.split()) <= BYLINE_MAX_WORDS))
    ]


def _drop_author_bio(blocks: list[Block], author: str | None) -> list[Block]:
    """A closing paragraph about the page's author ("Alice Wu is a political consultant ...") is no article text.

    Only a full name counts (two words or more), and only at the very end, where columns put it.
    """
    if not author or len(author.split()) < 2:
        return blocks
    while len(blocks) > 1 and blocks[-1].text.startswith(f"{author} ") and len(blocks[-1].text.split()) <= 60:
        blocks = blocks[:-1]
    return blocks


def _drop_related_links(blocks: list[Block]) -> list[Block]:
    """ "Related Coverage GE's long share price decline claims another casualty": another story's headline."""
    return [b for b in blocks if not (_RELATED_LINK.match(b.text) and len(b.text.split()) <= RELATED_LINK_MAX_WORDS)]


def _drop_prompts(blocks: list[Block]) -> list[Block]:
    """Calls to action and page furniture; only short blocks, since a paragraph may mention either."""
    return [
        b for b in blocks
        if not (
            len(b.text.split()) <= PROMPT_MAX_WORDS
            and (_search_worded(_PROMPT, _PROMPT_WORDS, b.text) or _search_worded(_FURNITURE, _FURNITURE_WORDS, b.text))
        )
    ]


def _drop_trailing_boilerplate(blocks: list[Block]) -> list[Block]:
    """Cut "Related News", "Read more" and what follows them, and sign-offs, at the end of the article."""
    for index in range(len(blocks) - 1, -1, -1):
        if not _BOILERPLATE.match(blocks[index].text):
            continue  # tested first: a failed match costs less than counting the words after it
        after = blocks[index + 1:]
        near_end = len(after) < TRAILING_BLOCKS or all(len(b.text.split()) <= LINK_WORDS for b in after)
        if near_end:
            return _drop_trailing_boilerplate(blocks[:index])
    while blocks and _signs_off(blocks[-1].text) and len(blocks[-1].text.split()) <= 60:
        blocks = blocks[:-1]
    return blocks


def _signs_off(text: str) -> bool:
    return search_folded(_SIGN_OFF, text, hints=_SIGN_OFF_HINTS) is not None


def _is_subheading(block: Block, index: int, count: int) -> bool:
    if block.heading is not None:
        return block.heading
    if index == 0 or index == count - 1:
        return False
    text = block.text
    # "“IN TOUCH WITH REALITY”": a subhead in capitals that quotes the story, quotes and all.
    if len(text) > 2 and text[0] in "“\"" and text[-1] in "”\"" and text[1:-1].isupper():
        text = text[1:-1]
    return (
        0 < len(text.split()) <= 10
        and len(text) <= 80
        and not text.endswith(FINAL_PUNCTUATION)
        and text[0].isupper()
    )


def _sections(blocks: list[Block]) -> tuple[Section, ...]:
    sections: list[Section] = []
    heading: str | None = None
    paragraphs: list[Paragraph] = []
    number = 0
    sentence_count = 0
    for index, block in enumerate(blocks):
        if _is_subheading(block, index, len(blocks)):
            if paragraphs or heading is not None:
                sections.append(Section(heading, tuple(paragraphs)))
            heading, paragraphs = block.text, []
            continue
        number += 1
        sentences = []
        for text in split_sentences(block.text):
            sentence_count += 1
            sentences.append(Sentence(f"s{sentence_count}", number, text))
        paragraphs.append(Paragraph(number, tuple(sentences)))
    if paragraphs or heading is not None:
        sections.append(Section(heading, tuple(paragraphs)))
    return tuple(s for s in sections if s.paragraphs)


def _recase_headings(sections: tuple[Section, ...]) -> tuple[Section, ...]:
    headings = [s.heading for s in sections if s.heading]
    if not headings:
        return sections
    body = [s.text for section in sections for p in section.paragraphs for s in p.sentences]
    recased = iter(recase_headings(headings, body))
    return tuple(Section(next(recased) if s.heading else None, s.paragraphs) for s in sections)
