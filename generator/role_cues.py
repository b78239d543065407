"""Cue words and shapes of news sentences, shared by the role rules and the role model's features."""

from __future__ import annotations

import re

# "A man walks past ... in Kabul, Afghanistan, October 5, 2018." ends like a photo caption.
ENDS_WITH_DATE = re.compile(
    r"\b(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)\w*\.?\s+\d{1,2},\s+\d{4}\.?$"
)
# "($1 = 0.76 pounds)", "(Photo by ...)", "(This story corrects ...)": asides wrapped whole in brackets.
BRACKETED = re.compile(r"^\(.*\)\.?$")
_CREDIT = re.compile(r"^\((?:Xinhua|Reuters|AP|AFP)/[^)]*\)$|^by [A-Z][a-z]+(?: [A-Z][a-z]+){0,3}$")
FINAL_PUNCTUATION = (".", "?", "!", '"', "”", "’", "'", ")")

# Cue families: each is one feature when it fires, so the model learns how much each one counts.
CUES: dict[str, re.Pattern[str]] = {
    "future": re.compile(
        r"\b(will|won't|shall|going to|is to|are to|to be held|set to|due to (?!the|a|an|its|his|her))\b", re.I
    ),
    "modal": re.compile(r"\b(would|could|might|may|should|must|can|cannot|can't)\b", re.I),
    "expect": re.compile(
        r"\b(expect\w*|forecast\w*|predict\w*|anticipat\w*|likely|unlikely|probabl\w*|plans? to|planned|aims? to"
        r"|intends? to|hopes? to|upcoming|next (week|month|year|monday|tuesday|wednesday|thursday|friday)"
        r"|later this (week|month|year)|in the coming|coming (days|weeks|months|years)|outlook|prospects?"
        r"|projected|scheduled|poised|on track|potential\w*|possib\w*|risk\w*|threat\w*|warn\w*|feared)\b",
        re.I,
    ),
    "say": re.compile(
        r"\b(said|says|say|saying|told|tells|according to|added|stated|noted|stressed|explained|commented"
        r"|quoted|statement|spokes\w+|announced|declared)\b",
        re.I,
    ),
    "opinion": re.compile(
        r"\b(believes?|thinks?|think|argued?|argues|insist\w*|claim\w*|criticis\w*|criticiz\w*|critic\w*"
        r"|praised?|condemn\w*|denounc\w*|accus\w*|den(y|ies|ied)|blam\w*|welcom\w*|urged?|calls? (on|for)"
        r"|called (on|for)|concern\w*|worr\w*|fear\w*|hope\w*|opinion|view|important|significant|should"
        r"|must|need to|needs to|unacceptable|regrettable|clear(ly)?|analysts?|experts?|observers?|critics"
        r"|seems?|appears?|suggest\w*|reflect\w*|shows?|showed|means|indicat\w*|convinced|confident"
        r"|consider\w*|positive|negative|best|worst)\b",
        re.I,
    ),
    "past_perfect": re.compile(
        r"\bhad (been|\w+ed|\w+en|made|won|led|lost|left|held|met|said|told|become|begun)\b", re.I
    ),
    "perfect": re.compile(r"\b(has|have) (been|\w+ed|\w+en|made|won|led|lost|left|held|met|become|begun)\b", re.I),
    "history": re.compile(
        r"\b(since|ago|previously|earlier|former|formerly|first|history|historic\w*|last (year|month|week|decade)"
        r"|years? earlier|in the past|over the past|past (decade|year|years)|decades?|originally|once|ever since"
        r"|founded|established|began|started|used to|traditionally|for years|record)\b",
        re.I,
    ),
    "cause": re.compile(
        r"\b(because|due to|after|amid|following|as a result|led to|caused|triggered|prompted|sparked)\b", re.I
    ),
    "was": re.compile(r"\b(was|were)\b", re.I),
    "present": re.compile(r"\b(is|are|has|have)\b", re.I),
    # Case matters: "US" is a country, "us" a speaker.
    "first_person": re.compile(r"\b(I|[Ww]e|[Oo]ur|us|[Mm]y|me)\b"),
    "question": re.compile(r"\?"),
    "boiler": re.compile(
        r"(reporting by|editing by|writing by|additional reporting|file photo|reuters/|slideshow|video player"
        r"|related coverage|click here|\(\d+ [\w.]+ dollars? equals?|source: xinhua|editor: |photo taken on"
        r"|^\(corrects|^\(updates|all rights reserved|\bimages?\)|\breuters\b.*\bphoto\b)",
        re.I,
    ),
}


# The case-insensitive cues again, case-sensitive, to run on lower-cased text: the same test, about three
# times faster, since the re module folds case character by character. Only patterns written wholly
# in lower case qualify (an upper-case escape such as \W would change meaning when lower-cased).
_FOLDED: dict[str, re.Pattern[str]] = {
    name: re.compile(pattern.pattern)
    for name, pattern in CUES.items()
    if pattern.flags & re.IGNORECASE and pattern.pattern == pattern.pattern.lower()
}


def cues_in(text: str) -> set[str]:
    """The names of the cue families that fire in ``text``."""
    folded = text.lower()
    if len(folded) != len(text):  # a rare character ("İ") that lower-casing lengthens: the slow way
        return {name for name, pattern in CUES.items() if pattern.search(text)}
    return {
        name for name, pattern in CUES.items()
        if (_FOLDED[name].search(folded) if name in _FOLDED else pattern.search(text))
    }


def is_boilerplate(text: str) -> bool:
    """Captions, credits, datelines and footers: text that is not part of the story."""
    stripped = text.strip()
    return bool(
        CUES["boiler"].search(stripped)
        or ENDS_WITH_DATE.search(stripped)
        or BRACKETED.match(stripped)
        or _CREDIT.match(stripped)
        # Prose ends with punctuation; a short line that does not is a subhead, a credit or a footer.
        or (len(stripped.split()) < 12 and not stripped.endswith(FINAL_PUNCTUATION))
    )
