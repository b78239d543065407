"""Key players: the people, countries, places and organisations an article names, aliases merged.

No downloaded model: known names come from the gazetteer (pycountry plus ``data/gazetteer.yml``),
other names from runs of capitalised words, read with the titles and honorifics around them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, replace
from itertools import chain, compress
from operator import not_

from .gazetteer import DEMONYM, Entry, Gazetteer, gazetteer
from .models import Article, Player, PlayerKind, Sentence
from .name_runs import Candidate, Words, capitalised_mid_sentence, read_runs, sentence_words
from .name_words import (
    COMPANY_SUFFIXES,
    FUNCTION_WORDS,
    GIVEN_NAME_COUNTRIES,
    NAME_LINKS,
    NOT_A_SURNAME,
    NOT_NAME_ENDINGS,
    NUMBER_WORDS,
    ORG_HEADS,
)
from .shared_names import qualified_names


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


_ACRONYM_AFTER = re.compile(r" \(([A-Z]{2,6})\)")
# "Francis “Cadillac Frank” Salemme", "Marion "Suge" Knight": a nickname in quotes inside a person's name
# (after a capitalised word, which ``_without_nickname`` checks: a pattern that starts at the quote is quicker).
_NICKNAME = re.compile(r"(?<=[a-z] )[“\"][A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}[”\"](?= [A-Z][a-z])")
_NEXT_WORD = re.compile(r" ([A-Z][a-z]+)\b")


def find_players(article: Article) -> Cast:
    """The article's players, most mentioned first, and every mention of them."""
    gaz = gazetteer()
    # Names are read with nicknames blanked out, so "Francis Salemme" is one run; offsets stay the text's.
    sentences = tuple(map(_without_nickname, article.sentences))
    # Tokenised once: both passes below need every sentence's words, and tokenising is costly.
    tokens = {sentence.id: sentence_words(sentence.text) for sentence in sentences}
    capitalised_inside = capitalised_mid_sentence(tokens.values())
    known: list[tuple[str, int, int, Entry, str]] = []
    candidates: list[Candidate] = []
    spelled: dict[str, str] = {}
    shared_forms = gaz.shared_forms
    for sentence in sentences:
        spans = [
            (m.start(), m.end()) for m in gaz.pattern.finditer(sentence.text)
            if not _first_name(sentence.text, m.start(), m.end(), gaz)
        ]
        shared = False
        for start, end in spans:
            form = sentence.text[start:end]
            known.append((sentence.id, start, end, gaz.entries[form], form))
            if form in shared_forms:
                shared = True
        # "Sweden Democrats", "Brazilian Congress": another country's party or institution, not the known one
        # (looked for only in the few sentences that name a shared name at all).
        others = qualified_names(sentence.text, tokens[sentence.id], spans, gaz, capitalised_inside) if shared else []
        if others:  # the shared name is not the known one; "Sweden" in "Sweden Democrats" still names Sweden
            inside = {
                (s, e) for s, e in spans
                if sentence.text[s:e] in shared_forms and any(a <= s and e <= b for a, b in others)
            }
            this = len(known) - len(spans)  # this sentence's known names are the last ones
            known[this:] = [k for k in known[this:] if (k[1], k[2]) not in inside]
            spans = [span for span in spans if span not in inside]
        # "Christian Social Union", "Russian President Vladimir Putin", "Texas Instruments", "New York
        # Times": an adjective, a US state or a city can start a name.
        names = [
            (s, e) for s, e in spans
            if not ((entry := gaz.entries[sentence.text[s:e]]).kind == DEMONYM or entry.starts_names)
        ]
        if others:  # their words are read as a known name's are: no run of capitalised words takes them
            names, spans = names + others, spans + others
        found = read_runs(sentence, tokens[sentence.id], names, spans, capitalised_inside)
        if others:
            found += [
                Candidate(sentence.id, s, e, sentence.text[s:e], "organization", None, None, None, False)
                for s, e in others
            ]
        if " (" in sentence.text:
            found = _spelled_out(sentence, tokens[sentence.id], found, spelled, gaz)
        candidates += found

    lower_case = set(map(str.lower, chain.from_iterable(
        compress(words.text, map(not_, words.capitalised)) for words in tokens.values()
    )))
    # "GET OUT and VOTE": a word in capitals that the article also writes in lower case is shouted, not an acronym.
    candidates = [c for c in candidates if not (c.name.isalpha() and c.name.isupper() and c.name.lower() in lower_case)]
    if spelled:  # "Federation of Small Businesses" before "(FSB)" was spelled out is FSB too
        acronyms = {full: acronym for acronym, full in spelled.items()}
        candidates = [
            replace(c, name=acronyms[c.name], kind="organization") if c.name in acronyms else c for c in candidates
        ]
    # "Pennsylvania State University" names a university, not Pennsylvania; "New York Times", not New York;
    # "Federal Reserve Bank of New York" a bank, not the Federal Reserve.
    named = {(c.sentence, c.start, c.end) for c in candidates if c.kind == "organization"}
    every = known
    known = [
        k for k in known
        if not (k[3].starts_names or k[3].kind == "organization")
        or not any(s == k[0] and a <= k[1] and k[2] <= b for s, a, b in named)
    ]
    known, local = _local_shared_names(known, every, candidates, gaz)
    candidates += local
    # "to kill Khashoggi, U.S. media said": a word before a place is no place when it is someone's surname.
    surnames = {c.name.rsplit(" ", 1)[-1] for c in candidates if c.kind is None and " " in c.name}
    candidates = [replace(c, kind=None) if c.kind == "place" and c.name in surnames else c for c in candidates]
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
    companies = _companies(candidates)
    evidence = _people(candidates, persons, lower_case, companies)
    organisations = _merge_organisations(candidates)
    named_organisations = {c.name for c in candidates if c.kind == "organization"}
    for candidate in candidates:
        name = candidate.name
        if candidate.kind is None and name not in companies:  # "Apple" after "Apple Inc", not "Apple HomePod"
            name = persons.get(name, name)
        name = organisations.get(name, name)
        if candidate.kind in (None, "organization") and name in companies:  # "AT&T" after "AT&T Inc" too
            name, candidate = companies[name], replace(candidate, kind="organization")
        # A name read once as an organisation's ("a group known as Meibion Glyndwr") is one everywhere.
        kind = candidate.kind or (
            "organization" if name in named_organisations else "person" if name in evidence else None
        )
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


