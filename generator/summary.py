"""At a glance: the 3 to 5 sentences that tell a reader the most, the news event first.

The lead sentence of a news story is its best one-sentence summary, so it opens the list when it
can stand alone. The other places go, one at a time, to the sentence with the best score (below),
less its overlap with what is already chosen (maximal marginal relevance), so that no two
sentences say the same thing. Captions, credits, quotations in the first person and sentences
that lean on the one before ("But they ...") are never chosen.

The score adds what a reader of a summary wants from a sentence: it is early in the story, it
shares words with the headline, its words recur across the story (centrality, as in SumBasic), and
the role classifier calls it the news itself (``main``); it subtracts for length, since a summary
is read at a glance, and for a sentence that opens a quotation. The weights were chosen on half of
the articles measured by ``bench/summary_quality.py`` (ROUGE against headlines, editors'
standfirsts and XSum's human-written summaries) and checked on the other half.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import cache
from itertools import chain

from .folding import search_folded
from .models import Labelled, Role
from .name_words import SPEECH

SUMMARY_MIN, SUMMARY_MAX = 3, 5

WINDOW = 20
"""Only the first sentences compete: news puts what matters early, and it keeps the summary cheap."""
MIN_WORDS = 6
"""Shorter than this is a fragment, a subheading or a sign-off, not a sentence worth a place."""
MAX_WORDS = 70
"""Longer than this is a run-on that the sentence splitter failed to split."""

# The score's weights (see the module docstring); all were measured with bench/summary_quality.py.
POSITION, POSITION_DECAY = 0.2, 4.0
TITLE = 1.7
CENTRALITY = 4.0
LENGTH = 1.1
"""Taken off per 30 words."""
QUOTE = 0.3
REDUNDANCY = 0.6
DUPLICATE = 0.6
"""Sharing more than this share of its words with a chosen sentence, a sentence says the same thing again."""
ROLE: dict[Role, float] = {"main": 0.5, "background": 0.0, "evaluation": 0.0, "expectation": 0.1, "other": 0.0}

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
_STOP = frozenset(
    [
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did",
        "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have",
        "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is",
        "it", "its", "itself", "just", "me", "more", "most", "my", "no", "nor", "not", "now", "of", "off", "on", "once",
        "only", "or", "other", "our", "ours", "out", "over", "own", "same", "she", "should", "so", "some", "such",
        "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "through", "to",
        "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who",
        "whom", "why", "will", "with", "would", "you", "your", "said", "says", "say", "told", "year", "years", "new",
        "one", "two", "also", "last", "first", "mr", "mrs", "ms", "people", "time", "like"
    ]
)
_LEANS_BACK = frozenset(
    [
        "but", "and", "or", "so", "yet", "also", "however", "meanwhile", "moreover", "nevertheless", "still", "then",
        "thus", "therefore", "instead", "they", "he", "she", "it", "this", "that", "these", "those", "his", "her",
        "its", "their", "there", "such", "both", "another",
        # First person outside quotation marks is a quotation carried on from the paragraph before
        # ("I'm sure I will be misunderstood."): it cannot open or stand in a summary.
        "i", "i'm", "i’m", "i've", "i’ve", "we", "we're", "we’re", "we've", "we’ve", "my", "our", "me", "us",
    ]
)
# The same lean set off by commas after the first words ("Preparations, however, have been ..."),
# or an opening phrase that answers something before it ("In addition, ...", "As a result, ...").
_LEANS_BACK_LATER = re.compile(
    r"^[^,]{1,80}, (?:however|though|meanwhile|therefore|instead|nevertheless|moreover|too|also|still|in turn"
    r"|likewise|similarly|in contrast|by contrast|for (?:his|her|its|their) part),"
    r"|^\W*(?:in addition|as a result|even so|by contrast|in contrast|on the other hand|at the same time|in turn"
    r"|similarly|likewise|furthermore|additionally|nonetheless|consequently|otherwise)\b",
    re.IGNORECASE,
)
# A request for comment that went unanswered tells a reader nothing about the story.
_NO_COMMENT = re.compile(
    r"\b(?:(?:did|could|does|would) not|didn[’']t|couldn[’']t) (?:immediately )?"
    r"(?:respond|reply|return|comment|reach|be reached)"
    r"|\bdeclined (?:to|requests? (?:to|for)) comment|\b(?:was|were) not (?:immediately )?available for comment"
    r"|\bno immediate (?:comment|response)",
    re.IGNORECASE,
)
_NO_COMMENT_HINTS = ("respon", "reply", "return", "comment", "reach")
"""One of these ends every alternative of ``_NO_COMMENT``: most sentences have none, and testing for them is cheap."""
_OPENS_QUOTE = ('"', "“", "‘", "'")
# The verbs of saying the player finder knows, so that one list says who speaks.
_ATTRIBUTION = re.compile(r"\b(?:" + "|".join(sorted(SPEECH)) + r"|according to)\b")
# Captions and picture credits that reach the body: "FILE PHOTO: ...", "REUTERS/Jane Doe/File Photo". In three
# parts, since one pattern of them all tried every alternative at every character: how a caption opens, what
# it holds (one of ``_CAPTION_HINTS`` in every match), and how it ends.
_CAPTION_START = re.compile(
    r"(?:FILE )?PHOTOS?\b|(?:Photo|Picture|Image|Credit)s?\s*:|Video Player|Slideshow\b|Source:"
    r"|Related (?:Coverage|News|Stories)|By [A-Z][a-z]+ [A-Z]|Undated\b"
)
_CAPTION_INSIDE = re.compile(
    r"\b[A-Z]{3,}/[A-Z][a-z]|/File Photo|\(Photo|Getty Images|\((?:Xinhua|Reuters|AP|AFP)/"
    r"|\bclick\b|[Hh]andout|\bis (?:pictured|seen)\b|\((?:\d\w* )?[LRC]\)|\(\d+ [\w.]+ dollars? equals"
    r"|\b[Pp]hoto (?:taken|released|provided)\b|\b[Ff]ile [Pp]hoto\b"
)
_CAPTION_HINTS = ("/", "(", "Getty", "click", "andout", "is pictured", "is seen", "hoto")
# A caption ends with the day the picture was taken: "... in New York, U.S., September 26, 2018."
_CAPTION_DATE = re.compile(r",\s+(?:on\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+(?:19|20)\d\d)?\.?$")


def summarize(sentences: tuple[Labelled, ...], title: str = "") -> tuple[str, ...]:
    """3 to 5 sentence ids: the news event first, then the sentences that carry the most of the story."""
    usable = [item for item in sentences if item.page is not None]
    if len(usable) <= SUMMARY_MIN:
        return tuple(item.sentence.id for item in usable)
    window = usable[:WINDOW]
    words = [_content_words(item.sentence.text) for item in window]
    share = _sentence_share(words)
    headline = _content_words(title)
    scores = {
        index: _score(item, index, words[index], share, headline)
        for index, item in enumerate(window)
        if _stands_alone(item)
    }
    chosen: list[int] = []
    lead = [index for index in scores if index < 3]  # the lead, when one of the first three can open
    while len(chosen) < SUMMARY_MIN and len(chosen) < len(scores):
        best = lead.pop(0) if lead else max(
            (i for i in scores if i not in chosen), key=lambda i: _marginal(i, chosen, scores, words)
        )
        # Checked only for the few sentences that win a place: the caption patterns are the costly part.
        if is_caption(usable[best].sentence.text) or any(_overlap(words[best], words[c]) > DUPLICATE for c in chosen):
            del scores[best]
        else:
            chosen.append(best)
            lead = []
    for index in range(len(usable)):  # a short article without enough sentences that stand alone
        if len(chosen) >= SUMMARY_MIN:
            break
        if index not in chosen:
            chosen.append(index)
    first, rest = chosen[0], sorted(chosen[1:SUMMARY_MAX])
    return tuple(usable[index].sentence.id for index in (first, *rest))


def _marginal(index: int, chosen: list[int], scores: dict[int, float], words: list[set[str]]) -> float:
    """The sentence's score less what it repeats of the chosen ones (maximal marginal relevance)."""
    return scores[index] - REDUNDANCY * max((_overlap(words[index], words[c]) for c in chosen), default=0.0)


