"""Small repairs to article text that every format needs before it is read as prose.

Wire copy carries leftovers of the page it was cut from: links that no longer lead anywhere
("(Full Story)"), exchange codes after company names ("Facebook Inc (FB.O)"), a pound sign that
an old encoding spelled out ("pounds 1,400"), a full stop with no space after it, and
subheadings set in capitals ("LUXURY HANDBAGS, CASH") that shout when shown as headings.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

_LINK_STUB = re.compile(
    r"\s*\((?:full story|full coverage|story continues(?: below)?|read more|see more|more here|click here"
    r"|video|watch|listen|graphic|interactive)\)",
    re.IGNORECASE,
)
# Reuters instrument codes: "(FB.O)", "(SBGI.O)", "(7203.T)", "(.SPX)".
_TICKER = re.compile(r"\s\((?:[A-Z0-9]{1,6}\.[A-Z]{1,3}|\.[A-Z]{2,6})\)")
# Both patterns start with their literal text and check what comes before it after: the re module
# then finds "pounds " or "." by a fast scan instead of trying the pattern at every position.
_SPELLED_POUND = re.compile(r"pounds (?=\d)(?<!\wpounds )")
# "bought Tribune Media.Sinclair stock fell": two sentences run together, which no splitter parts.
_RUN_ON = re.compile(r"\.(?<=[a-z]{2}\.)(?=[A-Z][a-z]{2,})")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def tidy(text: str) -> str:
    """Body text without link stubs and instrument codes, run-on sentences parted, pound signs back."""
    if "(" in text:  # what both need; most paragraphs have none
        text = _LINK_STUB.sub("", text)
        text = _TICKER.sub("", text)
    text = _RUN_ON.sub(". ", text)
    return _SPELLED_POUND.sub("£", text)


_FIRST_LETTER = re.compile(r"^\W*\w")


def recase_heading(heading: str, body: Iterable[str]) -> str:
    """An all-capitals heading in sentence case, each word cased as the article cases it elsewhere.

    "ANWAR ADVOCATES NEW CHARGES" becomes "Anwar advocates new charges" because the body writes
    "Anwar" and never "anwar"; a word the body does not use mid-sentence becomes lower case.
    """
    return recase_headings([heading], body)[0]


def recase_headings(headings: Sequence[str], body: Iterable[str]) -> list[str]:
    """``recase_heading`` for each heading, reading the body once for all of them."""
    shouting = [_shouts(heading) for heading in headings]
    if not any(shouting):
        return list(headings)
    wanted = {w.casefold() for h, s in zip(headings, shouting, strict=True) if s for w in _WORD.findall(h)}
    casing = _casings(body, wanted)

    def recase(match: re.Match[str]) -> str:
        word = match.group(0)
        seen = casing.get(word.casefold())
        return seen.most_common(1)[0][0] if seen else word.lower()

    recased = []
    for heading, shouts in zip(headings, shouting, strict=True):
        if shouts:
            heading = _WORD.sub(recase, heading)
            heading = _FIRST_LETTER.sub(lambda m: m.group().upper(), heading, count=1)  # after an opening quote
        recased.append(heading)
    return recased


def _shouts(heading: str) -> bool:
    letters = [c for c in heading if c.isalpha()]
    return len(letters) >= 4 and not any(c.islower() for c in letters)


def _casings(body: Iterable[str], wanted: set[str]) -> dict[str, Counter[str]]:
    """How the article writes each ``wanted`` word, leaving out a sentence's first word (capitalised anyway)."""
    casing: dict[str, Counter[str]] = defaultdict(Counter)
    for sentence in body:
        for word in _WORD.findall(sentence)[1:]:
            key = word.casefold()
            if key in wanted:
                casing[key][word] += 1
    return casing
