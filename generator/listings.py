"""The site-wide pages: the home page, the explainers by month, the players by letter.

No page grows without bound with the site: the home page shows the newest ``HOME_LATEST``; the
explainers index links one page per month (split in parts of ``PER_PAGE``); the players index
links one page per first letter (split in parts of ``PLAYERS_PER_PAGE``), and a player lists its
``EXPLAINERS_PER_PLAYER`` newest explainers. A month page changes only when an explainer of
that month is added, removed or retitled, so a regenerated seed rewrites few of them.
Everything comes from records (or ``Listing``), never from re-analysis.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import PurePosixPath
from typing import Protocol

from slugify import slugify

from .escape import front_matter, md_text
from .models import Explainer, Page, PlayerKind
from .render import KIND_HEADINGS, MONTH_NAMES, PAGE_FILES, PAGE_TITLES, PLAYERS_FILE, SOURCE_FILE, TIMELINE_FILE
from .slugs import SITE_FOLDERS, is_site_page

__all__ = ["SITE_FOLDERS", "Listed", "Listing", "is_site_page", "site_pages"]

HOME_LATEST = 20
"""Explainers on the home page, newest first; the rest are a click away, by month."""
PER_PAGE = 50
"""Explainers on one page of a month; a bigger month gets more pages."""
PLAYERS_PER_PAGE = 100
"""Players on one page of a letter."""
EXPLAINERS_PER_PLAYER = 10
"""Explainers listed under one player on the players pages, newest first."""
INDEX_FILE = "explainers.md"
MONTHS_FOLDER, PLAYERS_FOLDER = SITE_FOLDERS
PLAYERS_INDEX_FILE = "players.md"

_LEDE = "{: .page-lede }"
_UNDATED = "Undated"
_LEADING_PUNCTUATION = "'\"‘’“”«»([¿¡-–—…. "


class Listed(Protocol):
    """What the site-wide pages show of one explainer: a ``Listing``, or any record with these fields."""

    @property
    def slug(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def summary(self) -> str: ...
    @property
    def source(self) -> str | None: ...
    @property
    def published_date(self) -> date | None: ...
    @property
    def players(self) -> Sequence[tuple[PlayerKind, str]]: ...


@dataclass(frozen=True)
class Listing:
    """One explainer as the site-wide pages list it."""

    slug: str
    title: str
    summary: str
    """The one-line summary: the explainer's lead sentence."""
    source: str | None
    published_date: date | None
    players: tuple[tuple[PlayerKind, str], ...] = ()
    """(kind, name) of every player, for the players pages."""

    @classmethod
    def of(cls, e: Explainer) -> Listing:
        players = tuple((p.kind, p.name) for p in e.players)
        return cls(e.slug, e.article.title, e.lead, e.article.source, e.article.published, players)


def site_pages(listed: Sequence[Listed]) -> list[Page]:
    """The home page, the explainers index and its month pages, the players index and its letter pages."""
    ordered = sorted(listed, key=_newest_first)
    months = _by_month(ordered)
    pages = [_home(ordered), _months_index(months)]
    for label, key, group in months:
        pages += _month_pages(label, key, group)
    return pages + _players_pages(ordered)


def _home(ordered: Sequence[Listed]) -> Page:
    lines = [
        front_matter({"title": "News explainers", "description": "The newest explainers on this site."}),
        "# News explainers\n",
        "Each explainer takes one news article apart: what is happening, the background, "
        f"the points of contention and the outlook. Every sentence links to the paragraph "
        f"of the article it comes from. Newest first; [all explainers by month]({INDEX_FILE}).\n",
    ]
    lines += [f"- {_listing(e, '')}  \n  {md_text(e.summary)}" for e in ordered[:HOME_LATEST]]
    if len(ordered) > HOME_LATEST:
        lines.append(f"\n[Older explainers, by month]({INDEX_FILE})")
    return Page(PurePosixPath("index.md"), "\n".join(lines) + "\n")


def _months_index(months: Sequence[tuple[str, str, Sequence[Listed]]]) -> Page:
    lines = [
        front_matter({"title": "All explainers", "description": "Every explainer on this site, by month."}),
        "# All explainers\n",
        f"Every explainer on this site, by the month its article was published, newest first.\n{_LEDE}\n",
    ]
    if not months:
        lines.append("No explainers yet.\n")
    for label, key, group in months:
        parts = _parts(len(group), PER_PAGE)
        more = f" on {parts} pages" if parts > 1 else ""
        lines.append(f"- [{label}]({MONTHS_FOLDER}/{key}.md): {_count(len(group), 'explainer')}{more}")
    return Page(PurePosixPath(INDEX_FILE), "\n".join(lines) + "\n")


