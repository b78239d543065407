"""Discourse roles: what each sentence does in the news story (main, background, evaluation, ...).

By default a small trained model decides (``role_model``, weights shipped in the package), except
that the lede paragraph is always the news (``main``): the model judges sentence by sentence and
can take a lede's second sentence for context. The hand-written rules of ``role_rules`` are the
documented fallback, chosen with the environment variable ``EXPLAINERS_ROLES=rules`` (for
comparison, or if the model file is ever unusable).
"""

from __future__ import annotations

import os

from . import role_model
from .errors import ExplainerError
from .models import Article, Role
from .role_cues import article_cues
from .role_rules import classify_by_rules, lede_paragraph

ENV_VAR = "EXPLAINERS_ROLES"
CHOICES = ("model", "rules")


def classify(article: Article) -> list[Role]:
    """One role per sentence of ``article``, in document order."""
    choice = os.environ.get(ENV_VAR, "model").strip().lower() or "model"
    if choice not in CHOICES:
        raise ExplainerError(f"{ENV_VAR}={choice!r} is not one of {', '.join(CHOICES)}")
    if choice == "rules":
        return classify_by_rules(article)
    cues = article_cues(article)
    roles = role_model.load().predict(article, cues)
    for index in lede_paragraph(article, cues):
        roles[index] = "main"
    return roles
