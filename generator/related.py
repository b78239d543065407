"""Related explainers: for each explainer, the others sharing its players or points of contention, best first.

Everything comes from the explainers' records (``state.json``), so an explainer skipped in a run
still gets an up-to-date list. A shared feature (a player, an issue title) counts by its rarity
(inverse document frequency): two explainers both naming a minor official are closer than two
both naming the United States. Candidates come from an inverted index from feature to
explainers, never from all pairs, and a feature named by more than ``MAX_POSTINGS`` explainers
is too common to relate anything: the work per explainer stays bounded however large the site.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .escape import md_text
from .state import ExplainerRecord

MAX_RELATED = 5
"""At most this many related explainers on an overview."""
MAX_POSTINGS = 100
"""A player or issue named by more explainers than this relates none of them (and keeps the index linear)."""
ISSUE_WEIGHT = 1.5
"""A shared point of contention says more than a shared name: its rarity counts half again."""
MAX_SHARED_SHOWN = 3
PARTY_LABELS = frozenset(
    [
        "conservatives", "liberals", "democrats", "republicans", "socialists", "greens", "communists",
        "nationalists", "social democrats", "liberal democrats", "christian democrats", "conservative party",
        "liberal party", "labour party", "labor party", "green party", "greens party", "socialist party",
        "communist party", "democratic party", "republican party", "national party", "people's party",
        "opposition", "the opposition", "government", "parliament", "congress", "senate", "police", "army",
    ]
)
"""Names that many countries give their own: Britain's Conservatives are not Colombia's. Like an
issue title, a shared one strengthens a relation made by another player, never makes one."""
HEADING = "## Related explainers"
_CUT = f"\n\n{HEADING}\n"
"""Where the generated section starts on an overview: the section runs to the end of the page."""


@dataclass(frozen=True)
class Related:
    """One explainer related to another, and why."""

    slug: str
    title: str
    score: float
    shared: tuple[str, ...]
    """Names of the players and issues the two share, those counting most first."""


Features = dict[str, tuple[str, float]]
"""Feature key -> (what a reader is shown, weight)."""


def _features(record: ExplainerRecord) -> Features:
    """Feature key -> (what a reader is shown, weight); keys differ for a person and a place of one name."""
    found: Features = {}
    for kind, name in record.players:
        found.setdefault(f"p\0{kind}\0{name}", (name, 1.0))
    for title in record.issues:
        found.setdefault(f"i\0{title.casefold()}", (_mid_sentence(title), ISSUE_WEIGHT))
    return found


def _relates(key: str) -> bool:
    """Whether a shared feature can relate two explainers on its own: a player, and not a party label."""
    return key.startswith("p") and key.rsplit("\0", 1)[-1].casefold() not in PARTY_LABELS


def _mid_sentence(title: str) -> str:
    """An issue title as it reads after "also about": "The ban" becomes "the ban"; names keep their capitals."""
    first, space, rest = title.partition(" ")
    return first.lower() + space + rest if first in ("The", "A", "An") else title


def find_related(records: Iterable[ExplainerRecord]) -> dict[str, tuple[Related, ...]]:
    """Slug -> its related explainers, best first; ties go to the smaller slug, so every run agrees."""
    ordered = sorted(records, key=lambda r: r.slug)
    features = [_features(r) for r in ordered]
    postings: dict[str, list[int]] = {}
    for i, found in enumerate(features):
        for key in found:
            postings.setdefault(key, []).append(i)
    n = len(ordered)
    # log(1 + N/df), not log(N/df): in a site of two explainers a shared player still counts.
    idf = {key: math.log(1 + n / len(ids)) for key, ids in postings.items() if 1 < len(ids) <= MAX_POSTINGS}
    related: dict[str, tuple[Related, ...]] = {}
    weighted = [[(postings[key], weight * idf[key], _relates(key)) for key, (_, weight) in found.items()
                 if key in idf] for found in features]
    for i, record in enumerate(ordered):
        scores: dict[int, float] = {}
        get = scores.get
        with_player: set[int] = set()
        # Summed in this explainer's own feature order: the same pair gets the same float in every run.
        for ids, value, is_player in weighted[i]:
            for j in ids:
                scores[j] = get(j, 0.0) + value
            if is_player:
                with_player.update(ids)
        # A shared issue title alone ("the ban": of mosques, of hunting) or party label ("Conservatives")
        # is a coincidence of words: it strengthens a relation through a shared player, never makes one.
        # Best first, ties to the smaller slug: ``ordered`` is sorted by slug, so to the smaller index.
        best = heapq.nsmallest(
            MAX_RELATED, [(-score, j) for j, score in scores.items() if j in with_player and j != i]
        )
        related[record.slug] = tuple(
            Related(ordered[j].slug, ordered[j].title, -score, _shared(features[i], features[j], idf))
            for score, j in best
        )
    return related


def _shared(mine: Features, theirs: Features, idf: dict[str, float]) -> tuple[str, ...]:
    """What two explainers share, the features counting most first."""
    common = sorted((-weight * idf[k], label) for k, (label, weight) in mine.items() if k in idf and k in theirs)
    return tuple(dict.fromkeys(label for _, label in common))[:MAX_SHARED_SHOWN]


def related_section(related: Sequence[Related]) -> str:
    """The "Related explainers" section that ends an overview; empty when nothing is related."""
    if not related:
        return ""
    lines = [_CUT, "Other explainers about the same people, places or disputes, closest first.\n"]
    for item in related:
        about = _and([md_text(label) for label in item.shared])
        lines.append(f"- [{md_text(item.title)}](../{item.slug}/index.md): also about {about}")
    return "\n".join(lines) + "\n"


def with_related(overview: str, section: str) -> str:
    """The overview with its related section replaced by ``section`` (removed when empty)."""
    cut = overview.find(_CUT)
    body = overview if cut < 0 else overview[: cut + 1]
    return body + section[1:] if section else body


def _and(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