def _month_pages(label: str, key: str, group: Sequence[Listed]) -> list[Page]:
    parts = _parts(len(group), PER_PAGE)
    pages = []
    for part in range(1, parts + 1):
        of = f" ({part} of {parts})" if parts > 1 else ""
        when = "with no known publication date" if key == "undated" else f"published in {label}"
        order = "by title" if key == "undated" else "newest first"
        lines = [
            front_matter({"title": f"Explainers: {label}{of}", "description": f"The explainers {when}."}),
            f"# {label}{of}\n",
            f"The explainers {when}, {order}, with a link to each of their pages. "
            f"[All months](../{INDEX_FILE})\n{_LEDE}\n",
        ]
        if parts > 1:
            lines.append("Pages: " + _part_links(key, part, parts) + "\n")
        for e in group[(part - 1) * PER_PAGE : part * PER_PAGE]:
            links = " · ".join(
                f"[{PAGE_TITLES[kind]}](../{e.slug}/{PAGE_FILES[kind]})" for kind in PAGE_FILES if kind != "overview"
            )
            links += f" · [Key players](../{e.slug}/{PLAYERS_FILE}) · [Timeline](../{e.slug}/{TIMELINE_FILE})"
            links += f" · [Source article](../{e.slug}/{SOURCE_FILE})"
            lines.append(f"- {_listing(e, '../')}  \n  {links}")
        pages.append(Page(PurePosixPath(MONTHS_FOLDER, f"{_part_name(key, part)}.md"), "\n".join(lines) + "\n"))
    return pages


def _players_pages(ordered: Sequence[Listed]) -> list[Page]:
    """The players index (one line per letter) and a page per letter: each player and its newest explainers."""
    same = _same_people(ordered)
    appears: dict[tuple[PlayerKind, str], list[Listed]] = {}
    for e in ordered:
        for kind, name in e.players:
            listed = appears.setdefault((kind, same.get(name, name) if kind == "person" else name), [])
            if not listed or listed[-1] is not e:
                listed.append(e)
    letters: dict[str, list[tuple[PlayerKind, str]]] = {}
    # Filed and ordered by the name transliterated, as a reader looks it up: "Māris" under M, before "Mark".
    folded = {player: slugify(player[1]) for player in appears}
    for player in sorted(appears, key=lambda p: (list(KIND_HEADINGS).index(p[0]), folded[p], p[1].casefold(), p[1])):
        letters.setdefault(_letter(folded[player]), []).append(player)
    lines = [
        front_matter({"title": "Players", "description": "Every key player and the explainers they appear in."}),
        "# Players\n",
        "Every person, country, place and organisation named in an explainer, by the first letter of "
        f"the name, with the explainers they appear in.\n{_LEDE}\n",
    ]
    if not appears:
        lines.append("No explainer names any players yet.\n")
    pages = []
    for letter in sorted(letters, key=lambda k: (k == "other", k)):
        players = letters[letter]
        label = "Other" if letter == "other" else letter.upper()
        lines.append(f"- [{label}]({PLAYERS_FOLDER}/{letter}.md): {_count(len(players), 'player')}")
        parts = _parts(len(players), PLAYERS_PER_PAGE)
        for part in range(1, parts + 1):
            pages.append(_letter_page(label, letter, part, parts, players, appears))
    index = Page(PurePosixPath(PLAYERS_INDEX_FILE), "\n".join(lines) + "\n")
    return [index, *pages]


