"""Discourse roles by hand-written rules: the fallback when the trained model is not wanted.

The rules follow how news is written (the inverted pyramid): the lede states the news, later
sentences add history, reactions and what comes next, and captions and credits are not prose.
Each rule is a cue family from ``role_cues.CUES``, so the model sees the same evidence.
"""

from __future__ import annotations

import re

from .models import Article, Role
from .role_cues import CUES, is_boilerplate

_QUOTE = re.compile(r"[\"“”]")
_TIME_PAST = re.compile(
    r"\b(since|ago|previously|earlier|formerly|last (year|month|decade)|in (19|20)\d\d|over the past"
    r"|(19|20)\d\d|used to|had (been|\w+ed))\b",
    re.IGNORECASE,
)
_STRONG_FUTURE = re.compile(
    r"\b(will|won't|expects?|expected|forecasts?|plans? to|is set to|are set to|is due to|are due to|likely to"
    r"|next (week|month|year)|in the coming|later this (week|month|year)|upcoming)\b",
    re.IGNORECASE,
)
_TENTATIVE = re.compile(r"\b(could|might|may|would)\b", re.IGNORECASE)
_LEDE_SENTENCES = 2
"""The lede (its first paragraph, or at least its first two sentences) states the news; the rest is context."""


def classify_by_rules(article: Article) -> list[Role]:
    """One role per sentence of ``article`` from cue words and position alone."""
    lede = set(lede_paragraph(article))
    roles: list[Role] = []
    prose_index = 0
    for index, sentence in enumerate(article.sentences):
        if is_boilerplate(sentence.text):
            roles.append("other")
            continue
        in_lede = prose_index < _LEDE_SENTENCES or index in lede
        roles.append("main" if in_lede else _body_role(sentence.text))
        prose_index += 1
    return roles


def lede_paragraph(article: Article) -> list[int]:
    """Indexes of the prose sentences of the first paragraph that is not a caption or a credit.

    The lede states the news (the inverted pyramid): in the gold corpus 81% of its prose sentences
    are ``main``, and a reader expects the opening paragraph to say what is happening.
    """
    sentences = article.sentences
    first = next((s.paragraph for s in sentences if not is_boilerplate(s.text)), None)
    return [i for i, s in enumerate(sentences) if s.paragraph == first and not is_boilerplate(s.text)]


def _body_role(text: str) -> Role:
    if _STRONG_FUTURE.search(text):
        return "expectation"
    quoted = bool(_QUOTE.search(text)) or bool(CUES["first_person"].search(text))
    if quoted or CUES["opinion"].search(text):
        return "evaluation"
    if _TENTATIVE.search(text):
        return "expectation"
    if _TIME_PAST.search(text):
        return "background"
    return "background"
