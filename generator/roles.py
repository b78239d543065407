"""Discourse roles: what each sentence does in the news story (main, background, evaluation, ...).

The hand-written rules of ``role_rules`` decide, from position and cue words.
"""

from __future__ import annotations

from .models import Article, Role
from .role_rules import classify_by_rules


def classify(article: Article) -> list[Role]:
    """One role per sentence of ``article``, in document order."""
    return classify_by_rules(article)