def _score(item: Labelled, index: int, words: set[str], share: dict[str, float], headline: set[str]) -> float:
    text = item.sentence.text
    centrality = sum(share[w] for w in words) / len(words) if words else 0.0
    on_topic = len(headline & words) / len(headline) if headline else 0.0
    return (
        POSITION * math.exp(-index / POSITION_DECAY)
        + TITLE * on_topic
        + CENTRALITY * centrality
        + ROLE[item.role]
        - LENGTH * len(text.split()) / 30
        - QUOTE * text.lstrip().startswith(_OPENS_QUOTE)
    )


def _sentence_share(words: list[set[str]]) -> dict[str, float]:
    """For each content word, the share of the sentences that use it."""
    counts = Counter(chain.from_iterable(words))
    return {w: c / len(words) for w, c in counts.items()}


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / (min(len(a), len(b)) or 1)


def _content_words(text: str) -> set[str]:
    """Lower-cased words less stop words, hyphenated ones split ("Russia-US"), crudely stemmed."""
    return set(chain.from_iterable(map(_terms, _WORD.findall(text))))


@cache
def _terms(word: str) -> tuple[str, ...]:
    # Cached: a story repeats its words, and this is the summary's only per-word cost.
    parts = (w.strip("'’") for w in word.lower().split("-"))
    return tuple(_stem(w) for w in parts if len(w) > 1 and w not in _STOP)


