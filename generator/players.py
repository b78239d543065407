"""Key players: the people, countries, places and organisations an article names, aliases merged.

No downloaded model: known names come from the gazetteer (pycountry plus ``data/gazetteer.yml``),
other names from runs of capitalised words, read with the titles and honorifics around them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from itertools import accumulate, compress
from operator import not_
from typing import NamedTuple

from .gazetteer import DEMONYM, Entry, Gazetteer, gazetteer
from .models import Article, Player, PlayerKind, Sentence
from .name_words import (
    ABBREVIATIONS,
    COMPANY_SUFFIXES,
    COMPASS,
    CONNECTORS,
    DATE_WORDS,
    DESCRIPTION_WORDS,
    FUNCTION_WORDS,
    GIVEN_NAME_COUNTRIES,
    HONORIFICS,
    NAME_BREAKS,
    NAME_LINKS,
    NOT_A_SURNAME,
    NOT_NAME_ENDINGS,
    NOT_ORG_ACRONYMS,
    NOT_PLAYER_HEADS,
    ORG_HEADS,
    PLACE_HEADS,
    POSSESSIVE_NAME_STARTS,
    REGION_WORDS,
    ROLE_NOUNS,
    SPEECH,
    SPEECH_BEFORE,
)


@dataclass(frozen=True)
class Mention:
    """One place where a sentence names a player (or a demonym of a country)."""

    sentence: str
    start: int
    end: int
    name: str
    """Canonical name of the player."""


@dataclass(frozen=True)
class Cast:
    """The players of one article and where each is named."""

    players: tuple[Player, ...]
    mentions: tuple[Mention, ...]

    def in_sentence(self, sentence_id: str) -> list[Mention]:
        """Mentions in one sentence, left to right."""
        return [m for m in self.mentions if m.sentence == sentence_id]

    def get(self, name: str) -> Player | None:
        return next((p for p in self.players if p.name == name), None)


# A word: initials ("U.S.", a letter and a full stop, twice or more), abbreviations with a dot, or
# letters with inner apostrophes/hyphens. Both branches start with \w, so that the re module scans
# quickly for where a word can start; the group makes ``split`` keep the words.
_TOKEN_SPLIT = re.compile(r"(\w(?:(?<=[^\W\d_])\.(?:[^\W\d_]\.)+|\w*(?:['’]\w+)*(?:-\w+)*\.?))")
_POSSESSIVE = re.compile(r"['’]s?$|['’]s(?=\.$)")
_INITIALS = re.compile(r"(?:\w\.)+")
_ACRONYM = re.compile(r"[A-Z]{3,6}")
_PLURAL_ACRONYM = re.compile(r"[A-Z]+s")
_ACRONYM_AFTER = re.compile(r" \(([A-Z]{2,6})\)")
_NEXT_WORD = re.compile(r" ([A-Z][a-z]+)\b")


class _Words(NamedTuple):
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
class _Candidate:
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


def find_players(article: Article) -> Cast:
    """The article's players, most mentioned first, and every mention of them."""
    gaz = gazetteer()
    sentences = article.sentences
    # Tokenised once: both passes below need every sentence's words, and tokenising is costly.
    tokens = {sentence.id: _tokens(sentence.text) for sentence in sentences}
    capitalised_inside = _capitalised_inside(tokens.values())
    known: list[tuple[str, int, int, Entry, str]] = []
    candidates: list[_Candidate] = []
    spelled: dict[str, str] = {}
    for sentence in sentences:
        spans = [
            (m.start(), m.end()) for m in gaz.pattern.finditer(sentence.text)
            if not _first_name(sentence.text, m.start(), m.end(), gaz)
        ]
        for start, end in spans:
            form = sentence.text[start:end]
            known.append((sentence.id, start, end, gaz.entries[form], form))
        # "Christian Social Union", "Russian President Vladimir Putin", "Texas Instruments": an adjective
        # or a US state can start a name.
        names = [
            (s, e) for s, e in spans
            if not ((entry := gaz.entries[sentence.text[s:e]]).kind == DEMONYM or entry.starts_names)
        ]
        found = _runs(sentence, tokens[sentence.id], names, spans, capitalised_inside)
        if " (" in sentence.text:
            found = _spelled_out(sentence, tokens[sentence.id], found, spelled, gaz)
        candidates += found

    lower_case = {w.lower() for words in tokens.values() for w in compress(words.text, map(not_, words.capitalised))}
    # "GET OUT and VOTE": a word in capitals that the article also writes in lower case is shouted, not an acronym.
    candidates = [c for c in candidates if not (c.name.isalpha() and c.name.isupper() and c.name.lower() in lower_case)]
    if spelled:  # "Federation of Small Businesses" before "(FSB)" was spelled out is FSB too
        acronyms = {full: acronym for acronym, full in spelled.items()}
        candidates = [
            replace(c, name=acronyms[c.name], kind="organization") if c.name in acronyms else c for c in candidates
        ]
    # "Pennsylvania State University" names a university, not Pennsylvania.
    named = {(c.sentence, c.start, c.end) for c in candidates if c.kind == "organization"}
    known = [
        k for k in known
        if not k[3].starts_names or not any(s == k[0] and a <= k[1] and k[2] <= b for s, a, b in named)
    ]
    persons = _merge_people(candidates)
    mentions: list[Mention] = []
    kinds: dict[str, PlayerKind] = {}
    descriptions: dict[str, str] = {}
    countries: dict[str, str] = {}
    forms: dict[str, list[str]] = {}
    for sentence_id, start, end, entry, form in known:
        name = entry.country if entry.kind == DEMONYM and entry.country else entry.name
        mentions.append(Mention(sentence_id, start, end, name))
        if entry.kind != DEMONYM:
            kinds[name] = entry.kind  # type: ignore[assignment]
            forms.setdefault(name, []).append(form)
            if entry.country:
                countries.setdefault(name, entry.country)
    evidence = {persons.get(c.name, c.name) for c in candidates if c.kind is None and c.evidence}
    # "Adolf Hitler" named again as "Hitler": the article treats the fuller name as a person's, if its
    # first word reads as a name too ("Political Islam", "Firing Rosenstein" at a sentence's start do not).
    evidence |= {
        full for short, full in persons.items()
        if " " not in short and full.endswith(f" {short}") and not short.isupper()
        and _given_name(full.split()[0], lower_case)
    }
    # "Facebook" after "Facebook Inc": the company without its suffix.
    companies = {
        c.name.rsplit(" ", 1)[0]: c.name for c in candidates
        if c.kind == "organization" and c.name.rsplit(" ", 1)[-1] in COMPANY_SUFFIXES
    }
    for candidate in candidates:
        name = persons.get(candidate.name, candidate.name) if candidate.kind is None else candidate.name
        if candidate.kind is None and name in companies:
            name, candidate = companies[name], replace(candidate, kind="organization")
        kind = candidate.kind or ("person" if name in evidence else None)
        if kind is None:
            continue
        kinds.setdefault(name, kind)
        mentions.append(Mention(candidate.sentence, candidate.start, candidate.end, name))
        forms.setdefault(name, []).append(candidate.name)
        if candidate.description and name not in descriptions:
            descriptions[name] = candidate.description
        if candidate.country:
            countries.setdefault(name, candidate.country)
    for acronym, full in spelled.items():
        forms.setdefault(acronym, []).append(full)
    mentions.sort(key=lambda m: (_order(sentences, m.sentence), m.start))
    # The outlet that published the article reports it; it is not a player in it.
    outlet = (article.source or "").casefold()
    mentions = [m for m in mentions if m.name.casefold() != outlet]
    # A country named only by its adjective ("British officials") is not a player of its own.
    mentions = [m for m in mentions if m.name in kinds]
    counts = Counter(m.name for m in mentions)
    first = {m.name: i for i, m in reversed(list(enumerate(mentions)))}
    sentence_ids: dict[str, dict[str, None]] = {}
    for m in mentions:
        sentence_ids.setdefault(m.name, {})[m.sentence] = None
    players = []
    for name in sorted(counts, key=lambda n: (-counts[n], first[n])):
        ids = tuple(sentence_ids[name])
        aliases = tuple(f for f in dict.fromkeys(forms.get(name, [])) if f != name)
        players.append(
            Player(name, kinds[name], descriptions.get(name), counts[name], ids, aliases, countries.get(name))
        )
    return Cast(tuple(players), tuple(mentions))


