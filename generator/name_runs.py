"""Names read from runs of capitalised words: the tokens of a sentence, the runs, and what each run is.

The player finder (``players``) gives each sentence's words and the gazetteer's names to ``runs``;
a run ("Russian President Vladimir Putin") comes back as a ``Candidate``: the name, what the
article calls the person ("Russian President"), and whether the article treats it as a person's.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, replace
from itertools import accumulate, compress
from operator import itemgetter
from typing import NamedTuple

from .descriptions import APPOSITIVE, appositive_role, before_speech, country_of, description_before
from .gazetteer import DEMONYM, Gazetteer, gazetteer
from .models import PlayerKind, Sentence
from .name_words import (
    ABBREVIATIONS,
    COMPANY_NOUNS,
    COMPASS,
    CONNECTORS,
    DATE_WORDS,
    FUNCTION_WORDS,
    GROUP_NOUNS,
    KIN,
    MONTHS_AS_NAMES,
    NAME_BREAKS,
    NAME_PREPOSITIONS,
    NOT_ORG_ACRONYMS,
    NOT_PLAYER_HEADS,
    OFFICE_HEADS,
    ORG_HEADS,
    PEOPLE_OR_FIRMS,
    PLACE_HEADS,
    POSSESSIVE_NAME_STARTS,
    REGION_WORDS,
    ROLE_NOUNS,
    SPEECH,
    SPEECH_BEFORE,
    STORMS,
    TIME_MODIFIERS,
)
from .org_runs import ampersand, and_organisation, known_organisation_before, linked_organisation, listed_organisation

# A word: initials ("U.S.", a letter and a full stop, twice or more), abbreviations with a dot, or
# letters with inner apostrophes/hyphens. Both branches start with \w, so that the re module scans
# quickly for where a word can start; the group makes ``split`` keep the words. The initials'
# branch checks that the \w is a letter only after its full stop: starting with a literal, it is
# ruled out at a glance after almost every first letter, which made the split a fifth quicker.
_TOKEN_SPLIT = re.compile(r"(\w(?:\.(?<=[^\W\d_]\.)(?:[^\W\d_]\.)+|\w*(?:['’]\w+)*(?:-\w+)*\.?))")
_POSSESSIVE = re.compile(r"['’]s?$|['’]s(?=\.$)")
_INITIALS = re.compile(r"(?:\w\.)+")
_ACRONYM = re.compile(r"[A-Z]{3,6}")
_PLURAL_ACRONYM = re.compile(r"[A-Z]+s")
# "Thaksin-allied", "Kremlin-backed", "U.S.-led", "London-based": an adjective made of a name, not a name.
# (A lower-case syllable after a hyphen is often part of a name: "Chan-ocha", "Ing-wen"; none ends so.)
# "Luke Tomlinson, 27, a close friend", "Otis Ferry, the 22-year-old son": an age given after a name is a person's.
_AGE = re.compile(r",\s+(?:the\s+|a\s+)?\d{1,3}(?:-year-old)?\b(?!,\d|\.\d| percent| per)")
_ADJECTIVE_OF_NAME = re.compile(r"-(?:[a-z]+ed|born|run|style|era|wide)$")
_FIRST_LETTER = itemgetter(slice(None, 1))


class Words(NamedTuple):
    """A sentence's words as parallel lists, index by index.

    Lists made by the re module and ``itertools`` in C, not one object per word: an article has
    about 500 words, and building a tuple for each cost more than all the rest of the player finder.
    """

    text: list[str]
    """The words, possessive endings and full stops (other than abbreviations') removed."""
    start: list[int]
    end: list[int]
    capitalised: list[bool]
    """Whether each word is written as a name is (``_is_capitalised``)."""


@dataclass(frozen=True)
class Candidate:
    """A run of capitalised words read as a possible player, where one sentence names it."""

    sentence: str
    start: int
    end: int
    name: str
    kind: PlayerKind | None
    """None: a single word that is a player only if it is another name's alias."""
    title: str | None
    description: str | None
    country: str | None
    evidence: bool
    """The article treats it as a person: a title, a role ("former premier"), "said", ", who"."""


def titled_work(text: str, start: int, end: int) -> bool:
    """Words that are all of a quotation are a film's, a show's or a book's title: “The Marvelous Mrs Maisel”,
    the war film “1917,” (a comma or full stop may stand inside the closing quote)."""
    return text[start - 1:start] in ("“", '"') and text[end:end + 2].lstrip(",.")[:1] in ("”", '"')


def sentence_words(text: str) -> Words:
    """The words of one sentence, where they are, and which are capitalised."""
    # [gap, word, gap, word, ..., gap]: the running total of the lengths gives every position.
    parts = _TOKEN_SPLIT.split(text)
    words = parts[1::2]
    offsets = list(accumulate(map(len, parts)))
    starts = offsets[0:-1:2]
    ends = offsets[1::2]
    for i in [i for i, word in enumerate(words) if word[-1] == "." or "'" in word or "’" in word]:
        word = words[i]
        if word.endswith(".") and word not in ABBREVIATIONS and not _INITIALS.fullmatch(word):
            word = word[:-1]
        if len(word) > 2 and ("'" in word or "’" in word):  # _POSSESSIVE needs an apostrophe
            word = _POSSESSIVE.sub("", word)
        words[i] = word
        ends[i] = starts[i] + len(word)
    capitalised = list(map(str.isupper, map(_FIRST_LETTER, words)))
    if "-" in text:
        capitalised = [
            (c or _is_capitalised(w)) and not _ADJECTIVE_OF_NAME.search(w)
            for c, w in zip(capitalised, words, strict=True)
        ]
    return Words(words, starts, ends, capitalised)


def _is_capitalised(word: str) -> bool:
    if word[:1].isupper():
        return True
    if "-" not in word:
        return False
    # "al-Assad", "bin-Salman": a lower-case particle joined to a capitalised name.
    head, _, rest = word.partition("-")
    return head in CONNECTORS and rest[:1].isupper()


def capitalised_mid_sentence(sentences: Iterable[Words]) -> frozenset[str]:
    """Words written with a capital somewhere other than at the start of a sentence."""
    seen: set[str] = set()
    for words in sentences:
        seen.update(compress(words.text[1:], words.capitalised[1:]))
    return frozenset(seen)


def _inside(words: Words, spans: list[tuple[int, int]]) -> list[bool]:
    """For each word, whether it starts inside one of ``spans``."""
    flags = [False] * len(words.start)
    for s, e in spans:
        first, last = bisect_left(words.start, s), bisect_left(words.start, e)
        flags[first:last] = [True] * (last - first)
    return flags


def read_runs(
    sentence: Sentence,
    words: Words,
    names: list[tuple[int, int]],
    known: list[tuple[int, int]],
    capitalised_inside: frozenset[str],
) -> list[Candidate]:
    """Runs of capitalised words outside gazetteer names, each read as a possible player."""
    gaz = gazetteer()
    text = sentence.text
    texts, starts, ends, capitalised = words
    count = len(texts)
    in_name = _inside(words, names) if names else [False] * count
    in_known = _inside(words, known) if known else in_name

    def joined(a: int, b: int) -> bool:
        # Punctuation between two words ends a name: "Ledbury, Herefordshire", "Inc (FB.O)"; so does a
        # possessive ("Trump’s Republican Party"), but for a few words that start names with one.
        gap = text[ends[a]:starts[b]]
        if gap.strip() == "":
            return text[starts[a]:ends[a]][-1:] != "'"
        if "&" in gap:
            named = b + 1 < count and capitalised[b + 1] and text[ends[b]:starts[b + 1]] == " "
            return ampersand(gap, texts[a], texts[b], named)
        return texts[a] in POSSESSIVE_NAME_STARTS and gap in ("’s ", "'s ")

    candidates: list[Candidate] = []
    j = 0
    for i in compress(range(count), capitalised):
        if i < j or in_name[i]:
            continue
        j = i + 1
        while j < count and not in_name[j] and joined(j - 1, j):
            word = texts[j]
            if capitalised[j] and word.lower() not in NAME_BREAKS:
                j += 1
            elif (
                word in CONNECTORS and j + 1 < count and not in_name[j + 1] and joined(j, j + 1)
                and capitalised[j + 1]
            ):
                j += 2
            else:
                break
        if j < count and text[ends[j - 1]:starts[j]] == ", ":
            j = listed_organisation(text, words, i, j, in_name, in_known, joined, gaz)
        if j < count and texts[j] == "and":
            j = and_organisation(text, words, i, j, in_name, in_known, joined, gaz.titles)
        if j < count and (texts[j] in ("of", "for") or texts[j] in NAME_PREPOSITIONS):
            j = linked_organisation(text, words, j, in_name, joined, gaz)
        if j == i + 1 and _not_a_name(texts[i], i, capitalised_inside, gaz.titles):
            continue  # most runs: "The", "He", "But" (what _read_run would strip first, quicker)
        first = known_organisation_before(words, i, j, names, gaz.entries, text, joined) if i and in_name[i - 1] else i
        candidate = _read_run(sentence, words, first, j, in_known, capitalised_inside, gaz, known)
        if candidate and first != i:
            # "UN General Assembly" and "United Nations General Assembly" are one body, named as the known name is.
            form = text[starts[first]:ends[i - 1]]
            entry = gaz.entries.get(form)  # None for "South China" (Morning Post)
            if entry is not None and entry.kind == "organization" and candidate.name.startswith(form):
                candidate = replace(candidate, name=entry.name + candidate.name[len(form):])
        if candidate:
            candidates.append(candidate)
    return candidates


def _not_a_name(
    word: str, index: int, capitalised_inside: frozenset[str], titles: frozenset[str], *, alone: bool = True
) -> bool:
    """Sentence-initial words that are not names: "Since Donald Trump", "Political and ..."."""
    return word.lower() in FUNCTION_WORDS or (
        index == 0 and alone and word not in capitalised_inside and word not in titles
    )


def _read_run(
    sentence: Sentence,
    words: Words,
    i: int,
    j: int,
    in_known: list[bool],
    capitalised_inside: frozenset[str],
    gaz: Gazetteer,
    known: list[tuple[int, int]],
) -> Candidate | None:
    texts, starts, ends, _ = words
    if titled_work(sentence.text, starts[i], ends[j - 1]) or sentence.text[starts[i] - 1:starts[i]] in ("@", "#", "&"):
        # “The Marvelous Mrs Maisel”, "@MattBevin", "#MeToo": a show, a handle, a hashtag; "G Investments" of
        # "M&G Investments" is the end of a name ``ampersand`` does not join, not a name.
        return None
    titles = gaz.titles
    a = i
    # A known name's words are never stripped: "New" of "New York Times" is not the adjective; nor are
    # letters joined by "&": "A&M University", "AT&T Inc".
    while (
        a < j and not in_known[a] and _not_a_name(texts[a], a, capitalised_inside, titles, alone=j - a == 1)
        and not (a + 1 < j and sentence.text[ends[a]:starts[a + 1]] == "&")
    ):
        a += 1
    run = texts[a:j]
    # Everything up to the last title is what the person is: "Industry Secretary", "Conservative MP".
    prefix: list[str] = []
    title_words: list[str] = []
    plural = False
    lead: list[str] = []
    if a >= 2 and texts[a - 1] in ("of", "for"):  # "of" ended a run inside "Secretary of State Mike Pompeo"
        lead = texts[a - 2:a]
        sizes = [n for n in (3, 2, 1) if n < len(run) and " ".join(lead + run[:n]) in titles]
        if sizes:
            prefix = run[:sizes[0]]
            title_words = lead + prefix
        elif texts[a - 2] in titles and len(run) <= 3 and run[-1].lower() not in ORG_HEADS:
            # "Minister for Defence Procurement": the title's portfolio, not a name; but "Director of Kenya
            # Meteorological Department" names the department.
            return None
        elif (
            (texts[a - 2] in titles or texts[a - 2] in OFFICE_HEADS) and len(run) > 2
            and run[-1].lower() not in ORG_HEADS and not any(in_known[a:j])
        ):
            # "Chief of Naval Operations John Richardson": the portfolio, then the person, whose name is
            # the run's last words unless another title comes first ("... Operations Admiral John Richardson").
            cut = next((k for k in range(1, len(run) - 1) if _title_at(run, k, titles)), _person_start(run))
            prefix = run[:cut]
            title_words = lead + prefix
        else:
            lead = []
    # "Family Justice Division", "Department of Justice": an organisation's name holds no title.
    organisation = "of" in run or "for" in run or (bool(run) and run[-1].lower() in ORG_HEADS)
    k = len(prefix) if prefix or (not organisation and not gaz.title_heads.isdisjoint(run)) else len(run)
    listed = k < len(run) and _listed(sentence.text, ends[j - 1])
    while k < len(run):
        match = _title_at(run, k, titles, listed)
        if match:
            prefix += run[len(prefix):k]
            title_words = run[k:k + match]
            prefix += title_words
            plural = " ".join(title_words) not in titles
            k += match
        else:
            k += 1
    if plural:  # the title just before the name: each person in the list is a "Senator"
        title_words = [*title_words[:-1], title_words[-1][:-1]]
        prefix[-1] = title_words[-1]
    a += len(prefix)
    prefix = lead + prefix
    if a >= j:
        return None
    if all(in_known[a:j]):
        return None  # "South Korean" is an adjective of a country, not a place
    run = texts[a:j]
    lowered = [w.lower().rstrip(".") for w in run]
    link = next((w for w in lowered[1:-1] if w in ("of", "for") or w.capitalize() in NAME_PREPOSITIONS), None)
    of_name = link is not None and (link not in ("of", "for") or lowered[lowered.index(link) - 1] in ORG_HEADS)
    and_name = "and" in lowered  # read whole by org_runs.and_organisation
    of_the = of_name and "the" in lowered  # and "Office of the State Council" by linked_organisation
    # An organisation named with "of" is what comes before it, whatever its last word: "Office of
    # Management and Budget" is an office, "Council of Ministers" a council, not a budget or ministers.
    headed = of_name and link in ("of", "for")
    if (not DATE_WORDS.isdisjoint(lowered) and not _month_as_surname(sentence.text, lowered, ends[j - 1], prefix)) or (
        (not headed and (lowered[-1] in NOT_PLAYER_HEADS or lowered[-1] in ROLE_NOUNS)) or lowered[0] in STORMS
    ):
        return None
    # "A&M University", "AT&T Inc": "A" and "AT" are no article and no preposition.
    initials = {k - a for k in range(a, j - 1) if sentence.text[ends[k]:starts[k + 1]] == "&"} if (
        "&" in sentence.text[starts[a]:ends[j - 1]]
    ) else ()
    inner = (
        w for n, (w, known_word) in enumerate(zip(lowered, in_known[a:j], strict=True))
        if not (of_name and w in (link, "the")) and not (and_name and w == "and") and not known_word  # "New York"
        and n not in initials
    )
    if not FUNCTION_WORDS.isdisjoint(inner) or len(run) - sum(in_known[a:j]) > 4 + of_name + 3 * (of_the + and_name):
        return None
    if _is_demonym(run[-1], gaz) and COMPASS.issuperset(lowered[:-1]):
        return None  # "East Asian", "Central American": an adjective of a region, not a place
    start, end = starts[a], ends[j - 1]
    written = sentence.text[start:end]
    company = "&" in written  # joined by org_runs.ampersand
    # "Health, Labour and Welfare Ministry", "People's Bank": a name as written, not its words.
    as_written = company or "," in written or not POSSESSIVE_NAME_STARTS.isdisjoint(run[:-1])
    name = written if as_written else " ".join(run)
    kind: PlayerKind | None = None
    if len(run) > 1 and (lowered[-1] in ORG_HEADS or of_name or company):
        kind = "organization"
    elif len(run) > 1 and (lowered[-1] in PLACE_HEADS or lowered[0] in COMPASS or lowered[0] in REGION_WORDS):
        kind = "place"
    elif all(map(str.isupper, run)) and (len(run) > 1 or _shouting(sentence.text, start, end)):
        return None  # a dateline ("NEW YORK (Reuters)") or a ticker ("(TSLA.O)"), not a name
    elif len(run) == 1 and _ACRONYM.fullmatch(name) and name not in NOT_ORG_ACRONYMS:
        kind = "organization"
    elif len(run) == 1 and (lowered[0] in ORG_HEADS or lowered[0] in PLACE_HEADS or _PLURAL_ACRONYM.fullmatch(name)):
        return None  # "the Department", "MPs"
    elif len(run) == 1 and not prefix:
        kind = _single_word_place(sentence.text, start, end, known)
    if kind is None and (_named_group(texts, a) or _called_a_company(sentence.text, words, a, prefix)):
        kind = "organization"
    description = appositive = None
    evidence = bool(prefix)
    if kind is None:
        role = description_before(sentence.text, words, i, prefix, in_known, capitalised_inside)
        # "Forecaster Dag Ostrander said": a noun for what someone is, capitalised only because it starts
        # the sentence, is no more part of the name than "forecaster Dag Ostrander" would be.
        noun = a == 0 and j > 2 and not prefix and _what_someone_is(texts[0], capitalised_inside)
        if noun:
            prefix.append(texts[0].lower())
            a = 1
        # "Vietnamese Doan Thi Huong": the adjective says what the person is; it is not their name. Right after
        # a title or a role it is one ("Senator German Varon", "FDP leader Christian Lindner"): English puts such
        # an adjective first ("German Senator").
        titled = bool(title_words) or (a > 0 and texts[a - 1].lower() in ROLE_NOUNS)
        adjectives = 0
        while j - a > 1 and in_known[a] and not (titled and not adjectives and _is_demonym(texts[a], gaz)):
            prefix.append(texts[a])
            a += 1
            adjectives += 1
        name, start = " ".join(texts[a:j]), starts[a]
        description = role
        if adjectives or noun:  # the prefix has grown
            description = description_before(sentence.text, words, i, prefix, in_known, capitalised_inside)
        # "Blair said" is a person; "Figures said" is not: one word needs a title or a fuller name.
        speaks = j - a > 1 and (_speaks(sentence.text, words, i, j) or bool(_AGE.match(sentence.text, end)))
        # "John Smithers, a spokesman for the ministry, said": what the article says the person is, after the name.
        after = APPOSITIVE.match(sentence.text, end) if j - a > 1 else None
        if after is not None and appositive_role(after.group("role"), of=after.group("of") is not None):
            speaks = True
            appositive = before_speech(after.group("what"))
        evidence = evidence or (noun and prefix[0] in ROLE_NOUNS) or role is not None or speaks
    title = " ".join(title_words) or None
    # A country is read off a description before the name ("Russian President"), not one after it: "a
    # researcher at the University of Western Australia" says where she works, not where she is from.
    country = country_of(description)
    return Candidate(sentence.id, start, end, name, kind, title, description or appositive, country, evidence)


def _is_demonym(word: str, gaz: Gazetteer) -> bool:
    entry = gaz.entries.get(word)
    return entry is not None and entry.kind == DEMONYM


def _what_someone_is(word: str, capitalised_inside: frozenset[str]) -> bool:
    """Whether a sentence's first word is a common noun for a person: "Lawyer", "Magistrates", "Ex-soldier".

    Not a title ("Judge", read as one before this), nor a word the article capitalises elsewhere too.
    """
    if word in capitalised_inside:
        return False
    lowered = word.lower()
    if lowered.startswith("ex-"):
        return lowered[3:].isalpha() and word[3:].islower()
    return lowered in _NOUNS_OF_PEOPLE or (lowered[-1:] == "s" and lowered[:-1] in _NOUNS_OF_PEOPLE)


_NOUNS_OF_PEOPLE = ROLE_NOUNS | PEOPLE_OR_FIRMS


def _month_as_surname(text: str, lowered: list[str], end: int, prefix: list[str]) -> bool:
    """ "Theresa May", "Prime Minister May", "May said": a month that is a family name; not "Early June", "May 5"."""
    if lowered[-1] not in MONTHS_AS_NAMES or not DATE_WORDS.isdisjoint(lowered[:-1]):
        return False
    if len(lowered) == 1:
        return bool(prefix) or text[end:].split(" ", 2)[1:2] in (["said"], ["says"], ["told"])
    return lowered[-2] not in TIME_MODIFIERS and not text[end:end + 2].strip()[:1].isdigit()


def _named_group(texts: list[str], a: int) -> bool:
    """ "a shadowy group known as Meibion Glyndwr", "a party called Podemos": what the name is, said just before it."""
    before = [w.lower() for w in texts[max(0, a - 3):a]]
    if before[-1:] in (["called"], ["named"]):
        return len(before) >= 2 and before[-2] in GROUP_NOUNS
    return before[-2:] == ["known", "as"] and len(before) == 3 and before[0] in GROUP_NOUNS


def _called_a_company(text: str, words: Words, a: int, prefix: list[str]) -> bool:
    """ "mobile operator Bite Latvija", "investment bank Wood": a common noun for a business just before the name."""
    if a == 0 or prefix:
        return False
    before = words.text[a - 1]
    return before.islower() and before in COMPANY_NOUNS and text[words.end[a - 1]:words.start[a]] == " "


def _shouting(text: str, start: int, end: int) -> bool:
    """Capitals inside parentheses, or next to other words in capitals."""
    before, after = text[:start].rstrip(), text[end:].lstrip()
    if before.endswith("("):
        return True
    neighbours = [*re.findall(r"[\w.]+$", before)[-1:], *re.findall(r"^[\w.]+", after)[:1]]
    return any(len(w) > 1 and w.isupper() for w in neighbours)


def _person_start(run: list[str]) -> int:
    """Where the person's name starts in a run of portfolio words then a name, keeping one portfolio word.

    The surname, any particle before it ("Le Drian"), any initials ("John M. Richardson"), then one
    given name: "Naval Operations John M. Richardson", "Economy Bruno Le Maire".
    """
    k = len(run) - 1
    while k > 1 and run[k - 1].lower() in CONNECTORS:
        k -= 1
    while k > 1 and len(run[k - 1].rstrip(".")) == 1 and run[k - 1][0].isupper():
        k -= 1
    return max(k - 1, 1)


def _title_at(run: list[str], k: int, titles: frozenset[str], listed: bool = False) -> int:
    """How many words of a title start at ``run[k]`` (0 when none does).

    ``listed``: another name follows the run ("and Chris Van Hollen"). Then a title in the plural counts
    too, before a name of two words or more: "Democratic Senators Chuck Schumer and Chris Van Hollen"
    names two senators; "Kings Cross station" and "Princes Street Gardens and the castle" no king or prince.
    """
    for size in (3, 2, 1):
        if k + size <= len(run):
            words = " ".join(run[k:k + size])
            if words in titles or (listed and words[-1] == "s" and k + size + 2 <= len(run) and words[:-1] in titles):
                return size
    return 0


def _listed(text: str, end: int) -> bool:
    """Whether another capitalised name follows ``end`` in a list: "..., Chris", "... and Chris"."""
    after = text[end:end + 6]
    return (after[:5] == " and " and after[5:].isupper()) or (after[:2] == ", " and after[2:3].isupper())


def _speaks(text: str, words: Words, i: int, j: int) -> bool:
    """Said, told, who, the daughter of...: what the article does with people and not with things."""
    texts = words.text
    after = texts[j].lower() if j < len(texts) else ""
    before = texts[i - 1].lower() if i > 0 else ""
    gap = text[words.end[j - 1]:words.start[j]] if j < len(texts) else ""
    # "Smith said", "said Smith", "the official, Smith, said", "solicitor Smith, said"; not "a
    # lawyer at Firm Y, said" nor "told Business Insider".
    appositive = gap.strip() == "," and (text[:words.start[i]].rstrip().endswith(",") or before in ROLE_NOUNS)
    if (after in SPEECH and (not gap.strip() or appositive)) or before in SPEECH_BEFORE:
        return True
    if gap.strip() != ",":
        return False
    if after in {"who", "whose"}:
        return True
    # "Keiko Fujimori, the daughter of ...", "Cindy McCain, his wife": kin are people's; not "a sister company".
    if j + 1 >= len(texts) or texts[j + 1].lower() not in KIN:
        return False
    rest = text[words.end[j + 1]:words.end[j + 2] if j + 2 < len(texts) else len(text)].strip()
    return (after in ("the", "a") and rest == "of") or (after in ("his", "her", "their") and rest[:1] in ("", ",", "."))


def _single_word_place(text: str, start: int, end: int, known: list[tuple[int, int]]) -> PlayerKind | None:
    """ "in Lisburn, Northern Ireland": an unknown word followed by a known place is a place."""
    after = text[end:end + 2]
    if after.startswith(", ") and any(s == end + 2 for s, _ in known):
        return "place"
    return None
