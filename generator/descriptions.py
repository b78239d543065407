"""What an article calls a person: the words before a name ("Russian President") and a role after it.

``name_runs`` reads a run of capitalised words as a name; this module reads what is said of the
person around it: ``description_before`` the words just before the name, ``APPOSITIVE`` a role
set off after it (", a spokesman for the ministry,"), ``country_of`` the country a description
names.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .gazetteer import DEMONYM, gazetteer
from .name_words import (
    APPOSITIVE_ROLES,
    DATE_WORDS,
    DESCRIPTION_WORDS,
    FUNCTION_WORDS,
    HONORIFICS,
    ROLE_NOUNS,
    SPEECH,
)

if TYPE_CHECKING:
    from .name_runs import Words

# ", a spokesman for the ministry,", ", the party leader,", ", mayor of River Bend,": an appositive that ends in
# a role noun, perhaps followed by what the role is of (up to 60 characters, enough for "the U.S. National Oceanic
# and Atmospheric Administration"; "U.N." whole: a full stop after an initial ends nothing); checked against
# APPOSITIVE_ROLES.
APPOSITIVE = re.compile(
    r",\s+(?:(?:a|an|the)\s+)?(?P<what>(?:[a-z][\w'’-]*\s+){0,3}?(?P<role>[a-z]+)"
    r"(?P<of>\s+(?:for|of|at|to|with|in|on)\s+(?:[^,.;:()\"“”]|(?<=\b[A-Z])\.){1,60})?)(?=[,;]|(?<!\b[A-Z])\.(?!\S)|$)"
)


def appositive_role(role: str, *, of: bool) -> bool:
    """Whether an appositive's role noun says the name before it is a person's: "a lawyer for the family",
    "the party leader"; not "a leader in widgets" (a firm leads a market too)."""
    return role in APPOSITIVE_ROLES or (role in ROLE_NOUNS and not of)


def before_speech(what: str) -> str:
    """An appositive up to a verb of saying its sentence did not set off with a comma ("the firm's director of
    operations said ...")."""
    words = what.split()
    cut = next((n for n, word in enumerate(words) if word in SPEECH), len(words))
    return " ".join(words[:cut])


def description_before(
    text: str, words: Words, i: int, prefix: list[str], in_known: list[bool], capitalised_inside: frozenset[str]
) -> str | None:
    """What the article calls a person just before the name: "Russian President", "Germany's economy minister"."""
    texts, starts, ends, capitalised = words
    k = i - 1
    if k >= 0 and texts[k].lower() in {"named", "called"}:
        k -= 1
    # "Editor: ZX", a page's credit line, is a label and a value, not "the editor ZX".
    role_noun = k >= 0 and texts[k].lower() in ROLE_NOUNS and not any(c in text[ends[k]:starts[i]] for c in ":|")
    first = None
    if prefix or role_noun:
        j = k
        named = False  # whether it holds a capitalised word the gazetteer does not know
        opened = False  # whether it holds a word that opens a description ("then", "former")
        # Punctuation ends the description: "PALERMO (Reuters) - Pope Francis" is only "Pope", and "Speaking in
        # Italy, Foreign Minister Bassil" only "Foreign Minister"; but for the comma that may set a name off its
        # role ("Najib's lawyer, Harpal Singh Grewal, said", "Cabinet Secretary, Lord Armstrong"; not "the
        # magazine's editor, Conservative MP Boris Johnson") and an editor's insertion ("from (U.S. President)
        # Donald Trump").
        before_name = _BEFORE_NAME if role_noun and HONORIFICS.issuperset(prefix) else _JOINED
        while j >= 0 and k - j < 5:
            if text[ends[j]:starts[j + 1]].strip() not in (before_name if j == k else _JOINED):
                break
            if j > 0 and text[ends[j - 1]:starts[j]] == "-":
                break  # and so does the tail of "U.S.-based", which is no description without its head
            low = texts[j].lower()
            # After a role noun, its lower-case modifiers belong to it: "European Union trade chief"; a verb
            # after "to" does not ("a plot to remove comedian Bill Cosby"), nor one before a name ("a TV grab
            # shows Bulgarian TV journalist ...").
            modifier = role_noun and not named and not opened and texts[j].islower() and low not in FUNCTION_WORDS and (
                low not in SPEECH and low not in _VERBS and (j == 0 or texts[j - 1] != "to")
            )
            # So do the names before it: "Tory leader", "Evening Standard reporter", "HSBC's retail analyst"; at
            # the start of a sentence no verb or adverb ("Criticising prime minister") unless the article
            # capitalises it elsewhere.
            name = role_noun and capitalised[j] and low not in FUNCTION_WORDS and low not in DATE_WORDS and (
                j > 0 or texts[j] in capitalised_inside or not low.endswith(("ing", "ed", "ly"))
            )
            if low in ROLE_NOUNS or low in DESCRIPTION_WORDS or in_known[j] or modifier or name:
                first = j
                named = named or (name and not in_known[j])
                opened = opened or low in _OPENERS
                j -= 1
            else:
                break
        if first is not None and first > 0 and capitalised[first] and _cut_name(text, words, first):
            while first < k and capitalised[first]:
                first += 1
    before = text[starts[first]:ends[k]] if first is not None else ""
    # "Slovakia’s Prime Minister": a word's possessive ending lies after its end, and still belongs to it.
    possessive = text[ends[k]:starts[k + 1]].rstrip() if before else ""
    if possessive in ("'s", "’s"):
        before += possessive
    description = " ".join([before, *(w for w in prefix if w not in HONORIFICS)]).strip()
    return description or None


_JOINED = ("", "'s", "’s")
"""What may stand between two words of a description."""
_BEFORE_NAME = (*_JOINED, ",", ")")
"""What may stand between a role noun and the name it describes."""
_OPENERS = frozenset(["then", "former", "ex", "late"])
"""Words that open a description: a lower-case word before one is not part of it ("a revolt forced then prime
minister Malcolm Turnbull"), while a name or a country is ("Egyptian former Islamist President")."""
_VERBS = frozenset(
    ["is", "was", "were", "are", "be", "been", "being", "has", "have", "had", "will", "would", "can", "could", "may",
     "might", "shall", "should", "must", "do", "does", "did"]
)
"""Verbs that never modify a role noun: "the target was political leader Nawabzada Siraj Raisani"."""


def _cut_name(text: str, words: Words, first: int) -> bool:
    """Whether the capitalised word at ``first`` ends a name that starts before it: "Confederation of British
    Industry director general", "Gabelli & Co analyst", "Prosecutor-General's Office spokesperson".
    A description holds a name whole or not at all; without its start it says something else."""
    texts, starts, ends, capitalised = words
    gap = text[ends[first - 1]:starts[first]]
    before = texts[first - 1]
    return (
        " " not in gap or gap.strip() == "&" or text[:starts[first]].rstrip().endswith(("'s", "’s"))
        or (gap == " " and capitalised[first - 1] and before.lower() not in FUNCTION_WORDS)
        or (before in ("of", "and", "for") and first > 1 and capitalised[first - 2])
    )


def country_of(description: str | None) -> str | None:
    if not description:
        return None
    gaz = gazetteer()
    for match in gaz.pattern.finditer(description):
        entry = gaz.entries[match.group()]
        if entry.kind == "country":
            return entry.name
        if entry.kind == DEMONYM and entry.country:
            return entry.country
    return None
