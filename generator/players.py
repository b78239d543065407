"""Key players: the people, countries, places and organisations an article names, aliases merged.

No downloaded model: known names come from the gazetteer (pycountry plus ``data/gazetteer.yml``),
other names from runs of capitalised words, read with the titles and honorifics around them.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .gazetteer import DEMONYM, Entry, gazetteer
from .models import Article, Player, PlayerKind, Sentence


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


# A word: initials ("U.S."), abbreviations with a dot, or letters with inner apostrophes/hyphens.
_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|[\w]+(?:['’][\w]+)*(?:-[\w]+)*\.?")
_POSSESSIVE = re.compile(r"['’]s?$|['’]s(?=\.$)")
_ABBREVIATIONS = {
    "Mr.", "Mrs.", "Ms.", "Dr.", "Sen.", "Rep.", "Gen.", "Col.", "Prof.", "Rev.", "St.", "Jr.", "Sr.", "Lt."
}
_CONNECTORS = {"de", "da", "do", "dos", "van", "von", "der", "den", "bin", "ibn", "al", "el", "la", "le", "du", "di"}

# Capitalised words that start sentences or headlines, never a name on their own.
_FUNCTION_WORDS = frozenset(
    [
        "a", "an", "the", "this", "that", "these", "those", "there", "here", "it", "its", "he", "she", "they", "we",
        "you", "i", "his", "her", "their", "our", "my", "your", "in", "on", "at", "by", "for", "from", "to", "of",
        "with", "without", "about", "after", "before", "since", "until", "during", "over", "under", "between", "among",
        "into", "onto", "upon", "through", "across", "against", "despite", "amid", "while", "when", "where", "whether",
        "if", "as", "because", "though", "although", "but", "and", "or", "nor", "so", "yet", "also", "still", "then",
        "than", "not", "no", "yes", "all", "any", "both", "each", "every", "some", "many", "much", "more", "most",
        "other", "such", "only", "even", "just", "however", "meanwhile", "moreover", "instead", "rather", "prior",
        "according", "earlier", "later", "today", "tomorrow", "yesterday", "tonight", "now", "once", "last", "next",
        "new", "old", "former", "what", "which", "who", "whom", "whose", "why", "how", "i'm", "i've", "i'd", "i'll",
        "we're", "it's"
    ]
)
_MONTHS = frozenset(
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"
    ]
)
_WEEKDAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
_ORG_HEADS = frozenset(
    [
        "party", "ministry", "council", "commission", "committee", "agency", "bank", "court", "parliament", "assembly",
        "union", "organization", "organisation", "association", "institute", "university", "college", "corporation",
        "company", "group", "office", "department", "army", "navy", "force", "forces", "police", "service", "services",
        "fund", "foundation", "alliance", "front", "movement", "authority", "board", "bureau", "government",
        "administration", "coalition", "federation", "inc", "ltd", "corp", "plc", "times", "post", "guard", "guards",
        "brigade", "brigades", "network", "channel", "television", "radio", "airlines", "airways", "exchange", "center",
        "centre", "prosecution"
    ]
)
_PLACE_HEADS = frozenset(
    [
        "street", "road", "avenue", "square", "island", "islands", "river", "mountains", "mountain", "province",
        "region", "state", "county", "city", "valley", "sea", "ocean", "airport", "bay", "strait", "peninsula",
        "district", "town", "village", "lake", "desert"
    ]
)
_NOT_PLAYER_HEADS = frozenset(
    [
        "war", "wars", "summit", "act", "bill", "law", "treaty", "agreement", "accord", "deal", "plan", "day", "games",
        "cup", "olympics", "revolution", "initiative", "conference", "forum", "election", "elections", "report",
        "programme", "program", "budget", "festival", "award", "prize", "week", "year", "month", "news", "minister",
        "ministers", "president", "secretary", "cabinet", "crisis", "talks", "review", "speech", "strategy",
        "manifesto", "policy", "campaign", "scheme", "protocol", "convention", "questions"
    ]
)
# Capital letters that are not organisations: units, time zones, common abbreviations.
_NOT_ORG_ACRONYMS = frozenset([
    "GDP", "CEO", "CFO", "VAT", "MPS", "MEP", "DNA", "HIV", "AIDS", "IPO", "LNG", "USD", "EUR", "GMT", "UTC", "EST",
    "EDT", "PST", "PDT", "CET", "BST", "CPI", "PMI", "ETF", "API", "SUV", "ATM", "TWO", "ONE", "NEW", "THE",
])
_ROLE_NOUNS = frozenset(
    [
        "president", "premier", "minister", "leader", "spokesman", "spokeswoman", "spokesperson", "agent", "official",
        "chief", "secretary", "ambassador", "envoy", "senator", "lawmaker", "legislator", "candidate", "chairman",
        "chairwoman", "director", "governor", "mayor", "general", "commander", "king", "queen", "prince", "princess",
        "judge", "lawyer", "activist", "journalist", "reporter", "analyst", "economist", "head", "founder", "owner",
        "executive", "policeman", "officer", "soldier", "spy", "model", "businessman", "tycoon", "dissident", "rival",
        "successor", "predecessor", "protege", "adviser", "advisor", "aide", "diplomat"
    ]
)
_SPEECH = frozenset(
    [
        "said", "says", "say", "told", "tells", "added", "adds", "argued", "argues", "warned", "warns", "claimed",
        "claims", "insisted", "insists", "wrote", "writes", "announced", "announces", "explained", "stated", "noted",
        "asked", "replied", "urged", "urges", "admitted", "denied"
    ]
)
_COMPASS = frozenset(["north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"])
_HONORIFICS = frozenset([
    "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Sir", "Dame", "Lord", "Lady", "Prof.",
    "Professor", "Rev.", "Reverend"
])
_DESCRIPTION_WORDS = frozenset(
    [
        "former", "ex", "then", "new", "deputy", "acting", "top", "senior", "opposition", "double", "vice",
        "foreign", "prime", "chief", "interim", "outgoing", "incoming", "veteran", "jailed", "exiled", "ousted",
        "late"
    ]
)


@dataclass(frozen=True)
class _Token:
    text: str
    """The word, possessive ending removed."""
    start: int
    end: int
    initial: bool
    """First word of the sentence."""


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
    capitalised_inside = _capitalised_inside(sentences)
    known: list[tuple[str, int, int, Entry]] = []
    candidates: list[_Candidate] = []
    for sentence in sentences:
        spans = [(m.start(), m.end()) for m in gaz.pattern.finditer(sentence.text)]
        for start, end in spans:
            known.append((sentence.id, start, end, gaz.entries[sentence.text[start:end]]))
        # "Christian Social Union", "Russian President Vladimir Putin": an adjective can start a name.
        names = [(s, e) for s, e in spans if gaz.entries[sentence.text[s:e]].kind != DEMONYM]
        candidates += _runs(sentence, names, spans, capitalised_inside)

    persons = _merge_people(candidates)
    mentions: list[Mention] = []
    kinds: dict[str, PlayerKind] = {}
    descriptions: dict[str, str] = {}
    countries: dict[str, str] = {}
    forms: dict[str, list[str]] = {}
    for sentence_id, start, end, entry in known:
        name = entry.country if entry.kind == DEMONYM and entry.country else entry.name
        mentions.append(Mention(sentence_id, start, end, name))
        if entry.kind != DEMONYM:
            kinds[name] = entry.kind  # type: ignore[assignment]
            forms.setdefault(name, []).append(next(s for s in sentences if s.id == sentence_id).text[start:end])
            if entry.country:
                countries.setdefault(name, entry.country)
    evidence = {persons.get(c.name, c.name) for c in candidates if c.kind is None and c.evidence}
    for candidate in candidates:
        name = persons.get(candidate.name, candidate.name) if candidate.kind is None else candidate.name
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
    mentions.sort(key=lambda m: (_order(sentences, m.sentence), m.start))
    # The outlet that published the article reports it; it is not a player in it.
    outlet = (article.source or "").casefold()
    mentions = [m for m in mentions if m.name.casefold() != outlet]
    # A country named only by its adjective ("British officials") is not a player of its own.
    mentions = [m for m in mentions if m.name in kinds]
    counts = Counter(m.name for m in mentions)
    first = {m.name: i for i, m in reversed(list(enumerate(mentions)))}
    players = []
    for name in sorted(counts, key=lambda n: (-counts[n], first[n])):
        ids = tuple(dict.fromkeys(m.sentence for m in mentions if m.name == name))
        aliases = tuple(f for f in dict.fromkeys(forms.get(name, [])) if f != name)
        players.append(
            Player(name, kinds[name], descriptions.get(name), counts[name], ids, aliases, countries.get(name))
        )
    return Cast(tuple(players), tuple(mentions))


def main_players(players: tuple[Player, ...], limit: int = 5) -> tuple[Player, ...]:
    """The players an explainer is tagged with: people and countries named at least twice first."""
    ranked = sorted(
        (p for p in players if p.mentions >= 2),
        key=lambda p: (p.kind not in ("person", "country", "organization"), -p.mentions),
    )
    return tuple(ranked[:limit])


def _order(sentences: tuple[Sentence, ...], sentence_id: str) -> int:
    return int(sentence_id[1:]) if sentence_id[1:].isdigit() else 0


def _tokens(text: str) -> list[_Token]:
    tokens = []
    for i, match in enumerate(_TOKEN.finditer(text)):
        word, start = match.group(), match.start()
        if word.endswith(".") and word not in _ABBREVIATIONS and not re.fullmatch(r"(?:\w\.)+", word):
            word = word[:-1]
        word = _POSSESSIVE.sub("", word) if len(word) > 2 else word
        tokens.append(_Token(word, start, start + len(word), i == 0))
    return tokens


def _is_capitalised(word: str) -> bool:
    if word[:1].isupper():
        return True
    # "al-Assad", "bin-Salman": a lower-case particle joined to a capitalised name.
    head, _, rest = word.partition("-")
    return head in _CONNECTORS and rest[:1].isupper()


def _capitalised_inside(sentences: tuple[Sentence, ...]) -> frozenset[str]:
    """Words written with a capital somewhere other than at the start of a sentence."""
    seen = set()
    for sentence in sentences:
        for token in _tokens(sentence.text):
            if not token.initial and _is_capitalised(token.text):
                seen.add(token.text)
    return frozenset(seen)


def _runs(
    sentence: Sentence,
    names: list[tuple[int, int]],
    known: list[tuple[int, int]],
    capitalised_inside: frozenset[str],
) -> list[_Candidate]:
    """Runs of capitalised words outside gazetteer names, each read as a possible player."""
    gaz = gazetteer()
    text = sentence.text
    tokens = _tokens(text)
    free = [not any(s <= t.start < e for s, e in names) for t in tokens]

    def joined(a: int, b: int) -> bool:
        # Punctuation between two words ends a name: "Ledbury, Herefordshire", "Inc (FB.O)".
        return text[tokens[a].end:tokens[b].start].strip() == "" and text[tokens[a].start:tokens[a].end][-1:] != "'"

    candidates: list[_Candidate] = []
    i = 0
    while i < len(tokens):
        if not (free[i] and _is_capitalised(tokens[i].text)):
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and free[j] and joined(j - 1, j):
            word = tokens[j].text
            if _is_capitalised(word) and word.lower() not in _FUNCTION_WORDS - {"new"}:
                j += 1
            elif (
                word in _CONNECTORS and j + 1 < len(tokens) and free[j + 1] and joined(j, j + 1)
                and _is_capitalised(tokens[j + 1].text)
            ):
                j += 2
            else:
                break
        candidate = _read_run(sentence, tokens, i, j, known, capitalised_inside, gaz.titles)
        if candidate:
            candidates.append(candidate)
        i = j
    return candidates


def _read_run(
    sentence: Sentence,
    tokens: list[_Token],
    i: int,
    j: int,
    known: list[tuple[int, int]],
    capitalised_inside: frozenset[str],
    titles: frozenset[str],
) -> _Candidate | None:
    run = tokens[i:j]
    # Sentence-initial words that are not names: "Since Donald Trump", "Political and ...".
    while run and (
        run[0].text.lower() in _FUNCTION_WORDS
        or (run[0].initial and run[0].text not in capitalised_inside and run[0].text not in titles and len(run) == 1)
    ):
        run = run[1:]
    # Everything up to the last title is what the person is: "Industry Secretary", "Conservative MP".
    prefix: list[str] = []
    title_words: list[str] = []
    k = 0
    while k < len(run):
        match = _title_at(run, k, titles)
        if match:
            prefix += [t.text for t in run[len(prefix):k]]
            title_words = [t.text for t in run[k:k + match]]
            prefix += title_words
            k += match
        else:
            k += 1
    run = run[len(prefix):]
    if not run:
        return None
    if all(any(s <= t.start < e for s, e in known) for t in run):
        return None  # "South Korean" is an adjective of a country, not a place
    words = [t.text for t in run]
    lowered = [w.lower().rstrip(".") for w in words]
    if any(w in _MONTHS or w in _WEEKDAYS for w in lowered) or lowered[-1] in _NOT_PLAYER_HEADS:
        return None
    if any(w in _FUNCTION_WORDS for w in lowered) or len(words) > 4:
        return None
    name = " ".join(words)
    start, end = run[0].start, run[-1].end
    kind: PlayerKind | None = None
    if len(words) > 1 and (lowered[-1] in _ORG_HEADS or (lowered[0] in _ORG_HEADS and "of" in lowered)):
        kind = "organization"
    elif len(words) > 1 and (lowered[-1] in _PLACE_HEADS or lowered[0] in _COMPASS):
        kind = "place"
    elif all(w.isupper() for w in words) and (len(words) > 1 or _shouting(sentence.text, start, end)):
        return None  # a dateline ("NEW YORK (Reuters)") or a ticker ("(TSLA.O)"), not a name
    elif len(words) == 1 and re.fullmatch(r"[A-Z]{3,6}", name) and name not in _NOT_ORG_ACRONYMS:
        kind = "organization"
    elif len(words) == 1 and (lowered[0] in _ORG_HEADS or lowered[0] in _PLACE_HEADS or re.fullmatch(r"[A-Z]+s", name)):
        return None  # "the Department", "MPs"
    elif len(words) == 1 and not prefix:
        kind = _single_word_place(sentence.text, start, end, known)
    description = None
    evidence = bool(prefix)
    if kind is None:
        role = _description(sentence.text, tokens, i, prefix, known)
        # "Vietnamese Doan Thi Huong": the adjective says what the person is; it is not their name.
        while len(run) > 1 and any(s <= run[0].start < e for s, e in known):
            prefix.append(run[0].text)
            run = run[1:]
        words = [t.text for t in run]
        name, start = " ".join(words), run[0].start
        description = _description(sentence.text, tokens, i, prefix, known)
        # "Blair said" is a person; "Figures said" is not: one word needs a title or a fuller name.
        speaks = len(words) > 1 and _speaks(sentence.text, tokens, i, tokens.index(run[-1]) + 1)
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


def _title_at(run: list[_Token], k: int, titles: frozenset[str]) -> int:
    """How many words of a title start at ``run[k]`` (0 when none does)."""
    for size in (3, 2, 1):
        if k + size <= len(run) and " ".join(t.text for t in run[k:k + size]) in titles:
            return size
    return 0


def _speaks(text: str, tokens: list[_Token], i: int, j: int) -> bool:
    """Said, told, who...: what the article does with people and not with things."""
    after = tokens[j].text.lower() if j < len(tokens) else ""
    before = tokens[i - 1].text.lower() if i > 0 else ""
    if after in _SPEECH or before in _SPEECH:
        return True
    gap = text[tokens[j - 1].end:tokens[j].start] if j < len(tokens) else ""
    return gap.strip() == "," and after in {"who", "whose"}


def _single_word_place(text: str, start: int, end: int, known: list[tuple[int, int]]) -> PlayerKind | None:
    """ "in Lisburn, Northern Ireland": an unknown word followed by a known place is a place."""
    after = text[end:end + 2]
    if after.startswith(", ") and any(s == end + 2 for s, _ in known):
        return "place"
    return None


def _description(
    text: str, tokens: list[_Token], i: int, prefix: list[str], known: list[tuple[int, int]]
) -> str | None:
    """What the article calls a person just before the name: "Russian President", "Germany's economy minister"."""
    k = i - 1
    if k >= 0 and tokens[k].text.lower() in {"named", "called"}:
        k -= 1
    role_noun = k >= 0 and tokens[k].text.lower() in _ROLE_NOUNS
    first = None
    if prefix or role_noun:
        j = k
        while j >= 0 and k - j < 5:
            if j < k and text[tokens[j].end:tokens[j + 1].start].strip() not in ("", "'s", "’s"):
                break  # punctuation ends the description
            low = tokens[j].text.lower()
            in_known = any(s <= tokens[j].start < e for s, e in known)
            # After a role noun, its lower-case modifiers belong to it: "European Union trade chief".
            modifier = role_noun and tokens[j].text.islower() and low not in _FUNCTION_WORDS and low not in _SPEECH
            if low in _ROLE_NOUNS or low in _DESCRIPTION_WORDS or in_known or modifier:
                first = j
                j -= 1
            else:
                break
    before = text[tokens[first].start:tokens[k].end] if first is not None else ""
    description = " ".join([before, *(w for w in prefix if w not in _HONORIFICS)]).strip()
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


def _merge_people(candidates: list[_Candidate]) -> dict[str, str]:
    """Each short form of a name to the fullest: "Putin" and "President Putin" to "Vladimir Putin"."""
    names = {c.name for c in candidates if c.kind is None}
    full = sorted((n for n in names if " " in n), key=lambda n: (-len(n.split()), n))
    merged: dict[str, str] = {}
    for name in names:
        words = name.split()
        for longer in full:
            parts = longer.split()
            if len(parts) <= len(words):
                continue
            if parts[-len(words):] == words or (len(words) == 1 and parts[0] == words[0]):
                merged[name] = longer
                break
    return merged
