"""Features of each sentence for the role model: position, tense, attribution, time and words.

The same function feeds the training script and the run-time scorer, so a model can only see what
the reader produces from an article. Every feature is a short string, looked up by name in the
model. The cue families (``role_cues``) and the rules' own verdict (``role_rules``) are features
too. Tests of the text are word look-ups rather than regular expressions where they can be: this
runs on every sentence the generator reads.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from .models import ROLES, Article
from .role_cues import BRACKETED, CUE_NAMES, FINAL_PUNCTUATION, WORD, SentenceCues, article_cues, ends_with_date
from .role_rules import classify_by_rules, lede_paragraph

_LOWER_RUN = re.compile(r"[a-z]{3}")
_YEAR = re.compile(r"\b(?:1[89]\d\d|20\d\d)s?\b")
_NUMBER = re.compile(r"\d")
_WEEKDAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tonight", "yesterday"}
)
_MONTHS = frozenset(
    {"jan", "january", "feb", "february", "march", "april", "may", "june", "july", "aug", "august", "sep", "sept"}
    | {"september", "oct", "october", "nov", "november", "dec", "december"}
)
_SAID = frozenset({"said", "says", "told", "added", "stated"})
_STOP = frozenset(
    {"a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "but", "is", "are", "was", "were", "be"}
    | {"been", "by", "with", "as", "from", "that", "this", "it", "its", "said", "says", "will", "would", "has"}
    | {"have", "had", "he", "she", "they", "we", "i", "not"}
)
_POSITIONS = (0, 1, 2, 3, 5, 8, 12, 20)
_CUE_POSITIONS = (0, 2, 6)
_RULE = {role: f"rule={role}" for role in ROLES}
# Feature names built once, not once per sentence.
_CUE = {name: f"cue:{name}" for name in CUE_NAMES}
_PREV = {name: f"prev:{name}" for name in CUE_NAMES}
_NEXT = {name: f"next:{name}" for name in CUE_NAMES}
_CUE_AT = {
    position: {name: f"cue:{name}&sent={position}" for name in CUE_NAMES}
    for position in (*map(str, _CUE_POSITIONS), f">{_CUE_POSITIONS[-1]}")
}


@dataclass(frozen=True)
class SentenceFeatures:
    """The features of one sentence: named ones, and its words, which with their neighbours make its word pairs.

    Words and word pairs are most of a sentence's features; keeping them bare (not prefixed
    ``w:`` or ``b:``, and the pairs not built at all: the scorer looks each word up with the next)
    saves building a string or a tuple for each one at run time.
    """

    named: list[str]
    """Position, shape, cue and heading features, each a string such as ``sent=3`` or ``cue:say``."""
    words: tuple[str, ...]
    """Lower-case words, named ``w:<word>`` in the model file; adjacent ones are named ``b:<first>_<second>``."""

    def names(self) -> list[str]:
        """Every feature by its name in the model file (for training)."""
        return [*self.named, *(f"w:{w}" for w in self.words), *(f"b:{a}_{b}" for a, b in pairwise(self.words))]


def sentence_features(article: Article, cues: Sequence[SentenceCues] | None = None) -> list[list[str]]:
    """The names of the features of each sentence of ``article``, in document order (for training)."""
    return [f.names() for f in article_features(article, cues)]


def article_features(article: Article, cues: Sequence[SentenceCues] | None = None) -> list[SentenceFeatures]:
    """The features of each sentence of ``article``, in document order.

    ``cues`` are the sentences' ``article_cues`` when the caller has worked them out already.
    """
    sentences = article.sentences
    total = len(sentences)
    if cues is None:
        cues = article_cues(article)
    title_words = {w for w in WORD.findall(article.title.lower()) if w not in _STOP}
    paragraph_sizes = {p.number: len(p.sentences) for p in article.paragraphs}
    headed = {
        p.number: ["has_heading", *(f"h:{w}" for w in WORD.findall(section.heading.lower()))]
        for section in article.sections
        if section.heading
        for p in section.paragraphs
    }
    last_paragraph = max(paragraph_sizes, default=0)
    first = sentences[0].text if sentences else ""
    style = "style=xinhua" if "(Xinhua)" in first else "style=reuters" if "(Reuters)" in first else "style=plain"
    lede = set(lede_paragraph(article, cues))

    # The rules' verdict is one more feature: the model learns when to trust it.
    rule_roles = classify_by_rules(article, cues)
    features: list[SentenceFeatures] = []
    prose_index = 0
    in_paragraph = 0
    for index, sentence in enumerate(sentences):
        same_paragraph = index > 0 and sentences[index - 1].paragraph == sentence.paragraph
        in_paragraph = in_paragraph + 1 if same_paragraph else 0
        cue = cues[index]
        words = cue.words
        out = ["bias", style, _RULE[rule_roles[index]]]
        if cue.boilerplate:
            out.append("boiler_rule")
        else:
            out.append(_at(_PROSE, prose_index))
            prose_index += 1
        if index in lede:
            out.append("lede")
        # Position: news is written as an inverted pyramid, so where a sentence sits says much.
        out.append(_at(_SENT, index))
        out.append(_at(_PARA, sentence.paragraph))
        out.append(f"rel={min(9, index * 10 // max(total, 1))}")
        out.append(_at(_IN_PARA, in_paragraph))
        out.append(_at(_PARA_SIZE, paragraph_sizes.get(sentence.paragraph, 1)))
        if sentence.paragraph == last_paragraph:
            out.append("last_para")
        heading = headed.get(sentence.paragraph)
        if heading:
            out.extend(heading)
        out.extend(_surface(sentence.text, words))
        overlap = len(title_words.intersection(words)) / max(len(title_words), 1)
        out.append(f"title={min(4, int(overlap * 5))}")
        out.extend(_cues(cues, index))
        if words:
            out.append(f"w0:{words[0]}")
        if len(words) >= 2:
            out.append(f"w0:{words[1]}")
            out.append(f"start:{words[0]}_{words[1]}")
        features.append(SentenceFeatures(out, words))
    return features


def _surface(text: str, words: tuple[str, ...]) -> list[str]:
    """Length, shape, quotation and time expressions of one sentence."""
    out = [_at(_LENGTH, len(words))]
    # Shape: captions, credits and subheads look different from prose.
    stripped = text.strip()
    if not stripped.endswith(FINAL_PUNCTUATION):
        out.append("no_final_punct")
    if not _LOWER_RUN.search(text):  # a caption or subhead in capitals
        out.append("mostly_caps")
    if stripped.startswith(("-", "*", "•")):
        out.append("starts_dash")
    if ends_with_date(stripped):
        out.append("ends_date")
    if BRACKETED.match(stripped):
        out.append("bracketed")
    if stripped.startswith(('"', "“", "‘", "'")):
        out.append("quote_open")
    if '"' in text or "“" in text or "”" in text:
        out.append("quote_any")
    if _NUMBER.search(text):
        out.append("number")
        years = len(_YEAR.findall(text))
        if years:
            out.append("year")
        if years > 1:
            out.append("years2")
        if any(a in _MONTHS and b.isdigit() and len(b) <= 2 for a, b in pairwise(words)):
            out.append("monthday")
    if not _WEEKDAYS.isdisjoint(words):
        out.append("weekday")
    # Attribution at the end ("..., he said.") marks reported speech.
    if not _SAID.isdisjoint(words[-4:]):
        out.append("said_tail")
    return out


def _cues(cues: Sequence[SentenceCues], index: int) -> list[str]:
    """The sentence's cue families, its neighbours' (a quotation or forecast runs on), and early cues."""
    own = cues[index].families
    out = [_CUE[name] for name in own]
    if index > 0:
        out.extend(_PREV[name] for name in cues[index - 1].families)
    else:
        out.append("prev:none")
    if index + 1 < len(cues):
        out.extend(_NEXT[name] for name in cues[index + 1].families)
    at = _CUE_AT[_bucket(index, _CUE_POSITIONS)]
    out.extend(at[name] for name in own)
    return out


def _at(names: list[str], value: int) -> str:
    return names[value] if value < len(names) else names[-1]


def _bucket_names(prefix: str, edges: tuple[int, ...]) -> list[str]:
    """The feature name of each value from 0 to just past the last edge (which stands for all larger)."""
    return [f"{prefix}{_bucket(value, edges)}" for value in range(edges[-1] + 2)]


def _bucket(value: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if value <= edge:
            return str(edge)
    return f">{edges[-1]}"


# Bucketed positions and sizes by value, named once rather than once per sentence.
_PROSE = _bucket_names("prose=", _POSITIONS)
_SENT = _bucket_names("sent=", _POSITIONS)
_PARA = _bucket_names("para=", (1, 2, 3, 4, 6, 9, 14))
_IN_PARA = _bucket_names("inpara=", (0, 1, 2))
_PARA_SIZE = _bucket_names("parasize=", (1, 2, 3))
_LENGTH = _bucket_names("len=", (3, 6, 10, 15, 22, 30, 45))
