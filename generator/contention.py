"""Points of contention: what is disputed, the sentences about it, and what each side did or said.

An issue comes from one of two places: an item of an enumeration in a sentence about a dispute
("clashed on many issues: A, B, C and D" gives four), or a dispute word that names a concrete
matter ("sanctions", "poisoned", "annexation"). Sentences that only say there is friction
("tit-for-tat", "tensions") join the issue of the sentence just before them in their paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from .folding import literal_stems, search_folded
from .gazetteer import gazetteer
from .models import Article, Issue, Role, Sentence, Side
from .name_words import ROLE_NOUNS
from .players import Cast, Mention

# Dispute words that name what is disputed, with the heading of its issue. "{of}" is filled with
# what the article says after the word ("expulsion of Russian diplomats") or the nearest player.
_TOPICS: tuple[tuple[str, str], ...] = (
    (r"sanction\w*|embargo\w*|counter-sanctions?", "Sanctions"),
    (r"tariffs?|trade wars?|trade disputes?", "Tariffs and trade"),
    (r"poison\w*", "Poisoning of {of}"),
    (r"annex\w*", "Annexation of {of}"),
    (r"invasion|invad\w*", "Invasion of {of}"),
    (r"intervention|interven\w*", "Intervention in {of}"),
    (r"expel\w*|expulsions?", "Expulsion of {of}"),
    (r"meddl\w*|interference", "Interference"),
    (r"hack\w*|cyber-?attacks?", "Hacking"),
    (r"nuclear (?:programme|program|weapons?|deal|tests?)", "Nuclear programme"),
    (r"missile\w*", "Missiles"),
    (r"corruption|graft|brib\w*|embezzl\w*", "Corruption"),
    (r"impeach\w*", "Impeachment"),
    (r"deport\w*", "Deportations"),
    (r"referendum", "The referendum"),
    (r"kidnap\w*|abduct\w*", "Kidnapping of {of}"),
    (r"murder\w*|assassinat\w*|killing", "Killing of {of}"),
    (r"fraud\w*|rigg\w*", "Fraud allegations"),
    (r"(?:(?:hunting|travel|smoking|export|import|arms|gun|entry) )?ban\b|banned|banning", "Ban on {of}"),
)
_DONE_TO_PEOPLE = frozenset(["Poisoning of {of}", "Kidnapping of {of}", "Killing of {of}"])
_UNNAMED_DONE_TO_PEOPLE = frozenset(t.removesuffix(" of {of}") for t in _DONE_TO_PEOPLE)
"""Their titles when the article names nobody it was done to: "Killing"."""
_UNNAMED = {"Expulsion of {of}": "Expulsions", "Ban on {of}": "The ban"}
"""Titles for a dispute word whose object the sentence does not name (others just drop "of ...")."""
_BARE_TITLES = frozenset(
    [*_UNNAMED.values(), *(re.sub(r" (?:of|on|in) \{of\}$", "", title) for _, title in _TOPICS)]
)
"""An issue's title before the article says what it is about: "The ban", "Killing", "Annexation"."""
_POSSESSIVES = frozenset(["its", "their", "our", "my", "your"])
"""Whose it is says nothing outside the sentence: "the killing of its colleague" ("his wife" reads well enough)."""
_VICTIM_BEFORE = re.compile(
    r"['’]s?\s+(?:\w+\s+)?"
    r"|(?:,\s+[^,]{1,40},|,)?\s+(?:who\s+(?:\w+\s+){0,2})?(?:was|were|had been|has been|have been|is|are|being|got)"
    r"\s+(?:\w+ly\s+)?"
)
"""Between a victim and the word: "Kuciak's murder", "Skripal was poisoned", "Marinova, 30, was murdered",
"Kuciak, who police believe was murdered"."""
_CHARGE_AFTER = re.compile(r"\s+(?:trial|conviction|charges?|sentence)\b")
"""After "Salemme's murder": whose trial it is, not whose murder."""
_VICTIM_AFTER = re.compile(r"\s+|\s+(of)\s+(?:[\w'’.-]+\s+){0,4}")
"""Between the word and a victim: "murdered Jan Kuciak" (a verb), "the killing of rapper XXXTentacion"."""
_TOPIC_PATTERNS = tuple((re.compile(rf"\b(?:{p})\b", re.IGNORECASE), title) for p, title in _TOPICS)


