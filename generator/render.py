"""Render explainers as Markdown pages with YAML front matter; all article text goes through md_text."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import PurePosixPath

from .escape import front_matter, md_text, meta_text
from .models import DateMention, Explainer, Labelled, Page, PageKind, Player, PlayerKind

PAGE_FILES: dict[PageKind, str] = {
    "overview": "index.md",
    "background": "background.md",
    "disagreements": "disagreements.md",
    "outlook": "outlook.md",
}
SOURCE_FILE = "source.md"
PLAYERS_FILE = "players.md"
TIMELINE_FILE = "timeline.md"

PAGE_TITLES: dict[PageKind, str] = {
    "overview": "Overview",
    "background": "Background",
    "disagreements": "Disagreements",
    "outlook": "Outlook",
}
_PAGE_BLURBS: dict[PageKind, str] = {
    "overview": "What is happening, in brief.",
    "background": "The earlier events and context that led here.",
    "disagreements": "The points of contention, and who says what.",
    "outlook": "What may happen next.",
}
_EMPTY: dict[PageKind, str] = {
    "overview": "The article does not state the news event in a sentence of its own.",
    "background": "The article gives no background beyond the news itself.",
    "disagreements": "The article names no points of contention.",
    "outlook": "The article says nothing about what may happen next.",
}
_LEDE = "{: .page-lede }"
"""Marks the one line under a page's title that says what the page covers (styled in explainers.css)."""
_OPENING = "At the start of the article"
"""Heading for the sentences before the article's first subheading."""


def render(explainer: Explainer) -> list[Page]:
    """Every page of one explainer, paths relative to the docs folder."""
    return [
        _overview(explainer),
        _sentence_page(explainer, "background"),
        _disagreements_page(explainer) if explainer.issues else _sentence_page(explainer, "disagreements"),
        _sentence_page(explainer, "outlook"),
        _players_page(explainer),
        _timeline_page(explainer),
        _source_page(explainer),
    ]


def _meta(explainer: Explainer, kind: str, description: str) -> dict[str, str | list[str] | None]:
    article = explainer.article
    meta: dict[str, str | list[str] | None] = {
        # Matches the page heading, so a browser tab reads "Background: <title>". Material prints
        # the title into <title> and the header, the description into a <meta>, unescaped.
        "title": meta_text(article.title if kind == "overview" else f"{kind.capitalize()}: {article.title}"),
        "description": meta_text(description),
        "tags": [meta_text(tag) for tag in article.tags],  # Material's tags plugin prints them raw too
        "source": article.source,
        "published": article.published.isoformat() if article.published else None,
        "generator": f"explainers {explainer.generator_version}",
    }
    return meta


def _overview(explainer: Explainer) -> Page:
    from .players import main_players  # here, not at the top: the site pages alone do without it

    article = explainer.article
    by_id = {item.sentence.id: item for item in explainer.sentences}
    meta = _meta(explainer, "overview", explainer.lead)
    # Material's tags plugin lists the explainer under each of its main players.
    tags = dict.fromkeys([*article.tags, *(p.name for p in main_players(explainer.players))])
    meta["tags"] = [meta_text(tag) for tag in tags]
    lines = [
        front_matter(meta),
        f"# {md_text(article.title)}\n",
        f"{_PAGE_BLURBS['overview']} {_byline(explainer)}\n{_LEDE}\n",
        "## At a glance\n",
        *(f"- {_sentence(by_id[sid])}" for sid in explainer.summary),
        "",
    ]
    # The opening sentences, less those At a glance has just shown: a reader never reads one twice.
    happening = explainer.on_page("overview")[:3]
    rest = [item for item in happening if item.sentence.id not in explainer.summary]
    if rest or not happening:
        lines += ["## What is happening\n", _prose(rest) if rest else _EMPTY["overview"] + "\n"]
    lines.append("## In this explainer\n")
    for kind in ("background", "disagreements", "outlook"):
        count = len(explainer.on_page(kind))
        lines.append(f"- [{PAGE_TITLES[kind]}]({PAGE_FILES[kind]}): {_PAGE_BLURBS[kind]} ({_count(count)})")
    players, dates = len(explainer.players), len(explainer.timeline)
    lines.append(f"- [Key players]({PLAYERS_FILE}): Who and what the article is about. ({_count(players, 'player')})")
    lines.append(f"- [Timeline]({TIMELINE_FILE}): The dates the article names, in order. ({_count(dates, 'date')})")
    lines.append(f"- [Source article]({SOURCE_FILE}): The article itself, paragraphs numbered.\n")
    return Page(_path(explainer, PAGE_FILES["overview"]), "\n".join(lines))


