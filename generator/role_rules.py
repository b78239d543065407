"""Discourse roles by hand-written rules: the fallback when the trained model is not wanted.

The rules follow how news is written (the inverted pyramid): the lede states the news, later
sentences add history, reactions and what comes next, and captions and credits are not prose.
Each rule is a cue family from ``role_cues.FAMILIES``, so the model sees the same evidence (and
takes the rules' verdict as one more feature).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .models import Article, Role
from .role_cues import SentenceCues, article_cues

_QUOTE = re.compile(r"[\"“”]")
_LEDE_SENTENCES = 2
"""The lede (its first paragraph, or at least its first two sentences) states the news; the rest is context."""


def classify_by_rules(article: Article, cues: Sequence[SentenceCues] | None = None) -> list[Role]:
    """One role per sentence of ``article`` from cue words and position alone.

    ``cues`` are the sentences' ``sentence_cues`` when the caller has worked them out already.
    """
    sentences = article.sentences
    if cues is None:
        cues = article_cues(article)
    lede = set(lede_paragraph(article, cues))
    roles: list[Role] = []
    prose_index = 0
    for index, (sentence, cue) in enumerate(zip(sentences, cues, strict=True)):
        if cue.boilerplate:
            roles.append("other")
            continue
        in_lede = prose_index < _LEDE_SENTENCES or index in lede
        roles.append("main" if in_lede else _body_role(sentence.text, cue))
        prose_index += 1
    return roles


def lede_paragraph(article: Article, cues: Sequence[SentenceCues] | None = None) -> list[int]:
    """Indexes of the prose sentences of the first paragraph that is not a caption or a credit.

    The lede states the news (the inverted pyramid): in the gold corpus 81% of its prose sentences
    are ``main``, and a reader expects the opening paragraph to say what is happening.
    """
    sentences = article.sentences
    if cues is None:
        cues = article_cues(article)
    first = next((s.paragraph for s, c in zip(sentences, cues, strict=True) if not c.boilerplate), None)
    return [
        i for i, (s, c) in enumerate(zip(sentences, cues, strict=True)) if s.paragraph == first and not c.boilerplate
    ]


def _body_role(text: str, cue: SentenceCues) -> Role:
    families = cue.families
    if "rule_future" in families:
        return "expectation"
    if "first_person" in families or "opinion" in families or _QUOTE.search(text):
        return "evaluation"
    if "rule_tentative" in families:
        return "expectation"
    # Past or present, a body sentence that is neither forecast nor opinion tells the story so far.
    return "background"
