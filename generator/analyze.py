"""Analysis: roles, key players, timeline, points of contention, pages and the "At a glance" sentences."""

from __future__ import annotations

import re
from collections import Counter

from . import __version__
from .contention import find_issues, is_dispute
from .folding import literal_stems, search_folded
from .models import Article, Explainer, Labelled, PageKind, Role
from .players import find_players
from .roles import classify
from .slugs import slug_for
from .summary import SUMMARY_MAX, SUMMARY_MIN, summarize
from .timeline import find_dates

__all__ = ["SUMMARY_MAX", "SUMMARY_MIN", "analyze", "make_slug", "page_for", "summarize"]

# Looking ahead: an opinion about what will happen belongs on the outlook page.
_FUTURE_WORDS = (
    r"will|won't|would|could|may|might|shall|expected to|expects?|likely|unlikely|probably|set to|aims? to"
    r"|plans? to|hopes? to|next (?:week|month|year)"
)
_FUTURE = re.compile(rf"\b({_FUTURE_WORDS})\b", re.IGNORECASE)
_FUTURE_STEMS = literal_stems(_FUTURE_WORDS)


def analyze(article: Article, slug: str | None = None) -> Explainer:
    """The explainer for ``article``; ``slug`` defaults to one made from its title."""
    roles = classify(article)
    cast = find_players(article)
    issues = find_issues(article, roles, cast)
    disputed = {sid for issue in issues for sid in issue.sentences}
    lede = article.paragraphs[0].number if article.paragraphs else 1
    labelled = tuple(
        Labelled(
            sentence,
            role,
            page_for(sentence.text, role, in_issue=sentence.id in disputed, lede=sentence.paragraph == lede),
        )
        for sentence, role in zip(article.sentences, roles, strict=True)
    )
    labelled = _by_section(article, labelled, disputed)
    return Explainer(
        article=article,
        slug=slug or make_slug(article.title),
        sentences=labelled,
        summary=summarize(labelled, article.title),
        generator_version=__version__,
        players=cast.players,
        timeline=find_dates(article),
        issues=issues,
    )


def _by_section(article: Article, labelled: tuple[Labelled, ...], disputed: set[str]) -> tuple[Labelled, ...]:
    """Under a subheading, news-like sentences go where the rest of their section goes.

    A section headed "Troubled relations" is background even where a sentence in it reads like
    news; the first section, the lede, keeps its news on the overview.
    """
    if len(article.sections) < 2:
        return labelled
    section_of = {p.number: i for i, s in enumerate(article.sections) for p in s.paragraphs}
    votes: dict[int, Counter[PageKind]] = {}
    for item in labelled:
        role_page = {"background": "background", "expectation": "outlook"}.get(item.role)
        if role_page:
            votes.setdefault(section_of[item.sentence.paragraph], Counter())[role_page] += 1  # type: ignore[index]
    settled = []
    for item in labelled:
        section = section_of[item.sentence.paragraph]
        counts = votes.get(section)
        if section > 0 and item.page == "overview" and item.sentence.id not in disputed and counts:
            item = Labelled(item.sentence, item.role, counts.most_common(1)[0][0])
        settled.append(item)
    return tuple(settled)


def make_slug(title: str) -> str:
    """A URL-safe folder name from a title, transliterated when it is not in Latin script."""
    return slug_for(title)


def page_for(text: str, role: Role, *, in_issue: bool | None = None, lede: bool = False) -> PageKind | None:
    """The page a sentence belongs on: by what it is about first, then by its role.

    A page is not a copy of the role: a sentence about a point of contention goes on the
    disagreements page even when it narrates the past, and an opinion about what will happen
    goes on the outlook page. ``in_issue`` says whether the sentence belongs to a point of
    contention; when not given it is judged from the words alone. The news event itself,
    in the lede, stays on the overview.
    """
    if role == "other":
        return None
    if role == "expectation" or (role == "evaluation" and search_folded(_FUTURE, text, hints=_FUTURE_STEMS)):
        return "outlook"
    disputed = is_dispute(text) if in_issue is None else in_issue
    if disputed and not (role == "main" and lede):
        return "disagreements"
    if role == "evaluation":
        return "disagreements"
    if role == "background":
        return "background"
    return "overview"