def _people(
    candidates: list[Candidate], persons: dict[str, str], lower_case: set[str], companies: dict[str, str]
) -> set[str]:
    """The names the article treats as people's: a title, a "said", or a shorter form of the name reused.

    "Adolf Hitler" named again as "Hitler": the fuller name is a person's, if its first word reads
    as a name too ("Political Islam", "Firing Rosenstein" at a sentence's start do not).
    "Altantuya Shaariibu" named again as "Altantuya" (a given name, or a family name written first):
    a name of two words, both of which read as names ("Guildford Four" is a group, "Guildford" a town).
    A company's short name reused is the company's ("Apple" after "Apple Inc"), not "Apple HomePod"'s.
    """
    evidence = {persons.get(c.name, c.name) for c in candidates if c.kind is None and c.evidence}
    for short, full in persons.items():
        if " " in short or short.isupper() or short in companies or not _given_name(full.split()[0], lower_case):
            continue
        first_word = full.startswith(f"{short} ") and full.count(" ") == 1 and (
            _given_name(full.split()[1], lower_case) and full.split()[1].lower() not in NUMBER_WORDS
        )
        if full.endswith(f" {short}") or first_word:
            evidence.add(full)
    return evidence


def _companies(candidates: list[Candidate]) -> dict[str, str]:
    """ "Facebook" after "Facebook Inc", "Goldman Sachs" after "Goldman Sachs Group Inc": the company
    without its suffixes, to its full name."""
    companies: dict[str, str] = {}
    for c in candidates:
        if c.kind == "organization":
            short = c.name
            while " " in short and short.rsplit(" ", 1)[-1] in COMPANY_SUFFIXES:
                short = short.rsplit(" ", 1)[0].removesuffix(" &")  # "John Deere & Co"
                companies.setdefault(short, c.name)
    return companies


