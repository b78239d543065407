"""Discourse roles by cue-word rules: what each sentence does in the news story."""

from __future__ import annotations

import re

from .models import Article, Role

_EXPECTATION = re.compile(
    r"\b(will|won't|would|could|may|might|shall|expected to|expects?|plans? to|is set to|are set to"
    r"|likely|unlikely|upcoming|next (week|month|year)|forecasts?|aims? to|intends? to|is due to)\b",
    re.IGNORECASE,
)
_EVALUATION = re.compile(
    r"\b(said|says|say|told|according to|argued?|believes?|thinks?|criticis|criticiz|praised?"
    r"|warned|accused|called it|described|insisted|claimed|experts?|analysts?)\b|[\"“”]",
    re.IGNORECASE,
)
_BACKGROUND = re.compile(
    r"\b(had|since|ago|previously|earlier|last (year|month|week)|in (19|20)\d\d|history|historically"
    r"|former|first|began|founded|was|were|has been|have been|over the past)\b",
    re.IGNORECASE,
)


def classify(article: Article) -> list[Role]:
    """One role per sentence of ``article``, in document order."""
    roles: list[Role] = []
    for index, sentence in enumerate(article.sentences):
        text = sentence.text
        if index < 2 or sentence.paragraph == 1:
            roles.append("main")
        elif _EXPECTATION.search(text):
            roles.append("expectation")
        elif _EVALUATION.search(text):
            roles.append("evaluation")
        elif _BACKGROUND.search(text):
            roles.append("background")
        else:
            roles.append("main")
    return roles