def _spelled_out(
    sentence: Sentence, words: _Words, candidates: list[_Candidate], spelled: dict[str, str], gaz: Gazetteer
) -> list[_Candidate]:
    """An organisation's full name before its acronym in brackets is one mention of it, not several players.

    "the International Commission Against Impunity in Guatemala (CICIG)": the capitalised words
    and the small words that link them, read back from the bracket, are CICIG's full name.
    """
    text = sentence.text
    texts, starts, ends, capitalised = words
    for match in _ACRONYM_AFTER.finditer(text):
        last = bisect_left(starts, match.start()) - 1
        if last < 0 or ends[last] != match.start():
            continue
        first = last
        while first > 0 and (capitalised[first - 1] or texts[first - 1] in NAME_LINKS) and (
            not text[ends[first - 1]:starts[first]].strip()
        ):
            first -= 1
        while first < last and texts[first].lower() in FUNCTION_WORDS:
            first += 1
        lowered = {w.lower() for w in texts[first:last + 1]}
        if last - first < 1 or lowered.isdisjoint(ORG_HEADS):
            continue  # not an organisation's name: "John Smith (JS)"
        start, end = starts[first], ends[last]
        inside = [c for c in candidates if start <= c.start and c.end <= end]
        if not inside:
            continue  # the full name is in the gazetteer already
        acronym = match.group(1)
        entry = gaz.entries.get(acronym)
        name = entry.name if entry else acronym
        kind: PlayerKind = entry.kind if entry and entry.kind != DEMONYM else "organization"  # type: ignore[assignment]
        spelled.setdefault(name, text[start:end])
        candidates = [c for c in candidates if c not in inside]
        candidates.append(_Candidate(sentence.id, start, end, name, kind, None, None, None, True))
    return candidates