def _spelled_out(
    sentence: Sentence, words: Words, candidates: list[Candidate], spelled: dict[str, str], gaz: Gazetteer
) -> list[Candidate]:
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
        candidates.append(Candidate(sentence.id, start, end, name, kind, None, None, None, True))
    return candidates


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


_DEPARTMENT_HEADS = "Department|Ministry|Office|Bureau|Agency"
_DEPARTMENT = re.compile(rf"(?P<head>{_DEPARTMENT_HEADS}) of (?P<of>.+)|(?P<by>.+) (?P<tail>{_DEPARTMENT_HEADS})")
_SMALL_WORDS = frozenset(["of", "and", "for", "the", "on", "in"])


def _local_shared_names(
    known: list[tuple[str, int, int, Entry, str]],
    every: list[tuple[str, int, int, Entry, str]],
    candidates: list[Candidate],
    gaz: Gazetteer,
) -> tuple[list[tuple[str, int, int, Entry, str]], list[Candidate]]:
    """A shared name said alone is the known one only in an article that names its country, or none.

    "Congress" in a story about Peru, "the Conservatives" in one about Colombia, the "Senate" of the
    Philippines: the country's own, not the US's or the UK's. Such a name is the one organisation the
    article qualified with it ("Peru's Congress"), else itself with the country the article names
    most: "Congress (Peru)". ``every``: all the known names, those inside longer names too
    ("Pennsylvania State University" names the US). Returns the known names left, and the
    candidates the others became.
    """
    if not any(entry.name in gaz.shared for _, _, _, entry, _ in known):
        return known, []
    countries: Counter[str | None] = Counter()
    for _, _, _, entry, form in every:
        if entry.name not in gaz.shared:
            countries[entry.country_named] += 1
        elif any(
            word in gaz.entries and gaz.entries[word].country_named == gaz.shared[entry.name].country
            for word in form.split()
        ):
            countries[gaz.shared[entry.name].country] += 1  # "U.S. Senate", "Chinese Communist Party"
    countries.pop(None, None)
    local = [
        k for k in known
        if k[3].name in gaz.shared and gaz.shared[k[3].name].country not in countries
    ]
    if not local or not countries:
        return known, []
    country, times = countries.most_common(1)[0]
    if times < 2:  # "the Paris talks" once do not make "Congress" France's
        return known, []
    names = {}
    for form, name in {(k[4], k[3].name) for k in local}:
        qualified = {c.name for c in candidates if c.kind == "organization" and c.name.endswith(" " + form)}
        names[form] = min(qualified) if len(qualified) == 1 else f"{name} ({country})"  # "Labour party": "Labour"
    return [k for k in known if k not in local], [
        Candidate(sentence, start, end, names[form], "organization", None, None, None, False)
        for sentence, start, end, _, form in local
    ]


def _merge_organisations(candidates: list[Candidate]) -> dict[str, str]:
    """Other names of one organisation to its full one: "Justice Department" and "DOJ" to "Department of Justice".

    A department (ministry, office, bureau, agency) is named either way round; an acronym stands
    for a name the article spells out when it is made of that name's initials, small words or not;
    a name said once after a known one is that name again said short: "Task Force" after "China Task
    Force", "Foreign Relations Committee" after "Senate Foreign Relations Committee".
    """
    names = list(dict.fromkeys(c.name for c in candidates if c.kind == "organization"))
    merged: dict[str, str] = {}
    entries, present = gazetteer().entries, set(names)
    for longer in names:
        if longer.count(" ") < 2:
            continue  # "Task Force" is said short only after a name of three words or more
        words = longer.split(" ")
        for size in range(1, len(words) - 1):
            short = " ".join(words[size:])
            if short in present and " ".join(words[:size]) in entries:
                merged.setdefault(short, longer)
    full_forms: dict[tuple[str, str], str] = {}
    for name in names:
        match = _DEPARTMENT.fullmatch(name)
        if match and match.group("head"):
            full_forms.setdefault((match.group("head"), match.group("of")), name)
    for name in names:
        match = _DEPARTMENT.fullmatch(name)
        if match and match.group("tail"):
            full = full_forms.get((match.group("tail"), match.group("by")))
            if full:
                merged[name] = full
    # "Social Democrats" and "Social Democratic Party": a party named by its members is the party, whether
    # or not the members' name was read as an organisation's.
    for name in {c.name for c in candidates if c.name[-1:] == "s"}:
        head, _, members = name.rpartition(" ")
        if members[:1].isupper():
            for adjective in (members[:-1], f"{members[:-1]}ic"):  # "Liberals", "Democrats"
                full = f"{head} {adjective} Party".lstrip()
                if full in present:
                    merged.setdefault(name, full)
    initials: dict[str, str] = {}
    for name in names:
        words = name.split()
        if len(words) > 1:
            initials.setdefault("".join(w[0] for w in words).upper(), name)
            initials.setdefault("".join(w[0] for w in words if w not in _SMALL_WORDS).upper(), name)
    for name in names:
        full = initials.get(name)
        if name.isupper() and full and full != name:
            merged[name] = merged.get(full, full)
    return merged


