"""The typed objects that flow through the pipeline: read -> analyze -> render -> write."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cached_property
from pathlib import Path, PurePosixPath
from typing import Literal

Role = Literal["main", "background", "evaluation", "expectation", "other"]
"""Discourse role of a sentence, the five roles of ``../shared/corpus/README.md``."""

ROLES: tuple[Role, ...] = ("main", "background", "evaluation", "expectation", "other")

PageKind = Literal["overview", "background", "disagreements", "outlook"]
"""The explainer page a sentence is shown on."""

PAGE_KINDS: tuple[PageKind, ...] = ("overview", "background", "disagreements", "outlook")

PlayerKind = Literal["person", "country", "place", "organization"]
"""What a key player is."""


@dataclass(frozen=True)
class Sentence:
    """One sentence of the article body."""

    id: str
    """Stable id in document order: ``s1``, ``s2``, ..."""
    paragraph: int
    """Number (1-based) of the source paragraph it comes from."""
    text: str
    """The sentence exactly as the article has it, whitespace normalised."""


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of the cleaned article."""

    number: int
    """1-based position in the article; the anchor ``#p<number>`` on the source page."""
    sentences: tuple[Sentence, ...]

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.sentences)


@dataclass(frozen=True)
class Section:
    """A run of paragraphs under one of the article's own subheadings."""

    heading: str | None
    """The subheading as written, or None for the paragraphs before the first one."""
    paragraphs: tuple[Paragraph, ...]


@dataclass(frozen=True)
class Article:
    """A seed file after reading: the article's text and metadata, boilerplate removed."""

    path: Path
    """The seed file it was read from."""
    title: str
    sections: tuple[Section, ...]
    source: str | None = None
    """The outlet, from metadata or from a lede tag such as ``(VOVWORLD) -``."""
    published: date | None = None
    """Publication date from metadata or ``--published``; None when unknown."""
    url: str | None = None
    author: str | None = None
    tags: tuple[str, ...] = ()
    """Tags given in the seed's metadata."""
    captions: tuple[str, ...] = ()
    """Photo captions and credits, kept as metadata and never shown in the explainer."""

    # Cached (in the instance's dict, which a frozen dataclass allows): every stage of the analysis
    # walks the sentences, a dozen times an article.
    @cached_property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        return tuple(p for s in self.sections for p in s.paragraphs)

    @cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        return tuple(s for p in self.paragraphs for s in p.sentences)

    def section_of(self, paragraph: int) -> str | None:
        """The heading of the section that holds paragraph number ``paragraph``."""
        return self._headings.get(paragraph)

    @cached_property
    def _headings(self) -> dict[int, str | None]:
        return {p.number: section.heading for section in self.sections for p in section.paragraphs}


@dataclass(frozen=True)
class Labelled:
    """A sentence with what the analysis decided about it."""

    sentence: Sentence
    role: Role
    page: PageKind | None
    """Where it is shown; None for dropped text (role ``other``)."""


@dataclass(frozen=True)
class Player:
    """Someone or something the article is about: a person, country, place or organisation."""

    name: str
    """The fullest form of the name in the article (or the gazetteer's name for a country)."""
    kind: PlayerKind
    description: str | None
    """What the article calls them, e.g. "Russian President"; None when it does not say."""
    mentions: int
    """How often the article names them, under any alias."""
    sentences: tuple[str, ...]
    """Ids of the sentences that name them, in reading order."""
    aliases: tuple[str, ...] = ()
    """Other forms of the name seen in the article ("Putin", "US", "U.S.")."""
    country: str | None = None
    """The country a person or place belongs to, when the article says so ("Russian President")."""


@dataclass(frozen=True)
class DateMention:
    """A date or period the article names, resolved against the publication date when it can be."""

    text: str
    """The expression as written: "next Monday", "since 2009"."""
    sentence: str
    """Id of the sentence it is in."""
    date: str | None
    """ISO form: ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or a range ``start/end`` (``2009/..`` is open);
    None when it cannot be resolved without guessing."""

    @property
    def resolved(self) -> bool:
        return self.date is not None


@dataclass(frozen=True)
class Side:
    """What one party to a dispute did or said about it."""

    player: str
    """Name of a ``Player``."""
    sentences: tuple[str, ...]


@dataclass(frozen=True)
class Issue:
    """One point of contention: a heading on the disagreements page."""

    title: str
    """Words from the article naming the issue ("Russia’s military intervention in Syria")."""
    sentences: tuple[str, ...]
    """Ids of the sentences about it, in reading order."""
    sides: tuple[Side, ...] = ()


@dataclass(frozen=True)
class Explainer:
    """The analysis of one article: everything the pages are rendered from."""

    article: Article
    slug: str
    """Folder name under ``docs/``: unique, URL-safe, derived from the title."""
    sentences: tuple[Labelled, ...]
    summary: tuple[str, ...] = ()
    """Ids of the 3 to 5 "At a glance" sentences, in reading order."""
    players: tuple[Player, ...] = ()
    """Key players, most mentioned first."""
    timeline: tuple[DateMention, ...] = ()
    """Dates the article names, resolved ones in date order first, then unresolved in reading order."""
    issues: tuple[Issue, ...] = ()
    """Points of contention, in the order the article raises them."""
    generator_version: str = ""

    def on_page(self, page: PageKind) -> tuple[Labelled, ...]:
        return tuple(s for s in self.sentences if s.page == page)

    @property
    def lead(self) -> str:
        """One-line summary: the first sentence of the overview, else the first sentence."""
        for s in self.sentences:
            if s.page == "overview":
                return s.sentence.text
        return self.sentences[0].sentence.text if self.sentences else self.article.title


@dataclass(frozen=True)
class Page:
    """One Markdown file to write under ``docs/``."""

    path: PurePosixPath
    """Relative to the docs folder, e.g. ``russia-us-summit/index.md``."""
    text: str