def _titled_work(text: str, start: int, end: int) -> bool:
    """A name that is all of a quotation is a film's, a show's or a book's: “The Marvelous Mrs Maisel”."""
    return text[start - 1:start] in ("“", '"') and text[end:end + 1] in ("”", '"')


def _given_name(word: str, lower_case: set[str]) -> bool:
    """Whether a capitalised word can be a first name: not a word the article also writes in lower case."""
    lowered = word.lower()
    return lowered not in lower_case and "-" not in word and not lowered.endswith(NOT_NAME_ENDINGS)


def _first_name(text: str, start: int, end: int, gaz: Gazetteer) -> bool:
    """A country that is also a given name, followed by a surname: "Jordan Rodas", "Chad Wolf"."""
    if text[start:end] not in GIVEN_NAME_COUNTRIES:
        return False
    follower = _NEXT_WORD.match(text, end)
    if follower is None:
        return False
    word = follower.group(1)
    lowered = word.lower()
    return lowered not in NOT_A_SURNAME and lowered.removesuffix("s") not in NOT_A_SURNAME and (
        word not in gaz.entries
    )


def main_players(players: tuple[Player, ...], limit: int = 5) -> tuple[Player, ...]:
    """The players an explainer is tagged with: people and countries named at least twice first."""
    ranked = sorted(
        (p for p in players if p.mentions >= 2),
        key=lambda p: (p.kind not in ("person", "country", "organization"), -p.mentions),
    )
    return tuple(ranked[:limit])


def _order(sentences: tuple[Sentence, ...], sentence_id: str) -> int:
    return int(sentence_id[1:]) if sentence_id[1:].isdigit() else 0


def _tokens(text: str) -> _Words:
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
    capitalised = [word[:1].isupper() for word in words]
    if "-" in text:
        capitalised = [c or _is_capitalised(w) for c, w in zip(capitalised, words, strict=True)]
    return _Words(words, starts, ends, capitalised)


def _is_capitalised(word: str) -> bool:
    if word[:1].isupper():
        return True
    if "-" not in word:
        return False
    # "al-Assad", "bin-Salman": a lower-case particle joined to a capitalised name.
    head, _, rest = word.partition("-")
    return head in CONNECTORS and rest[:1].isupper()


def _capitalised_inside(sentences: Iterable[_Words]) -> frozenset[str]:
    """Words written with a capital somewhere other than at the start of a sentence."""
    seen: set[str] = set()
    for words in sentences:
        seen.update(compress(words.text[1:], words.capitalised[1:]))
    return frozenset(seen)


def _inside(words: _Words, spans: list[tuple[int, int]]) -> list[bool]:
    """For each word, whether it starts inside one of ``spans``."""
    flags = [False] * len(words.start)
    for s, e in spans:
        first, last = bisect_left(words.start, s), bisect_left(words.start, e)
        flags[first:last] = [True] * (last - first)
    return flags


