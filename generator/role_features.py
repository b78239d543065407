"""Features of each sentence for the role model: position, tense, attribution, time and words.

The same function feeds the training script and the run-time scorer, so a model can only see what
the reader produces from an article. Every feature is a short string; the model hashes them. The
cue families (``role_cues``) and the rules' own verdict (``role_rules``) are features too.
"""

from __future__ import annotations

import re
from itertools import pairwise

from .models import Article
from .role_cues import BRACKETED, ENDS_WITH_DATE, FINAL_PUNCTUATION, cues_in, is_boilerplate
from .role_rules import classify_by_rules

_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)s?\b")
_WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday)\b", re.I)
_MONTH = re.compile(
    r"\b(jan(uary|\.)?|feb(ruary|\.)?|march|april|may|june|july|aug(ust|\.)?|sept?(ember|\.)?|oct(ober|\.)?"
    r"|nov(ember|\.)?|dec(ember|\.)?)\s+\d{1,2}\b",
    re.I,
)
_NUMBER = re.compile(r"\d")
_QUOTE_OPEN = re.compile(r"^\s*[\"“‘']")
_QUOTE_ANY = re.compile(r"[\"“”]")
_SAID_TAIL = re.compile(r"\b(said|says|told|added|stated)\b")
_DATELINE = re.compile(r"^[A-Z][A-Za-z .,'-]{0,50}?\((?:Reuters|Xinhua|AP|AFP)\)\s*-+\s*|^\(\w+\)\s*-+\s*")

_STOP = frozenset(
    re.findall(
        r"\w+",
        "a an the of to in on at for and or but is are was were be been by with as from that this it its said"
        " says will would has have had he she they we i not",
    )
)
_POSITIONS = (0, 1, 2, 3, 5, 8, 12, 20)


def sentence_features(article: Article) -> list[list[str]]:
    """One list of feature strings per sentence of ``article``, in document order."""
    sentences = article.sentences
    total = len(sentences)
    title_words = {w for w in _words(article.title) if w not in _STOP}
    paragraph_sizes = {p.number: len(p.sentences) for p in article.paragraphs}
    last_paragraph = max(paragraph_sizes, default=0)
    cue_sets = [cues_in(s.text) for s in sentences]
    # Captions and credits before the lede shift raw positions, so prose sentences are counted too.
    boiler = [is_boilerplate(s.text) for s in sentences]
    first = sentences[0].text if sentences else ""
    style = "xinhua" if "(Xinhua)" in first else "reuters" if "(Reuters)" in first else "plain"

    # The rules' verdict is one more feature: the model learns when to trust it.
    rule_roles = classify_by_rules(article)
    features: list[list[str]] = []
    prose_index = 0
    in_paragraph = 0
    for index, sentence in enumerate(sentences):
        same_paragraph = index > 0 and sentences[index - 1].paragraph == sentence.paragraph
        in_paragraph = in_paragraph + 1 if same_paragraph else 0
        text = _DATELINE.sub("", sentence.text)
        words = _words(text)
        out = ["bias", f"style={style}", f"rule={rule_roles[index]}"]
        if boiler[index]:
            out.append("boiler_rule")
        else:
            out.append(f"prose={_bucket(prose_index, _POSITIONS)}")
            prose_index += 1
        # Position: news is written as an inverted pyramid, so where a sentence sits says much.
        out.append(f"sent={_bucket(index, _POSITIONS)}")
        out.append(f"para={_bucket(sentence.paragraph, (1, 2, 3, 4, 6, 9, 14))}")
        out.append(f"rel={min(9, index * 10 // max(total, 1))}")
        out.append(f"inpara={_bucket(in_paragraph, (0, 1, 2))}")
        out.append(f"parasize={_bucket(paragraph_sizes.get(sentence.paragraph, 1), (1, 2, 3))}")
        if sentence.paragraph == last_paragraph:
            out.append("last_para")
        heading = article.section_of(sentence.paragraph)
        if heading:
            out.append("has_heading")
            out.extend(f"h:{w}" for w in _words(heading))
        out.extend(_surface(text, words))
        overlap = len(title_words & set(words)) / max(len(title_words), 1)
        out.append(f"title={min(4, int(overlap * 5))}")
        out.extend(_cues(cue_sets, index))
        out.extend(_ngrams(words))
        features.append(out)
    return features


def _surface(text: str, words: list[str]) -> list[str]:
    """Length, shape, quotation and time expressions of one sentence."""
    out = [f"len={_bucket(len(words), (3, 6, 10, 15, 22, 30, 45))}"]
    # Shape: captions, credits and subheads look different from prose.
    if not text.rstrip().endswith(FINAL_PUNCTUATION):
        out.append("no_final_punct")
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) > 0.6 * len(letters):
        out.append("mostly_caps")
    if text.lstrip().startswith(("-", "*", "•")):
        out.append("starts_dash")
    checks = (
        ("ends_date", ENDS_WITH_DATE.search(text)),
        ("bracketed", BRACKETED.match(text.strip())),
        ("quote_open", _QUOTE_OPEN.search(text)),
        ("quote_any", _QUOTE_ANY.search(text)),
        ("year", _YEAR.search(text)),
        ("years2", len(_YEAR.findall(text)) > 1),
        ("weekday", _WEEKDAY.search(text)),
        ("monthday", _MONTH.search(text)),
        ("number", _NUMBER.search(text)),
        # Attribution at the end ("..., he said.") marks reported speech.
        ("said_tail", _SAID_TAIL.search(" ".join(words[-4:]))),
    )
    out.extend(name for name, hit in checks if hit)
    return out


def _cues(cue_sets: list[set[str]], index: int) -> list[str]:
    """The sentence's cue families, its neighbours' (a quotation or forecast runs on), and early cues."""
    out = [f"cue:{name}" for name in cue_sets[index]]
    if index > 0:
        out.extend(f"prev:{name}" for name in cue_sets[index - 1])
    else:
        out.append("prev:none")
    if index + 1 < len(cue_sets):
        out.extend(f"next:{name}" for name in cue_sets[index + 1])
    out.extend(f"cue:{name}&sent={_bucket(index, (0, 2, 6))}" for name in cue_sets[index])
    return out


def _ngrams(words: list[str]) -> list[str]:
    """Words and word pairs; the opening words count apart ("He said", "Last year", "But")."""
    out = [f"w0:{w}" for w in words[:2]]
    if len(words) >= 2:
        out.append(f"start:{words[0]}_{words[1]}")
    out.extend(f"w:{w}" for w in words)
    out.extend(f"b:{a}_{b}" for a, b in pairwise(words))
    return out


def _bucket(value: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if value <= edge:
            return str(edge)
    return f">{edges[-1]}"


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())