def _same_people(ordered: Sequence[Listed]) -> dict[str, str]:
    """People one explainer names differently from another: each to the name they are filed under.

    "Kim Jong-un" is "Kim Jong Un" (whichever spelling more explainers use), and "Trump", in an
    article that never gives his first name, is "Donald Trump" when that is the one person of the
    site with that surname ("Bush", with two, stays as it is).
    """
    spellings: dict[str, Counter[str]] = {}
    for e in ordered:
        for kind, name in e.players:
            if kind == "person":
                spellings.setdefault(name.replace("-", " ").casefold(), Counter())[name] += 1
    usual = {key: counts.most_common(1)[0][0] for key, counts in spellings.items()}
    by_surname: dict[str, set[str]] = {}
    for key, name in usual.items():
        if " " in key:
            by_surname.setdefault(key.rsplit(" ", 1)[1], set()).add(name)
    same: dict[str, str] = {}
    for key, counts in spellings.items():
        if " " in key:
            full: str | None = usual[key]
        else:
            namesakes = by_surname.get(key, set())
            full = next(iter(namesakes)) if len(namesakes) == 1 else None
        same.update({name: full for name in counts if full and name != full})
    return same


def _letter_page(
    label: str, letter: str, part: int, parts: int, players: Sequence[tuple[PlayerKind, str]],
    appears: dict[tuple[PlayerKind, str], list[Listed]],
) -> Page:
    of = f" ({part} of {parts})" if parts > 1 else ""
    lines = [
        front_matter({"title": f"Players: {label}{of}", "description": f"Key players under {label}."}),
        f"# Players: {label}{of}\n",
        "Each player with the explainers it appears in, newest first. "
        f"[All players](../{PLAYERS_INDEX_FILE})\n{_LEDE}\n",
    ]
    if parts > 1:
        lines.append("Pages: " + _part_links(letter, part, parts) + "\n")
    heading = None
    for kind, name in players[(part - 1) * PLAYERS_PER_PAGE : part * PLAYERS_PER_PAGE]:
        if KIND_HEADINGS[kind] != heading:
            if heading is not None:
                lines.append("")
            heading = KIND_HEADINGS[kind]
            lines.append(f"## {heading}\n")
        listed = appears[(kind, name)]
        links = " · ".join(
            f"[{md_text(e.title)}](../{e.slug}/{PLAYERS_FILE})" for e in listed[:EXPLAINERS_PER_PLAYER]
        )
        more = len(listed) - EXPLAINERS_PER_PLAYER
        if more > 0:
            links += f" · and {_count(more, 'more explainer')}"
        lines.append(f"- **{md_text(name)}**: {links}")
    return Page(PurePosixPath(PLAYERS_FOLDER, f"{_part_name(letter, part)}.md"), "\n".join(lines) + "\n")


def _letter(slug: str) -> str:
    """The page a player is listed on, by the slug of its name: the first letter, transliterated ("Ängela" under A)."""
    first = slug[:1]
    return first if "a" <= first <= "z" else "other"


def _parts(count: int, size: int) -> int:
    return max(1, -(-count // size))


def _part_name(key: str, part: int) -> str:
    return key if part == 1 else f"{key}-{part}"


def _part_links(key: str, part: int, parts: int) -> str:
    return " · ".join(
        f"**{n}**" if n == part else f"[{n}]({_part_name(key, n)}.md)" for n in range(1, parts + 1)
    )


def _count(n: int, noun: str) -> str:
    return f"1 {noun}" if n == 1 else f"{n} {noun}s"


def _newest_first(e: Listed) -> tuple[bool, int, str, str]:
    published = e.published_date
    # Leading quote marks ("'No-one can...'") would sort a title before every other.
    title = e.title.casefold().lstrip(_LEADING_PUNCTUATION)
    return (published is None, -published.toordinal() if published else 0, title, e.slug)


def _by_month(ordered: Sequence[Listed]) -> list[tuple[str, str, list[Listed]]]:
    """(label, file key, explainers) per month, newest month first, undated last."""
    groups: list[tuple[str, str, list[Listed]]] = []
    for e in ordered:
        published = e.published_date
        if published:
            label = f"{MONTH_NAMES[published.month - 1]} {published.year}"
            key = f"{published.year:04d}-{published.month:02d}"
        else:
            label, key = _UNDATED, "undated"
        if groups and groups[-1][1] == key:
            groups[-1][2].append(e)
        else:
            groups.append((label, key, [e]))
    return groups


def _listing(e: Listed, up: str) -> str:
    """An explainer in a list: its linked title, then when and where the article was published."""
    when = _long_date(e.published_date) if e.published_date else "date not known"
    source = md_text(e.source) if e.source else "source not stated"
    return f"**[{md_text(e.title)}]({up}{e.slug}/index.md)** · *{when}, {source}*"


def _long_date(day: date) -> str:
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"