def _sentence_page(explainer: Explainer, kind: PageKind) -> Page:
    items = explainer.on_page(kind)
    title = PAGE_TITLES[kind]
    lines = [
        front_matter(_meta(explainer, kind, _PAGE_BLURBS[kind])),
        f"# {title}: {md_text(explainer.article.title)}\n",
        f"{_PAGE_BLURBS[kind]} [Back to the overview]({PAGE_FILES['overview']})\n{_LEDE}\n",
    ]
    if not items:
        lines.append(_EMPTY[kind] + "\n")
    has_headings = any(s.heading for s in explainer.article.sections)
    for heading, group in _by_section(explainer, items):
        if has_headings:
            lines.append(f"## {md_text(heading or _OPENING)}\n")
        lines.append(_prose(group))
    return Page(_path(explainer, PAGE_FILES[kind]), "\n".join(lines))


def _source_page(explainer: Explainer) -> Page:
    article = explainer.article
    lines = [
        front_matter(_meta(explainer, "source", f"The article, paragraphs numbered: {article.title}")),
        f"# Source: {md_text(article.title)}\n",
        f"{_byline(explainer)} Paragraphs are numbered; the explainer's links point here. "
        f"[Back to the overview]({PAGE_FILES['overview']})\n{_LEDE}\n",
    ]
    for number, section in enumerate(article.sections, start=1):
        if section.heading:
            lines.append(f"## {md_text(section.heading)} {{ #section-{number} }}\n")
        for paragraph in section.paragraphs:
            n = paragraph.number
            lines.append(
                f'<span class="para-number">{n}</span> {md_text(paragraph.text)}\n'
                f"{{: #p{n} .source-paragraph }}\n"
            )
    return Page(_path(explainer, SOURCE_FILE), "\n".join(lines))


def _by_section(explainer: Explainer, items: Iterable[Labelled]) -> list[tuple[str | None, list[Labelled]]]:
    groups: list[tuple[str | None, list[Labelled]]] = []
    for item in items:
        heading = explainer.article.section_of(item.sentence.paragraph)
        if groups and groups[-1][0] == heading:
            groups[-1][1].append(item)
        else:
            groups.append((heading, [item]))
    return groups


def _prose(items: Sequence[Labelled]) -> str:
    """Sentences as paragraphs, one Markdown paragraph per source paragraph."""
    paragraphs: list[list[str]] = []
    last = None
    for item in items:
        if item.sentence.paragraph != last:
            paragraphs.append([])
            last = item.sentence.paragraph
        paragraphs[-1].append(_sentence(item))
    return "".join(" ".join(p) + "\n\n" for p in paragraphs)


def _sentence(item: Labelled) -> str:
    return md_text(item.sentence.text) + _link(item.sentence.paragraph)


def _link(n: int) -> str:
    """The provenance link: a superscript paragraph number pointing into the source page."""
    return f'<sup>[¶{n}]({SOURCE_FILE}#p{n} "Paragraph {n} of the article")</sup>'


def _byline(explainer: Explainer) -> str:
    article = explainer.article
    parts = [f"Source: {md_text(article.source)}" if article.source else "Source: not stated"]
    if article.published:
        parts.append(f"published {article.published.isoformat()}")
    return "*" + ", ".join(parts) + ".*"


def _count(n: int, noun: str = "sentence") -> str:
    return f"1 {noun}" if n == 1 else f"{n} {noun}s"


def _path(explainer: Explainer, name: str) -> PurePosixPath:
    return PurePosixPath(explainer.slug, name)


KIND_HEADINGS: dict[PlayerKind, str] = {
    "person": "People",
    "country": "Countries",
    "place": "Places",
    "organization": "Organisations",
}
"""The heading each kind of player is listed under, in the order the players pages list them."""
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
"""Months as the pages write them ("12 July 2018"), whatever the machine's locale."""
_SENTENCES_PER_PLAYER = 3


def _disagreements_page(explainer: Explainer) -> Page:
    """One heading per point of contention; each sentence labelled with the side it shows acting."""
    by_id = {item.sentence.id: item for item in explainer.sentences}
    lines = [
        front_matter(_meta(explainer, "disagreements", _PAGE_BLURBS["disagreements"])),
        f"# {PAGE_TITLES['disagreements']}: {md_text(explainer.article.title)}\n",
        f"{_PAGE_BLURBS['disagreements']} [Back to the overview]({PAGE_FILES['overview']})\n{_LEDE}\n",
    ]
    shown: dict[str, str] = {}
    """Sentence id -> the issue it was quoted under."""
    for issue in explainer.issues:
        items = [by_id[sid] for sid in issue.sentences if sid in by_id and by_id[sid].page is not None]
        if not items:
            continue
        lines.append(f"## {md_text(issue.title)}\n")
        actor = {sid: side.player for side in issue.sides for sid in side.sentences}
        if len(issue.sides) > 1:
            lines.append("Sides: " + ", ".join(f"**{md_text(side.player)}**" for side in issue.sides) + "\n")
        for item in items:
            who = actor.get(item.sentence.id)
            if item.sentence.id in shown:
                # One sentence can name several issues (an enumeration): quote it once, point back after.
                under = md_text(shown[item.sentence.id])
                lines.append(f"- *Quoted above, under {under}.*{_link(item.sentence.paragraph)}")
            else:
                lines.append(f"- **{md_text(who)}:** {_sentence(item)}" if who else f"- {_sentence(item)}")
                shown[item.sentence.id] = issue.title
        lines.append("")
    rest = [item for item in explainer.on_page("disagreements") if item.sentence.id not in shown]
    if rest:
        lines.append("## Other tensions\n")
        lines.append(_prose(rest))
    return Page(_path(explainer, PAGE_FILES["disagreements"]), "\n".join(lines))