def _runs(
    sentence: Sentence,
    words: _Words,
    names: list[tuple[int, int]],
    known: list[tuple[int, int]],
    capitalised_inside: frozenset[str],
) -> list[_Candidate]:
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
        return texts[a] in POSSESSIVE_NAME_STARTS and gap in ("’s ", "'s ")

    candidates: list[_Candidate] = []
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
        # "Federation of Small Businesses", "Department of Justice": an organisation named with "of".
        if (
            j + 1 < count and texts[j] == "of" and texts[j - 1].lower() in ORG_HEADS and capitalised[j + 1]
            and not in_name[j + 1] and joined(j - 1, j) and joined(j, j + 1)
        ):
            j += 2
            while j < count and capitalised[j] and not in_name[j] and joined(j - 1, j) and (
                texts[j].lower() not in NAME_BREAKS
            ):
                j += 1
        if j == i + 1 and _not_a_name(texts[i], i, capitalised_inside, gaz.titles):
            continue  # most runs: "The", "He", "But" (what _read_run would strip first, quicker)
        candidate = _read_run(sentence, words, i, j, in_known, capitalised_inside, gaz, known)
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
    words: _Words,
    i: int,
    j: int,
    in_known: list[bool],
    capitalised_inside: frozenset[str],
    gaz: Gazetteer,
    known: list[tuple[int, int]],
) -> _Candidate | None:
    texts, starts, ends, _ = words
    if _titled_work(sentence.text, starts[i], ends[j - 1]) or sentence.text[starts[i] - 1:starts[i]] in ("@", "#"):
        return None  # “The Marvelous Mrs Maisel”, "@MattBevin", "#MeToo": a show, a handle, a hashtag
    titles = gaz.titles
    a = i
    while a < j and _not_a_name(texts[a], a, capitalised_inside, titles, alone=j - a == 1):
        a += 1
    run = texts[a:j]
    # Everything up to the last title is what the person is: "Industry Secretary", "Conservative MP".
    prefix: list[str] = []
    title_words: list[str] = []
    lead: list[str] = []
    if a >= 2 and texts[a - 1] in ("of", "for"):  # "of" ended a run inside "Secretary of State Mike Pompeo"
        lead = texts[a - 2:a]
        sizes = [n for n in (3, 2, 1) if n < len(run) and " ".join(lead + run[:n]) in titles]
        if sizes:
            prefix = run[:sizes[0]]
            title_words = lead + prefix
        elif texts[a - 2] in titles and len(run) <= 3:
            return None  # "Minister for Defence Procurement": the title's portfolio, not a name
        else:
            lead = []
    # "Family Justice Division", "Department of Justice": an organisation's name holds no title.
    organisation = "of" in run or (bool(run) and run[-1].lower() in ORG_HEADS)
    k = len(prefix) if prefix or (not organisation and not gaz.title_heads.isdisjoint(run)) else len(run)
    while k < len(run):
        match = _title_at(run, k, titles)
        if match:
            prefix += run[len(prefix):k]
            title_words = run[k:k + match]
            prefix += title_words
            k += match
        else:
            k += 1
    a += len(prefix)
    prefix = lead + prefix
    if a >= j:
        return None
    if all(in_known[a:j]):
        return None  # "South Korean" is an adjective of a country, not a place
    run = texts[a:j]
    lowered = [w.lower().rstrip(".") for w in run]
    if not DATE_WORDS.isdisjoint(lowered) or lowered[-1] in NOT_PLAYER_HEADS or lowered[-1] in ROLE_NOUNS:
        return None
    of_name = "of" in lowered[1:-1] and lowered[lowered.index("of") - 1] in ORG_HEADS
    if not FUNCTION_WORDS.isdisjoint(w for w in lowered if not (of_name and w == "of")) or len(run) > 4 + of_name:
        return None
    last = gaz.entries.get(run[-1])
    if last is not None and last.kind == DEMONYM and COMPASS.issuperset(lowered[:-1]):
        return None  # "East Asian", "Central American": an adjective of a region, not a place
    start, end = starts[a], ends[j - 1]
    name = sentence.text[start:end] if not POSSESSIVE_NAME_STARTS.isdisjoint(run[:-1]) else " ".join(run)
    kind: PlayerKind | None = None
    if len(run) > 1 and (lowered[-1] in ORG_HEADS or of_name):
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
    description = None
    evidence = bool(prefix)
    if kind is None:
        role = _description(sentence.text, words, i, prefix, in_known)
        # "Vietnamese Doan Thi Huong": the adjective says what the person is; it is not their name.
        adjectives = 0
        while j - a > 1 and in_known[a]:
            prefix.append(texts[a])
            a += 1
            adjectives += 1
        name, start = " ".join(texts[a:j]), starts[a]
        description = _description(sentence.text, words, i, prefix, in_known) if adjectives else role
        # "Blair said" is a person; "Figures said" is not: one word needs a title or a fuller name.
        speaks = j - a > 1 and _speaks(sentence.text, words, i, j)
        evidence = evidence or role is not None or speaks
    title = " ".join(title_words) or None
    return _Candidate(sentence.id, start, end, name, kind, title, description, _country_of(description), evidence)