# Tested with ``in`` on the lower-cased sentence before its pattern (``search_folded``'s hints): most
# topics are not in a sentence that names one, and the test costs a tenth of the search.
_TOPIC_STEMS = tuple(literal_stems(p) for p, _ in _TOPICS)
# All of them in one pattern: most sentences name no topic, and one search says so 19 times faster.
_ANY_TOPIC = re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p, _ in _TOPICS) + r")\b", re.IGNORECASE)
_ANY_TOPIC_STEMS = tuple(stem for stems in _TOPIC_STEMS for stem in stems) if all(_TOPIC_STEMS) else ()
# Words that say there is friction without saying about what.
_FRICTION_WORDS = (
    r"clash\w*|disput\w*|disagree\w*|confront\w*|conflicts?|crisis|tensions?|squabbl\w*|tit-for-tat"
    r"|backlash|retaliat\w*|condemn\w*|row|rows|feud\w*|rift|standoff|accus\w*|criticis\w*|criticiz\w*"
    r"|oppos\w*|reject\w*|differences|thorny|rivalry|hostil\w*|at odds|protest\w*|dispute"
)
_FRICTION = re.compile(rf"\b({_FRICTION_WORDS})\b", re.IGNORECASE)
_FRICTION_STEMS = literal_stems(_FRICTION_WORDS)
# "... clashed on many issues: A, B and C", "disputes over A, B and C", "issues like A and B".
_LIST_LEAD = re.compile(r"\b(?:including|such as|over|on)\s+", re.IGNORECASE)
_ITEM_SPLIT = re.compile(r",\s*(?:and\s+|or\s+)?|;\s*|\s+and\s+(?=(?:the\s+|a\s+|an\s+)?[a-z]+(?:’s|'s)?\s)")
# An item that is a clause, not a matter: "two Secretaries of State have resigned", "as all the experts
# believe", "adopted his usual defiant posture" (not "alleged meddling").
_CLAUSE = re.compile(
    r"^(?:while|if|as|when|because|although|though|we|they|he|she|I|you|it|all)\b"
    r"|^[a-z]+ed\s+(?:his|her|their|its|our|my|your|him|them|us|the|a|an)\b"
    r"|\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|do|does|did|said|says)\b"
    r"|[\"“”]"
)
_SUBORDINATE = re.compile(
    r"^(?:When|After|As|While|Although|Though|If|Since|Because|Before|Despite|In|On|Over|Under|For|During|Amid)\b[^,]{0,160},\s*"
)


def is_dispute(text: str) -> bool:
    """Whether a sentence names something disputed or says there is friction."""
    folded = text.lower()
    return bool(
        search_folded(_FRICTION, text, folded, _FRICTION_STEMS)
        or search_folded(_ANY_TOPIC, text, folded, _ANY_TOPIC_STEMS)
    )


@dataclass
class _Draft:
    title: str
    key: str
    sentences: list[str] = field(default_factory=list)
    players: set[str] = field(default_factory=set)
    topic: re.Pattern[str] | None = None
    """For an issue found by its dispute word: that word's pattern."""


