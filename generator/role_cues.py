"""Cue words and shapes of news sentences, shared by the role rules and the role model's features.

Cue families are word lists, not regular expressions: each sentence is split into lower-case
words once, and every family is then a few dict look-ups per word. Running a dozen alternation
patterns over each sentence cost about ten times more, and roles are worked out for every
sentence the generator reads.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress
from operator import itemgetter

from .models import Article

WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
"""A word of lower-cased text: "won't" and "president’s" stay whole, hyphens and dots split."""

# "A man walks past ... in Kabul, Afghanistan, October 5, 2018." ends like a photo caption.
ENDS_WITH_DATE = re.compile(
    r"\b(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)\w*\.?\s+\d{1,2},\s+\d{4}\.?$"
)
# "($1 = 0.76 pounds)", "(Photo by ...)", "(This story corrects ...)": asides wrapped whole in brackets.
BRACKETED = re.compile(r"^\(.*\)\.?$")
_CREDIT = re.compile(r"^\((?:Xinhua|Reuters|AP|AFP)/[^)]*\)$|^by [A-Z][a-z]+(?: [A-Z][a-z]+){0,3}$")
# Footers and credits, matched on lower-cased text (the re module folds case slowly, letter by letter).
_BOILER = re.compile(
    r"reporting by|editing by|writing by|additional reporting|file photo|reuters/|slideshow|video player"
    r"|related coverage|click here|\(\d+ [\w.]+ dollars? equals?|source: xinhua|editor: |photo taken on"
    r"|^\(corrects|^\(updates|all rights reserved|\bimages?\)|\breuters\b.*\bphoto\b"
)
FINAL_PUNCTUATION = (".", "?", "!", '"', "”", "’", "'", ")")
_FIRST_PERSON = frozenset({"we", "our", "my", "me"})
# Case matters for these two: "US" is a country, "us" a speaker; "i" is a list marker.
_CASED_FIRST_PERSON = re.compile(r"\b(?:I|us)\b")

_TIMES = "week month year decade monday tuesday wednesday thursday friday saturday sunday"
_PARTICIPLES = "been made won led lost left held met become begun"


@dataclass(frozen=True)
class Family:
    """A cue family: it fires when a sentence has one of its words, stems, word pairs or triples."""

    words: str = ""
    """Whole words, space-separated."""
    stems: str = ""
    """A word that starts with one of these fires; a stem ending in ``+`` needs a longer word."""
    pairs: tuple[tuple[str, str], ...] = ()
    """Two words in a row: every first word of the first string with every word of the second."""
    triples: str = ""
    """Three words in a row, comma-separated phrases."""
    participle_after: str = ""
    """These words followed by a past participle in ``-ed`` or ``-en`` ("had agreed", "has fallen")."""


# Each family is one feature when it fires, so the model learns how much each one counts.
FAMILIES: dict[str, Family] = {
    "future": Family(
        "will won't shall",
        pairs=(("going is are set", "to"),),
        triples="to be held",  # and "due to" a verb, not "due to the storm" (see ``_DUE_TO_CAUSE``)
    ),
    "modal": Family("would could might may should must can cannot can't"),
    "expect": Family(
        "likely unlikely planned upcoming outlook prospect prospects projected scheduled poised feared",
        "expect forecast predict anticipat probabl potential possib risk threat warn",
        pairs=(
            ("plan plans aim aims intend intends hope hopes", "to"),
            ("next", _TIMES),
            ("coming", "days weeks months years"),
            ("on", "track"),
        ),
        triples="later this week, later this month, later this year, in the coming",
    ),
    "say": Family(
        "said says say saying told tells added stated noted stressed explained commented quoted statement"
        " announced declared",
        "spokes+",
        pairs=(("according", "to"),),
    ),
    "opinion": Family(
        "believe believes think thinks argue argued argues praise praised deny denies denied urge urged opinion"
        " view important significant should must unacceptable regrettable clear clearly analyst analysts expert"
        " experts observer observers critics seem seems appear appears show shows showed means convinced"
        " confident positive negative best worst",
        "insist claim critic condemn denounc accus blam welcom concern worr fear hope suggest reflect indicat"
        " consider",
        pairs=(("call calls called", "on for"), ("need needs", "to")),
    ),
    "past_perfect": Family(pairs=(("had", _PARTICIPLES + " said told"),), participle_after="had"),
    "perfect": Family(pairs=(("has have", _PARTICIPLES),), participle_after="has have"),
    "history": Family(
        "since ago previously earlier former formerly first history originally once founded established began"
        " started traditionally record decade decades",
        "historic",
        pairs=(
            ("last", "year month week decade"),
            ("year years", "earlier"),
            ("past", "decade year years"),
            ("used", "to"),
            ("for", "years"),
        ),
        triples="in the past, over the past",
    ),
    "cause": Family(
        "because after amid following caused triggered prompted sparked",
        pairs=(("due led", "to"),),
        triples="as a result",
    ),
    "was": Family("was were"),
    "present": Family("is are has have"),
    # What the hand-written rules look for (``role_rules``), as families so both share one pass.
    "rule_future": Family(
        "will won't expects expected forecast forecasts upcoming",
        pairs=(("plan plans likely", "to"), ("next", "week month year")),
        triples="is set to, are set to, is due to, are due to, in the coming, later this week, later this month,"
        " later this year",
    ),
    "rule_tentative": Family("could might may would"),
}
CUE_NAMES = (*FAMILIES, "question", "first_person", "boiler")
"""Every cue family a sentence can show: the word families and the ones tested on the text."""
_DUE_TO_CAUSE = frozenset({"the", "a", "an", "its", "his", "her"})
""""due to" followed by one of these is a cause; followed by anything else ("due to meet"), a plan."""


def _index() -> tuple[
    dict[str, frozenset[str]],
    dict[str, list[tuple[str, bool, str]]],
    dict[tuple[str, str], frozenset[str]],
    dict[tuple[str, str, str], frozenset[str]],
    dict[str, frozenset[str]],
]:
    """The families turned inside out: word, stem, pair and triple -> the families they fire."""
    words: defaultdict[str, set[str]] = defaultdict(set)
    stems: defaultdict[str, list[tuple[str, bool, str]]] = defaultdict(list)
    pairs: defaultdict[tuple[str, str], set[str]] = defaultdict(set)
    triples: defaultdict[tuple[str, str, str], set[str]] = defaultdict(set)
    participle: defaultdict[str, set[str]] = defaultdict(set)
    for name, family in FAMILIES.items():
        for word in family.words.split():
            words[word].add(name)
        for stem in family.stems.split():
            strict = stem.endswith("+")
            stem = stem.rstrip("+")
            stems[stem[:_STEM]].append((stem, strict, name))
        for firsts, seconds in family.pairs:
            for a in firsts.split():
                for b in seconds.split():
                    pairs[a, b].add(name)
        for phrase in filter(None, family.triples.split(",")):
            a, b, c = phrase.split()
            triples[a, b, c].add(name)
        for word in family.participle_after.split():
            participle[word].add(name)
    return (
        {k: frozenset(v) for k, v in words.items()},
        dict(stems),
        {k: frozenset(v) for k, v in pairs.items()},
        {k: frozenset(v) for k, v in triples.items()},
        {k: frozenset(v) for k, v in participle.items()},
    )


_STEM = 4
"""Stems are looked up by their first four letters (the shortest stems, "risk" and "warn", have four)."""
_BY_WORD, _BY_STEM, _BY_PAIR, _BY_TRIPLE, _BY_PARTICIPLE = _index()
_STEM_PREFIXES = frozenset(_BY_STEM)
_stem_prefix = itemgetter(slice(None, _STEM))
_PAIR_FIRSTS = frozenset(a for a, _ in _BY_PAIR) | {a for a, _, _ in _BY_TRIPLE} | {"due"} | set(_BY_PARTICIPLE)
_PARTICIPLE_ENDINGS = ("ed", "en")


def families_in(text: str, words: Sequence[str]) -> set[str]:
    """The names of the cue families that fire in a sentence, given its text and its lower-case words."""
    found: set[str] = set()
    for names in filter(None, map(_BY_WORD.get, words)):
        found |= names
    # Only the few words that start like a stem, picked out in C rather than a loop over every word.
    for word in compress(words, map(_STEM_PREFIXES.__contains__, map(_stem_prefix, words))):
        for stem, strict, name in _BY_STEM[word[:_STEM]]:
            if word.startswith(stem) and (not strict or len(word) > len(stem)):
                found.add(name)
    firsts = _PAIR_FIRSTS.intersection(words)
    if firsts:
        _phrases(words, firsts, found)
    if "?" in text:
        found.add("question")
    if not _FIRST_PERSON.isdisjoint(words) or (
        ("i" in words or "us" in words) and _CASED_FIRST_PERSON.search(text)
    ):
        found.add("first_person")
    return found


def _phrases(words: Sequence[str], firsts: frozenset[str], found: set[str]) -> None:
    """Add the families of the word pairs and triples that start at one of ``firsts``."""
    last = len(words) - 1
    # Only the few words that can start a phrase, picked out in C rather than a loop over every word.
    for i in compress(range(last), map(firsts.__contains__, words)):
        word = words[i]
        after = words[i + 1]
        names = _BY_PAIR.get((word, after))
        if names:
            found |= names
        third = words[i + 2] if i + 2 <= last else ""
        names = _BY_TRIPLE.get((word, after, third))
        if names:
            found |= names
        if word == "due" and after == "to":
            found.add("cause")
            if third not in _DUE_TO_CAUSE:
                found.add("future")
        names = _BY_PARTICIPLE.get(word)
        if names and len(after) > 2 and after.endswith(_PARTICIPLE_ENDINGS):
            found |= names


@dataclass(frozen=True)
class SentenceCues:
    """What the rules and the model's features read off one sentence, worked out once."""

    words: tuple[str, ...]
    """Lower-case words, a leading dateline ("LONDON (Reuters) -") left out."""
    families: frozenset[str]
    """The cue families that fire, plus ``boiler`` when it looks like a footer or a credit."""
    boilerplate: bool
    """A caption, credit or footer rather than prose (``is_boilerplate``)."""


