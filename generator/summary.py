"""At a glance: the 3 to 5 sentences that tell a reader the most, the news event first.

The lead sentence of a news story is its best one-sentence summary, so it opens the list when it
can stand alone. The rest are chosen greedily by how many of the article's frequent content
words a sentence carries (SumBasic, Nenkova & Vanderwende 2005), with a prior for early
sentences, and the words already used discounted so that no two sentences say the same thing.
Captions, credits and sentences that lean on the one before ("But they ...") are never chosen.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from .models import Labelled

SUMMARY_MIN, SUMMARY_MAX = 3, 5

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
        "its", "their", "there", "such", "both", "another"
    ]
)
# Captions and picture credits that reach the body: "FILE PHOTO: ...", "REUTERS/Jane Doe/File Photo".
_CAPTION = re.compile(
    r"^(?:FILE )?PHOTOS?\b|^(?:Photo|Picture|Image|Credit)s?\s*:|\b[A-Z]{3,}/[A-Z][\w ]+|/File Photo|\(Photo"
    r"|Getty Images|^Video Player|^Slideshow\b|^Source:|^Related (?:Coverage|News|Stories)|^By [A-Z][a-z]+ [A-Z]"
    r"|\((?:Xinhua|Reuters|AP|AFP)/"
    r"|\bclick\b|[Hh]andout|\bis (?:pictured|seen)\b|\((?:\d\w* )?[LRC]\)|\(\d+ [\w.]+ dollars? equals"
    # A caption ends with the day the picture was taken: "... in New York, U.S., September 26, 2018."
    r"|,\s+(?:on\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+(?:19|20)\d\d)?\.?$"
    r"|\b[Pp]hoto (?:taken|released|provided)\b|^Undated\b|\b[Ff]ile [Pp]hoto\b",
)


def summarize(sentences: tuple[Labelled, ...]) -> tuple[str, ...]:
    """3 to 5 sentence ids: the news event first, then the sentences carrying the most of the story."""
    usable = [item for item in sentences if item.page is not None]
    if len(usable) <= SUMMARY_MIN:
        return tuple(item.sentence.id for item in usable)
    words = {item.sentence.id: _content_words(item.sentence.text) for item in usable}
    counts = Counter(w for ws in words.values() for w in ws)
    total = sum(counts.values()) or 1
    weight = {w: c / total for w, c in counts.items()}
    position = {item.sentence.id: index for index, item in enumerate(usable)}

    chosen: list[Labelled] = []
    lead = next((item for item in usable[:3] if _stands_alone(item)), None)
    if lead is not None:
        chosen.append(lead)
        _discount(weight, words[lead.sentence.id])
    candidates = [item for item in usable if item not in chosen and _stands_alone(item)]
    while len(chosen) < SUMMARY_MIN and candidates:
        best = max(candidates, key=lambda item: _score(item, words, weight, position[item.sentence.id]))
        candidates.remove(best)
        if any(_overlap(words[best.sentence.id], words[c.sentence.id]) > 0.6 for c in chosen):
            continue
        chosen.append(best)
        _discount(weight, words[best.sentence.id])
    # A reader wants to know what comes next: the article's strongest look ahead takes the last place.
    outlook = [item for item in candidates if item.page == "outlook"]
    if outlook and len(chosen) == SUMMARY_MIN and not any(item.page == "outlook" for item in chosen):
        best = max(outlook, key=lambda item: _score(item, words, weight, 0))
        if _score(best, words, weight, 0) > 0:
            chosen[-1] = best
    for item in usable:  # a short article without enough sentences that stand alone
        if len(chosen) >= SUMMARY_MIN:
            break
        if item not in chosen:
            chosen.append(item)
    first, rest = chosen[0], sorted(chosen[1:SUMMARY_MAX], key=lambda item: position[item.sentence.id])
    return (first.sentence.id, *(item.sentence.id for item in rest))


def _score(item: Labelled, words: dict[str, list[str]], weight: dict[str, float], index: int) -> float:
    """Mean weight of the sentence's content words, decaying with position, long sentences discounted.

    The decay (3 sentences) and the length discount (40 words) were measured with
    ``bench/summary_quality.py``; a role prior measured no better and is left out.
    """
    ws = words[item.sentence.id]
    if len(ws) < 4:
        return 0.0
    centrality = sum(weight[w] for w in ws) / len(ws)
    return centrality * math.exp(-index / 3) / (1 + len(item.sentence.text.split()) / 40)


def _discount(weight: dict[str, float], used: list[str]) -> None:
    for w in set(used):
        weight[w] = weight[w] ** 2


def _overlap(a: list[str], b: list[str]) -> float:
    sa, sb = set(a), set(b)
    return len(sa & sb) / (min(len(sa), len(sb)) or 1)


def _content_words(text: str) -> list[str]:
    return [w for w in (m.group().lower().strip("'’-") for m in _WORD.finditer(text)) if w not in _STOP]


def _stands_alone(item: Labelled) -> bool:
    """False for what only makes sense after another sentence ("But they ...") or is no sentence."""
    text = item.sentence.text
    words = text.split()
    if len(words) < 6 or len(words) > 70 or not text.rstrip().endswith((".", "!", "?", '"', "”", "’", "'")):
        return False
    first = words[0].strip("\"“'‘(").lower().rstrip(",")
    return first not in _LEANS_BACK and item.role != "other" and not is_caption(text)


def is_caption(text: str) -> bool:
    """A photo caption or picture credit that reached the body ("FILE PHOTO: ...", "REUTERS/Jane Doe")."""
    return bool(_CAPTION.search(text))