def find_issues(article: Article, roles: list[Role], cast: Cast) -> tuple[Issue, ...]:
    """The article's points of contention, in the order it raises them."""
    drafts: list[_Draft] = []
    last_issue: dict[int, list[_Draft]] = {}
    for sentence, role in zip(article.sentences, roles, strict=True):
        if role == "other":
            continue
        folded = sentence.text.lower()
        friction = search_folded(_FRICTION, sentence.text, folded, _FRICTION_STEMS)
        joined = _join_enumeration(sentence, friction, cast, drafts)
        if joined:
            last_issue[sentence.paragraph] = joined
            continue
        topics = _topics(sentence, cast, folded)
        touched: list[_Draft] = []
        for key, title, pattern in topics:
            draft = next((d for d in drafts if d.key == key or pattern.search(d.key)), None)
            if draft is None:
                draft = _Draft(title, key, topic=pattern)
                drafts.append(draft)
            elif draft.title in _BARE_TITLES and title not in _BARE_TITLES:
                # "the ban", then "the ban on hunting with dogs"; "Killing", then "Killing of Altantuya Shaariibu"
                draft.title, draft.key = title, key
            _add(draft, sentence.id)
            touched.append(draft)
        if not touched and friction:
            touched = _by_players(drafts, sentence, cast)
            if not touched and len(sentence.text[:friction.start()].split()) <= 2:
                # "Tit-for-tat has been ...", "Tensions rose ...": more about the issue just before.
                touched = last_issue.get(sentence.paragraph, [])
            last_issue.clear()
            for draft in touched:
                _add(draft, sentence.id)
        last_issue.clear()
        if touched:
            last_issue[sentence.paragraph] = touched
    # "A murder case in Taiwan ..." once, with no victim named, is a detail of the story, not a dispute in it.
    drafts = [d for d in drafts if len(d.sentences) > 1 or d.title not in _UNNAMED_DONE_TO_PEOPLE]
    order = {s.id: i for i, s in enumerate(article.sentences)}
    drafts.sort(key=lambda d: min(order[s] for s in d.sentences))
    return tuple(
        Issue(d.title, tuple(sorted(d.sentences, key=order.__getitem__)), _sides(d, article, cast)) for d in drafts
    )


def _add(draft: _Draft, sentence_id: str) -> None:
    if sentence_id not in draft.sentences:
        draft.sentences.append(sentence_id)


def _join_enumeration(
    sentence: Sentence, friction: re.Match[str] | None, cast: Cast, drafts: list[_Draft]
) -> list[_Draft]:
    """One issue per item when a sentence about a dispute (``friction``, its dispute word) lists what is disputed."""
    text = sentence.text
    if not friction:
        return []
    colon = text.find(":", friction.end())
    if colon >= 0 and len(text[friction.end():colon].split()) <= 6:
        leads = [colon + 1]
    else:
        colon = -1
        # "disputes over A, B and C": the list follows the dispute word closely.
        leads = [m.end() for m in _LIST_LEAD.finditer(text, friction.end())
                 if len(text[friction.end():m.start()].split()) <= 2]
    for lead in leads:
        tail = text[lead:].strip().rstrip(" .")
        items = [i.strip() for i in _ITEM_SPLIT.split(tail) if i.strip()]
        if len(items) < (2 if colon >= 0 else 3) or any(len(i.split()) > 14 or _CLAUSE.search(i) for i in items):
            continue
        mentions = cast.in_sentence(sentence.id)
        spans = []
        offset = lead
        for item in items:
            start = text.find(item, offset)
            offset = start + len(item)
            spans.append((item, start, offset))
        # The parties named outside the list ("the US and Russia have clashed") are not what an item is about.
        outside = {m.name for m in mentions if not any(s <= m.start < e for _, s, e in spans)}
        made = []
        for item, start, end in spans:
            players = {m.name for m in mentions if start <= m.start < end} - outside
            # "their dispute over steel tariffs" earlier is the item "steel tariffs" of the list.
            draft = next((d for d in drafts if d.topic and d.topic.search(item) and d not in made), None)
            if draft is None:
                draft = _Draft(_title(item), item.lower(), players=players)
                drafts.append(draft)
            else:
                draft.title, draft.key, draft.players, draft.topic = _title(item), item.lower(), players, None
            _add(draft, sentence.id)
            made.append(draft)
        return made
    return []