_GENERATIONS = frozenset(["Jr", "Sr", "Junior", "Senior", "II", "III", "IV"])
"""Words after a name that make it another person's: the son, the father."""


def _abridged(words: list[str], parts: list[str]) -> bool:
    """ "Raymond Burke" of "Raymond Leo Burke", "Justine Damond" of "Justine Ruszczyk Damond": the same first and
    last word, and nothing that the fuller name lacks."""
    if len(words) < 2 or words[0] != parts[0] or words[-1] != parts[-1]:
        return False
    rest = iter(parts[1:-1])
    return all(word in rest for word in words[1:-1])  # in order: ``in`` consumes the iterator


def _one_letter_apart(word: str, other: str) -> bool:
    """ "Cristhian" and "Christhian": one word (five letters or more) is the other with a letter left out."""
    shorter, longer = sorted((word, other), key=len)
    if len(shorter) < 5 or len(longer) != len(shorter) + 1:
        return False
    return any(longer[:k] + longer[k + 1:] == shorter for k in range(len(longer)))


def _without_nickname(sentence: Sentence) -> Sentence:
    text = sentence.text
    if "“" not in text and '"' not in text:
        return sentence
    blanked = text
    for match in _NICKNAME.finditer(text):
        start, end = match.span()
        if text[text.rfind(" ", 0, start - 1) + 1].isupper():
            blanked = blanked[:start] + " " * (end - start) + blanked[end:]
    return sentence if blanked is text else replace(sentence, text=blanked)


def _merge_people(candidates: list[Candidate]) -> dict[str, str]:
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
                or _abridged(words, parts)  # "Raymond Burke" is "Raymond Leo Burke"
            ):
                merged[name] = longer
                break
    # "Abdel-Fattah al-Sisi" is "Abdel Fattah al-Sisi": one name, hyphenated or not, goes to its spelling in
    # most words (then the most named), so it merges as the longer names above do and never back.
    # "Chrisopher Watts" is "Christopher Watts": a first name misspelt by a letter left out goes to the spelling
    # named most (in the order above, so never back).
    spellings: dict[str, str] = {}
    given: dict[str, list[str]] = {}  # the words after the first -> the first words before them, in this order
    variable = [n for n in names if " " in n or "-" in n]  # a single plain word has no other spelling here
    for name in sorted(variable, key=lambda n: (-n.count(" "), -names[n], n)):
        spelling = spellings.setdefault(name.replace("-", " "), name)
        first, _, rest = name.partition(" ")
        earlier = given.setdefault(rest, [])
        if spelling != name and name not in merged:
            merged[name] = spelling
        elif rest and name not in merged:
            typo = next((other for other in earlier if _one_letter_apart(first, other)), None)
            if typo is not None:
                merged[name] = f"{typo} {rest}"
        earlier.append(first)
    # "Lam" went to "Carrie Lam", which went on to "Carrie Lam Cheng Yuet-ngor".
    for name, longer in merged.items():
        while longer in merged:
            longer = merged[longer]
        merged[name] = longer
    return merged
