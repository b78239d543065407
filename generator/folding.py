"""Case-insensitive searches done on lower-cased text, where that is the same test and quicker.

The re module compares case-insensitively character by character, which makes an IGNORECASE
pattern of many words two to three times slower than the same pattern on lower-cased text. For
a pattern of lower-case ASCII words the two agree on every text except one holding "İ" (which
lower-cases to two characters, shifting positions), "ı" or "ſ" (which the re module matches to
"i" and "s" and ``str.lower`` leaves alone); such a text gets the case-insensitive search.

Most of these patterns rarely match, and a search costs as much as a few dozen substring tests:
so a search can be given the literal text one of which every match holds (``literal_stems``),
and a text without any of it is passed over unsearched.
"""

from __future__ import annotations

import re

_FOLDED: dict[re.Pattern[str], re.Pattern[str]] = {}


def search_folded(
    pattern: re.Pattern[str], text: str, folded: str | None = None, hints: tuple[str, ...] = ()
) -> re.Match[str] | None:
    """``pattern.search(text)`` for an IGNORECASE pattern of lower-case ASCII words.

    ``folded`` is ``text.lower()`` when the caller has it already. A match found on the
    lower-cased text has the same positions as in ``text``; its group text is lower-cased.
    ``hints``, when given, are lower-case strings one of which every match holds: a text without
    any has no match, and a few substring tests cost a fraction of one search.
    """
    if folded is None:
        folded = text.lower()
    if not foldable(text, folded):
        return pattern.search(text)
    if hints and not any(map(folded.__contains__, hints)):
        return None
    fast = _FOLDED.get(pattern)
    if fast is None:
        fast = _FOLDED[pattern] = re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)
    return fast.search(folded)


def foldable(text: str, folded: str) -> bool:
    """Whether matching on ``folded`` (``text.lower()``) is the same as matching ``text`` ignoring case."""
    return len(folded) == len(text) and "ı" not in folded and "ſ" not in folded


def literal_stems(pattern: str) -> tuple[str, ...]:
    """Text that every match of ``pattern`` holds one of, lower-cased: each alternative's literal start.

    "sanction\\w*|embargo\\w*|counter-sanctions?" gives ("sanction", "embargo", "counter-sanction");
    an optional group that opens an alternative is passed over: "(?:hunting )?ban" gives "ban".
    Empty when an alternative does not start with a literal ("(?:a|an) ban"): no test then. These
    are ``search_folded``'s hints for ``pattern`` (an alternation, without the ``\\b(...)\\b`` around it).
    """
    alternatives, depth, start = [], 0, 0
    for index, char in enumerate(pattern):
        depth += char == "("
        depth -= char == ")"
        if char == "|" and depth == 0:
            alternatives.append(pattern[start:index])
            start = index + 1
    alternatives.append(pattern[start:])
    stems = []
    for alternative in alternatives:
        alternative = _after_optional_group(alternative)
        stem = ""
        for index, char in enumerate(alternative):
            if not (char.isalnum() or char in " -") or alternative[index + 1:index + 2] in ("?", "*", "+", "{"):
                break
            stem += char
        if not stem:
            return ()
        stems.append(stem.lower())
    return tuple(stems)


def _after_optional_group(alternative: str) -> str:
    """``alternative`` without the optional group it opens with, if it opens with one: "(?:x )?ban" -> "ban"."""
    if not alternative.startswith("("):
        return alternative
    depth = 0
    for index, char in enumerate(alternative):
        depth += char == "("
        depth -= char == ")"
        if depth == 0:
            return alternative[index + 2:] if alternative[index + 1:index + 2] == "?" else alternative
    return alternative