def _topics(sentence: Sentence, cast: Cast, folded: str) -> list[tuple[str, str, re.Pattern[str]]]:
    """(key, title, pattern) of each concrete matter the sentence names; ``folded`` is its text lower-cased."""
    found: list[tuple[str, str, re.Pattern[str]]] = []
    if not search_folded(_ANY_TOPIC, sentence.text, folded, _ANY_TOPIC_STEMS):
        return found
    for (pattern, template), stems in zip(_TOPIC_PATTERNS, _TOPIC_STEMS, strict=True):
        match = search_folded(pattern, sentence.text, folded, stems)
        if not match:
            continue
        preposition = template.split()[-2] if template.endswith("{of}") else ""
        of = _object(sentence, match, preposition, cast, people=template in _DONE_TO_PEOPLE) if preposition else ""
        if preposition and not of and " " in match.group():
            title = match.group().capitalize()  # "Hunting ban", "Travel ban"
        elif preposition and not of:
            title = _UNNAMED.get(template, template.removesuffix(f" {preposition} {{of}}"))
        else:
            title = template.format(of=of)
        found.append((title.lower(), title, pattern))
    return found


def _object(sentence: Sentence, match: re.Match[str], preposition: str, cast: Cast, *, people: bool) -> str:
    """Who or what a dispute word is about: "expulsion of Russian diplomats", "Skripal was poisoned".

    Only what is done to a person (``people``) looks for a person near the word when no
    preposition names the object: a ban near "Donald Trump" is not a ban on him.
    """
    after = re.match(
        rf"\s+{preposition}\s+([\w’'-]+(?:\s+[\w’'-]+){{0,2}}?)"
        r"(?=\s*(?:[,.;:]|$)|\s+(?:by|and|that|which|in|at|on|near|over|last|this|next|since|after|before|during)\b)",
        sentence.text[match.end():],
    )
    if after:
        named = after.group(1).strip()
        words = named.split()
        if words[0].lower() in _POSSESSIVES:
            return ""  # "the killing of its colleague" names nobody outside its sentence
        if len(words) > 1 and words[-1].endswith("ed") and words[-1].islower() and words[-2][0].isupper():
            named = " ".join(words[:-1])  # "how the murder of Teresa Halbach happened": a verb after the name
        if re.search(r"\b[A-Z]$", named) and sentence.text.startswith(".", match.end() + after.end(1)):
            named += "."  # "the murder of Daniel H.": an initial keeps its full stop
        return named
    if not people:
        return ""
    mentions = [
        m for m in cast.in_sentence(sentence.id)
        if (p := cast.get(m.name)) and p.kind == "person" and _done_to(sentence.text, match, m)
    ]
    if not mentions:
        return ""
    nearest = min(mentions, key=lambda m: min(abs(m.start - match.start()), abs(m.end - match.start())))
    return nearest.name


def _done_to(text: str, match: re.Match[str], mention: Mention) -> bool:
    """Whether the sentence says what ``match`` names (a killing, a poisoning) was done to ``mention``, just
    before or after it: not "Avery was convicted of the murder", "Gerard Collomb said the murder" or
    "Salemme's murder trial"."""
    if mention.end <= match.start():
        if _VICTIM_BEFORE.fullmatch(text, mention.end, match.start()) is None:
            return False
        return not (text[mention.end] in "'’" and _CHARGE_AFTER.match(text, match.end()))
    if mention.start >= match.end():
        between = _VICTIM_AFTER.fullmatch(text, match.end(), mention.start)
        return between is not None and (between.group(1) is not None or match.group().lower().endswith("ed"))
    return False


