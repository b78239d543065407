"""Analysis: give every sentence a role and a page, and pick the "At a glance" sentences."""

from __future__ import annotations

import re

from . import __version__
from .models import Article, Explainer, Labelled, PageKind, Role
from .roles import classify
from .slugs import slug_for

_DISPUTE = re.compile(
    r"\b(clash\w*|disput\w*|disagree\w*|sanction\w*|confront\w*|conflict\w*|annex\w*|intervention"
    r"|expel\w*|expulsion|accus\w*|poison\w*|crisis|squabbl\w*|tit-for-tat|backlash|retaliat\w*"
    r"|condemn\w*|protest\w*|row|rows|feud\w*|rift|standoff|oppos\w*|reject\w*)\b",
    re.IGNORECASE,
)

SUMMARY_MIN, SUMMARY_MAX = 3, 5


def analyze(article: Article, slug: str | None = None) -> Explainer:
    """The explainer for ``article``; ``slug`` defaults to one made from its title."""
    roles = classify(article)
    labelled = tuple(
        Labelled(sentence, role, page_for(sentence.text, role))
        for sentence, role in zip(article.sentences, roles, strict=True)
    )
    return Explainer(
        article=article,
        slug=slug or make_slug(article.title),
        sentences=labelled,
        summary=summarize(labelled),
        generator_version=__version__,
    )


def make_slug(title: str) -> str:
    """A URL-safe folder name from a title, transliterated when it is not in Latin script."""
    return slug_for(title)


def page_for(text: str, role: Role) -> PageKind | None:
    """The page a sentence belongs on: by what it is about first, then by its role."""
    if role == "other":
        return None
    if role == "expectation":
        return "outlook"
    if role == "evaluation" or _DISPUTE.search(text):
        return "disagreements"
    if role == "background":
        return "background"
    return "overview"


def summarize(sentences: tuple[Labelled, ...]) -> tuple[str, ...]:
    """3 to 5 sentence ids: the news event first, then context and outlook, in reading order."""
    chosen: list[Labelled] = []
    for wanted in ("main", "background", "evaluation", "expectation"):
        for item in sentences:
            if item.role == wanted and item not in chosen and _stands_alone(item.sentence.text):
                chosen.append(item)
                break
    for item in sentences:
        if len(chosen) >= SUMMARY_MIN:
            break
        if item.page is not None and item not in chosen:
            chosen.append(item)
    order = {item.sentence.id: index for index, item in enumerate(sentences)}
    ids = sorted((item.sentence.id for item in chosen[:SUMMARY_MAX]), key=order.__getitem__)
    return tuple(ids)


def _stands_alone(text: str) -> bool:
    """False for sentences that lean on the one before ("They ...", "But ...", "This ...")."""
    first = text.split(maxsplit=1)[0].strip("\"“'").lower() if text.split() else ""
    return first not in {"but", "and", "they", "he", "she", "it", "this", "that", "these", "those", "also"}