_DATELINE = re.compile(r"^[A-Z][A-Za-z .,'-]{0,50}?\((?:Reuters|Xinhua|AP|AFP)\)\s*-+\s*|^\(\w+\)\s*-+\s*")


def sentence_cues(text: str) -> SentenceCues:
    """The words, cue families and boilerplate verdict of one sentence."""
    words = tuple(WORD.findall(_DATELINE.sub("", text).lower()))
    families = families_in(text, words)
    stripped = text.strip()
    boiler = _boiler_phrase(stripped.lower())
    if boiler:
        families.add("boiler")
    return SentenceCues(words, frozenset(families), boiler or _looks_like_boilerplate(stripped))


def article_cues(article: Article) -> list[SentenceCues]:
    """``sentence_cues`` of every sentence of ``article``, in document order."""
    return [sentence_cues(s.text) for s in article.sentences]


def cues_in(text: str) -> set[str]:
    """The names of the cue families that fire in ``text`` (``boiler`` for footers and credits)."""
    return set(sentence_cues(text).families)


def is_boilerplate(text: str) -> bool:
    """Captions, credits, datelines and footers: text that is not part of the story."""
    stripped = text.strip()
    return _boiler_phrase(stripped.lower()) or _looks_like_boilerplate(stripped)


# Every alternative of ``_BOILER`` contains one of these, and a substring test is far cheaper.
_BOILER_HINTS = (
    "reporting by", "editing by", "writing by", "file photo", "reuters", "slideshow", "video player",
    "related coverage", "click here", "dollar", "source: xinhua", "editor: ", "photo taken on", "(corrects",
    "(updates", "all rights reserved", "image",
)


def _boiler_phrase(folded: str) -> bool:
    return any(map(folded.__contains__, _BOILER_HINTS)) and bool(_BOILER.search(folded))


def _looks_like_boilerplate(stripped: str) -> bool:
    return bool(
        ends_with_date(stripped)
        or BRACKETED.match(stripped)
        or _CREDIT.match(stripped)
        # Prose ends with punctuation; a short line that does not is a subhead, a credit or a footer.
        or (not stripped.endswith(FINAL_PUNCTUATION) and len(stripped.split()) < 12)
    )


def ends_with_date(text: str) -> bool:
    """Ends like a photo caption: "..., October 5, 2018."."""
    # Most sentences end in a word, not a year: look for the year first, it is much cheaper.
    tail = text[:-1] if text.endswith(".") else text
    return tail[-4:].isdigit() and bool(ENDS_WITH_DATE.search(text))
