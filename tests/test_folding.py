"""Searches on lower-cased text and their literal pre-checks find what the plain search finds."""

from __future__ import annotations

import re

import pytest

from generator import analyze, contention, summary, timeline
from generator.folding import literal_stems, search_folded
from generator.readers import body

from .conftest import ROOT, SEED


@pytest.mark.parametrize(
    ("pattern", "stems"),
    [
        (r"sanction\w*|embargo\w*|counter-sanctions?", ("sanction", "embargo", "counter-sanction")),
        (r"(?:(?:hunting|travel) )?ban\b|banned", ("ban", "banned")),
        (r"conflicts?|at odds|tit-for-tat", ("conflict", "at odds", "tit-for-tat")),
        (r"won't|Next (?:week|month)", ("won", "next ")),
        (r"(?:did|could) not|declined", ()),  # an alternative without a literal start: no pre-check
        (r"x*y|z", ()),
        (r"(?:a|b)*c", ()),
    ],
)
def test_literal_stems(pattern: str, stems: tuple[str, ...]) -> None:
    assert literal_stems(pattern) == stems


HINTED = [
    (contention._FRICTION, contention._FRICTION_STEMS),
    (contention._ANY_TOPIC, contention._ANY_TOPIC_STEMS),
    *zip((pattern for pattern, _ in contention._TOPIC_PATTERNS), contention._TOPIC_STEMS, strict=True),
    (analyze._FUTURE, analyze._FUTURE_STEMS),
    (timeline._FUTURE, timeline._FUTURE_STEMS),
    (summary._NO_COMMENT, summary._NO_COMMENT_HINTS),
    (body._SIGN_OFF, body._SIGN_OFF_HINTS),
]
ARTICLES = [SEED, *sorted((ROOT / "tests" / "articles").glob("*.txt"))]
TEXTS = [
    *(line for path in ARTICLES for line in path.read_text(encoding="utf-8").splitlines()),
    "Russia imposed COUNTER-SANCTIONS and a Hunting Ban; the row over tariffs is at odds with talks.",
    "They Will meet NEXT WEEK, the ministry didn’t respond, declined to comment; No immediate response.",
    "Reporting by Jane Doe; editing by John Roe. Follow us on Twitter, mail news@example.com",
    "The İnvasion, the ſanctions and the DISPUTE: text that lower-cases unlike the re module folds.",
    "",
]


@pytest.mark.parametrize(("pattern", "hints"), HINTED)
def test_hints_never_skip_a_match(pattern: re.Pattern[str], hints: tuple[str, ...]) -> None:
    assert hints, "every hinted pattern has hints"
    for text in TEXTS:
        found = pattern.search(text)
        fast = search_folded(pattern, text, hints=hints)
        assert (found and found.span()) == (fast and fast.span()), text