def _shouting(text: str, start: int, end: int) -> bool:
    """Capitals inside parentheses, or next to other words in capitals."""
    before, after = text[:start].rstrip(), text[end:].lstrip()
    if before.endswith("("):
        return True
    neighbours = [*re.findall(r"[\w.]+$", before)[-1:], *re.findall(r"^[\w.]+", after)[:1]]
    return any(len(w) > 1 and w.isupper() for w in neighbours)


def _title_at(run: list[str], k: int, titles: frozenset[str]) -> int:
    """How many words of a title start at ``run[k]`` (0 when none does)."""
    for size in (3, 2, 1):
        if k + size <= len(run) and " ".join(run[k:k + size]) in titles:
            return size
    return 0


def _speaks(text: str, words: _Words, i: int, j: int) -> bool:
    """Said, told, who...: what the article does with people and not with things."""
    texts = words.text
    after = texts[j].lower() if j < len(texts) else ""
    before = texts[i - 1].lower() if i > 0 else ""
    gap = text[words.end[j - 1]:words.start[j]] if j < len(texts) else ""
    # "Smith said", "said Smith", "the official, Smith, said", "solicitor Smith, said"; not "a
    # lawyer at Firm Y, said" nor "told Business Insider".
    appositive = gap.strip() == "," and (text[:words.start[i]].rstrip().endswith(",") or before in ROLE_NOUNS)
    if (after in SPEECH and (not gap.strip() or appositive)) or before in SPEECH_BEFORE:
        return True
    return gap.strip() == "," and after in {"who", "whose"}


def _single_word_place(text: str, start: int, end: int, known: list[tuple[int, int]]) -> PlayerKind | None:
    """ "in Lisburn, Northern Ireland": an unknown word followed by a known place is a place."""
    after = text[end:end + 2]
    if after.startswith(", ") and any(s == end + 2 for s, _ in known):
        return "place"
    return None


def _description(text: str, words: _Words, i: int, prefix: list[str], in_known: list[bool]) -> str | None:
    """What the article calls a person just before the name: "Russian President", "Germany's economy minister"."""
    texts, starts, ends, _ = words
    k = i - 1
    if k >= 0 and texts[k].lower() in {"named", "called"}:
        k -= 1
    role_noun = k >= 0 and texts[k].lower() in ROLE_NOUNS
    first = None
    if prefix or role_noun:
        j = k
        while j >= 0 and k - j < 5:
            if j < k and text[ends[j]:starts[j + 1]].strip() not in ("", "'s", "’s"):
                break  # punctuation ends the description
            low = texts[j].lower()
            # After a role noun, its lower-case modifiers belong to it: "European Union trade chief".
            modifier = role_noun and texts[j].islower() and low not in FUNCTION_WORDS and low not in SPEECH
            if low in ROLE_NOUNS or low in DESCRIPTION_WORDS or in_known[j] or modifier:
                first = j
                j -= 1
            else:
                break
    before = text[starts[first]:ends[k]] if first is not None else ""
    description = " ".join([before, *(w for w in prefix if w not in HONORIFICS)]).strip()
    return description or None


def _country_of(description: str | None) -> str | None:
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


_GENERATIONS = frozenset(["Jr", "Sr", "Junior", "Senior", "II", "III", "IV"])
"""Words after a name that make it another person's: the son, the father."""


def _merge_people(candidates: list[_Candidate]) -> dict[str, str]:
    """Each short form of a name to the fullest: "Putin" and "President Putin" to "Vladimir Putin"."""
    names = Counter(c.name for c in candidates if c.kind is None)
    evidence = {c.name for c in candidates if c.kind is None and c.evidence}
    # Longest first; of names as long, the one with a title or a "said", then the most named:
    # "Rosenstein" is "Rod Rosenstein" (a deputy attorney general), not "Firing Rosenstein".
    full = sorted(
        ((n, n.split()) for n in names if " " in n), key=lambda np: (-len(np[1]), np[0] not in evidence, -names[np[0]])
    )
    merged: dict[str, str] = {}
    for name in names:
        words = name.split()
        for longer, parts in full:
            if len(parts) <= len(words):
                break  # and so are all after it, longest first
            if (
                parts[-len(words):] == words
                or (len(words) == 1 and parts[0] == words[0])
                # "Carrie Lam" is "Carrie Lam Cheng Yuet-ngor"; "Donald Trump" is not "Donald Trump Jr".
                or (len(words) > 1 and parts[:len(words)] == words and parts[-1].rstrip(".") not in _GENERATIONS)
            ):
                merged[name] = longer
                break
    # "Lam" went to "Carrie Lam", which went on to "Carrie Lam Cheng Yuet-ngor".
    for name, longer in merged.items():
        while longer in merged:
            longer = merged[longer]
        merged[name] = longer
    return merged