def _stem(word: str) -> str:
    """Enough stemming that "resolved" meets "resolve" and "talks" meets "talk"; no dictionary needed."""
    word = word.removesuffix("'s").removesuffix("’s")
    if len(word) > 5:
        for suffix in ("ing", "ed", "es"):
            if word.endswith(suffix):
                return word[: -len(suffix)]
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _stands_alone(item: Labelled) -> bool:
    """False for what only makes sense after another sentence ("But they ...") or is no sentence.

    Captions are the one exception, left to ``is_caption`` when a sentence is about to be chosen."""
    text = item.sentence.text
    words = text.split()
    if not MIN_WORDS <= len(words) <= MAX_WORDS:
        return False
    # A standfirst is often set without a full stop; a short unpunctuated line is a label or a credit.
    if not text.rstrip().endswith((".", "!", "?", '"', "”", "’", "'")) and len(words) < 10:
        return False
    first = words[0].strip("\"“'‘(").lower().rstrip(",")
    if first in _LEANS_BACK or item.role == "other":
        return False
    folded = text.lower()
    return (
        not search_folded(_LEANS_BACK_LATER, text, folded)
        and not search_folded(_NO_COMMENT, text, folded, _NO_COMMENT_HINTS)
        and not _unattributed_quote(text)
    )


def _unattributed_quote(text: str) -> bool:
    """A quotation whose speaker the sentence does not name: the quoted paragraph after "Mr Opik said:"."""
    return text.lstrip().startswith(_OPENS_QUOTE) and _ATTRIBUTION.search(text) is None


def is_caption(text: str) -> bool:
    """A photo caption or picture credit that reached the body ("FILE PHOTO: ...", "REUTERS/Jane Doe")."""
    return bool(
        _CAPTION_START.match(text)
        or (any(map(text.__contains__, _CAPTION_HINTS)) and _CAPTION_INSIDE.search(text))
        or _CAPTION_DATE.search(text)
    )