def _players_page(explainer: Explainer) -> Page:
    """The people, countries, places and organisations the article names, most mentioned first."""
    shown = {item.sentence.id: item for item in explainer.sentences if item.page is not None}
    lines = [
        front_matter(_meta(explainer, "key players", "Who and what the article is about.")),
        f"# Key players: {md_text(explainer.article.title)}\n",
        "Who and what the article is about, most mentioned first. "
        f"[Back to the overview]({PAGE_FILES['overview']})\n{_LEDE}\n",
    ]
    if not explainer.players:
        lines.append("The article names no people, countries, places or organisations that could be recognised.\n")
    for kind, heading in KIND_HEADINGS.items():
        players = [p for p in explainer.players if p.kind == kind]
        if not players:
            continue
        lines.append(f"## {heading}\n")
        for player in players:
            lines.append(f"### {md_text(player.name)}\n")
            lines.append(_player_line(player) + "\n")
            items = [shown[sid] for sid in player.sentences if sid in shown][:_SENTENCES_PER_PLAYER]
            lines += [f"- {_sentence(item)}" for item in items]
            lines.append("")
    return Page(_path(explainer, PLAYERS_FILE), "\n".join(lines))


def _player_line(player: Player) -> str:
    parts = [f"*{md_text(player.description)}*"] if player.description else []
    parts.append("named once" if player.mentions == 1 else f"named {player.mentions} times")
    if player.aliases:
        parts.append("also written " + ", ".join(f"“{md_text(a)}”" for a in player.aliases))
    return " · ".join(parts)


def _timeline_page(explainer: Explainer) -> Page:
    """The dates the article names in date order, each with its sentence and provenance link."""
    by_id = {item.sentence.id: item for item in explainer.sentences}
    lines = [
        front_matter(_meta(explainer, "timeline", "The dates the article names, in order.")),
        f"# Timeline: {md_text(explainer.article.title)}\n",
        f"The dates the article names, in date order. [Back to the overview]({PAGE_FILES['overview']})\n{_LEDE}\n",
    ]
    resolved = [d for d in explainer.timeline if d.resolved and d.sentence in by_id]
    unresolved = [d for d in explainer.timeline if not d.resolved and d.sentence in by_id]
    if not resolved and not unresolved:
        lines.append("The article names no dates.\n")
    for mention in resolved:
        when = _when(mention)
        written = "" if when.casefold() == mention.text.casefold() else f" (“{md_text(mention.text)}”)"
        lines.append(f"- **{when}**{written}: {_sentence(by_id[mention.sentence])}")
    if unresolved:
        if explainer.article.published is None:
            lines.append("\n## Dates relative to an unknown publication date\n")
            lines.append("The article's publication date is not known, so these are shown as written, not guessed.\n")
        else:
            lines.append("\n## Times too vague to date\n")
            lines.append("These name no particular date, so they are shown as written, not guessed.\n")
        lines += [f"- **{md_text(m.text)}**: {_sentence(by_id[m.sentence])}" for m in unresolved]
    return Page(_path(explainer, TIMELINE_FILE), "\n".join(lines) + "\n")


def _when(mention: DateMention) -> str:
    """A resolved date as a reader says it: "16 July 2018", "April 2018", "2008 to 2018", "since 2009"."""
    value = mention.date or ""
    if "/" in value:
        start, end = value.split("/", 1)
        return f"since {_day(start)}" if end == ".." else f"{_day(start)} to {_day(end)}"
    return _day(value)


def _day(value: str) -> str:
    parts = value.split("-")
    if len(parts) == 3:
        return f"{int(parts[2])} {MONTH_NAMES[int(parts[1]) - 1]} {parts[0]}"
    if len(parts) == 2:
        return f"{MONTH_NAMES[int(parts[1]) - 1]} {parts[0]}"
    return value
