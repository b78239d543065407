"""Another country's party or institution named as a known one is, with a word before it: "Sweden Democrats".

The gazetteer's "Democrats" are the US party and its "Congress" the US Congress; "Sweden Democrats",
"Social Democrats", "Brazilian Congress", "Peru's Congress" and "National People's Congress" are other organisations,
which the player finder must not count as those. "U.S. Congress", "House Democrats", "Scottish
Labour" and "Democratic Senate" are the known ones still.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .gazetteer import DEMONYM, Gazetteer
from .name_runs import Words
from .name_words import NAME_BREAKS, POSSESSIVE_NAME_STARTS

_QUALIFIER_WORDS = 2
"""Unknown words read before a shared name: "National People's Congress"."""
_QUESTION_WORDS = frozenset(["Can", "Will", "Could", "Would", "Should", "Must", "Do", "Does", "Did", "Are", "Is"])
"""A headline's question is no party's name: "Can Democrats win the House?"."""
_ACRONYM_AFTER = re.compile(r" \(([A-Z])[A-Z]{1,5}\)")


def qualified_names(
    text: str, words: Words, spans: list[tuple[int, int]], gaz: Gazetteer, capitalised_inside: frozenset[str]
) -> list[tuple[int, int]]:
    """Where one sentence names another country's organisation with a known one's name, as (start, end)."""
    found = []
    for n, (start, end) in enumerate(spans):
        shared = gaz.shared.get(gaz.entries[text[start:end]].name)
        if shared is None or (text[end:end + 1] == " " and text[end + 1:end + 2].isupper()):
            continue  # a name that runs on is read as a run: "Dirksen Senate Office Building"
        before = spans[n - 1] if n else None
        gap = text[before[1]:start] if before is not None else ""
        if before is not None and gap in (" ", "'s ", "’s "):
            form = text[before[0]:before[1]]
            if form in gaz.home_words.get(shared.country, ()):
                continue
            entry = gaz.entries[form]
            country = entry.country_named
            # "Sweden Democrats", "Brazilian Congress", "Peru's Congress", "Christian Democrats"; not "U.S.
            # Senate", "Utah Republicans", "Senate Democrats", "Democratic Senate" nor "Britain's Labour".
            if (country is not None and country != shared.country and (gap == " " or entry.kind == "country")) or (
                gap == " " and entry.kind == DEMONYM and entry.country is None and shared.party
            ):
                found.append((before[0], end))
            continue
        first = _unknown_words_before(text, words, (start, end), gaz, capitalised_inside, shared.country)
        if first is not None:
            found.append((first, end))
    return found


def _unknown_words_before(
    text: str, words: Words, span: tuple[int, int], gaz: Gazetteer, capitalised_inside: frozenset[str], country: str
) -> int | None:
    """Where the capitalised words just before the shared name at ``span`` that make it another's begin, else None.

    Not a function word or a title ("Many Republicans", "Senator"), an adjective made of a name
    ("Republican-held Senate"), a sentence's first word that is no name ("Top Senate") unless the
    acronym after the name spells it ("Free Democratic Party (FDP)"), nor a word of the country's
    own shared names ("House Democrats").
    """
    texts, starts, ends, capitalised = words
    k = bisect_left(starts, span[0])
    first = k
    home = gaz.home_words.get(country, frozenset())
    acronym = _ACRONYM_AFTER.match(text, span[1])
    while first > 0 and k - first < _QUALIFIER_WORDS:
        w = first - 1
        gap = text[ends[w]:starts[first]]
        word = texts[w]
        if not capitalised[w] or not (gap == " " or (gap in ("'s ", "’s ") and word in POSSESSIVE_NAME_STARTS)):
            break
        spelled = acronym is not None and acronym.group(1) == word[0]
        if word.lower() in NAME_BREAKS or word in _QUESTION_WORDS or word in gaz.titles or word in gaz.entries or (
            word in home or "-" in word or (w == 0 and word not in capitalised_inside and not spelled)
        ):
            break
        first = w
    return starts[first] if first < k else None