def _by_players(drafts: list[_Draft], sentence: Sentence, cast: Cast) -> list[_Draft]:
    """ "Thorny issues like Ukraine and Syria": enumerated issues whose own players a sentence names."""
    named = {m.name for m in cast.in_sentence(sentence.id)}
    return [d for d in drafts if d.players & named]


def _sides(draft: _Draft, article: Article, cast: Cast) -> tuple[Side, ...]:
    """Who acts in each sentence of an issue: the first player of its main clause, if it is alone."""
    by_id = {s.id: s for s in article.sentences}
    actors: list[tuple[str, str]] = []
    for sentence_id in draft.sentences:
        actor = _actor(by_id[sentence_id], cast)
        if actor:
            actors.append((actor, sentence_id))
    countries = {_country(a, cast) for a, _ in actors}
    if len(countries - {None}) >= 2:
        # A dispute between countries: their leaders speak for them.
        actors = [(_country(a, cast) or a, s) for a, s in actors]
    sides: dict[str, list[str]] = {}
    for actor, sentence_id in actors:
        if draft.title.endswith(f" of {actor}") and draft.title.split()[0] in _UNNAMED_DONE_TO_PEOPLE:
            continue  # the victim of "Killing of Viktoria Marinova" is no side of it
        sides.setdefault(actor, []).append(sentence_id)
    return tuple(Side(name, tuple(ids)) for name, ids in sides.items())


def _actor(sentence: Sentence, cast: Cast) -> str | None:
    clause = _SUBORDINATE.match(sentence.text)
    start = clause.end() if clause else 0
    mentions = [m for m in cast.in_sentence(sentence.id) if m.start >= start]
    # "European Union trade chief Cecilia Malmstrom": a name in a person's description is not the actor;
    # "Romney excoriated Trump": a name a verb joins to a person is.
    describing = {
        i for i, (m, after) in enumerate(pairwise(mentions))
        if (p := cast.get(after.name)) is not None and p.kind == "person"
        and _describes(sentence.text[m.end:after.start])
    }
    # "the Hong Kong Human Rights and Democracy Act": a name that runs on in capitals is a longer name's.
    actors = [
        i for i, m in enumerate(mentions)
        if i not in describing and not re.match(r" [A-Z][a-z]", sentence.text[m.end:m.end + 3])
    ]
    if not actors:
        return None
    first = mentions[actors[0]]
    # The subject starts where the actor's description does: "The BBC's home affairs correspondent, Daniel Sandford".
    subject = actors[0]
    while subject - 1 in describing:
        subject -= 1
    head = sentence.text[start:mentions[subject].start]
    # The subject comes within a few words; "the US and Russia" together is no one side.
    if len(head.split()) > 3 or re.match(r"\W*(?:and|&)\s", sentence.text[first.end:first.end + 6]):
        return None
    player = cast.get(first.name)
    if player is None or player.kind == "place":
        return None
    return player.name


def _describes(between: str) -> bool:
    """ "'s ", "'s President", " trade chief ", "'s home affairs correspondent, ": what stands between two
    names says what the second one is."""
    match = re.fullmatch(r"(['’]s)?((?:\s+[\w.-]+){0,3})(,?)\s+", between)
    if match is None:
        return False
    possessive, words, comma = match.group(1), match.group(2).split(), match.group(3)
    if not words:
        return not comma  # "Russia, Sergei Lavrov said": a comma alone parts two names
    if words[-1].lower() in ROLE_NOUNS:
        return True
    # A title after a verb is the second name's own: "Mr Howard described Lord Butler's intervention".
    return not comma and words[-1] in gazetteer().titles and bool(possessive or all(w[0].isupper() for w in words))


def _country(name: str, cast: Cast) -> str | None:
    player = cast.get(name)
    if player is None:
        return None
    return player.name if player.kind == "country" else player.country


def _title(item: str) -> str:
    item = re.sub(r"^(?:a|an|the)\s+", "", item.strip(), flags=re.IGNORECASE)
    return item[:1].upper() + item[1:]
