"""Sentence splitting for every reader: nupunkt, then quotations kept whole.

nupunkt splits at every full stop, including those inside a quotation, which leaves fragments
such as ``We will extend it to nine months."`` that make no sense on their own in an explainer.
A sentence that leaves a quotation open is joined with the sentences that continue it, unless the
next one opens a quotation of its own (a new quoted paragraph, as BBC style writes them).
"""

from __future__ import annotations

import re

import nupunkt

MAX_JOINED = 4
"""Never join more sentences than this into one: an unbalanced quote mark must not swallow a paragraph."""


SENTENCE_ENDS = ".!?…"
"""The characters nupunkt can end a sentence at."""

# nupunkt now and then runs on past a plain word's full stop ("... the late 20th century. Lord
# Scarman will ...", "... the only tailwind. Tsai's comeback ..."), 7 times in the 1,359 sentences
# of the corpus: a lower-case word of three letters or more, a full stop and a capitalised word end
# a sentence there, unless the word is an abbreviation that is written in lower case.
_MISSED_END = re.compile(r"\b([a-z]{3,})\.\s+(?=[A-Z][a-z’'])")
_LOWER_CASE_ABBREVIATIONS = frozenset(["etc", "approx", "incl", "dept", "govt", "est", "misc", "vol", "nos", "cca"])


def split_sentences(text: str) -> list[str]:
    """Sentences of one paragraph, by nupunkt (knows "U.S.", "Mr.", "Jan. 5", "(R-Ky.)")."""
    ends = text.count(".") + text.count("!") + text.count("?") + text.count("…")  # SENTENCE_ENDS
    if ends == 1 and text[-1:] in SENTENCE_ENDS and text.strip():
        # One full stop, at the end: one sentence, whatever nupunkt would weigh. Half the
        # paragraphs of news are one sentence like this, and nupunkt is the costliest step of reading.
        return [text.strip()]
    raw = [s.strip() for s in nupunkt.sent_tokenize(text) if isinstance(s, str) and s.strip()]
    return _join_open_quotations([part for sentence in raw for part in _split_missed(sentence)])


def _split_missed(sentence: str) -> list[str]:
    """``sentence`` parted where nupunkt missed an end (see ``_MISSED_END``); mostly itself alone."""
    if "." not in sentence[:-3]:
        return [sentence]  # a missed end has a space and two letters after its full stop; most full stops end the text
    parts, start = [], 0
    for match in _MISSED_END.finditer(sentence):
        if match.group(1) not in _LOWER_CASE_ABBREVIATIONS:
            parts.append(sentence[start:match.end(1) + 1])
            start = match.end()
    return [*parts, sentence[start:]] if parts else [sentence]


def _join_open_quotations(sentences: list[str]) -> list[str]:
    joined: list[str] = []
    parts = 0
    for sentence in sentences:
        if joined and parts < MAX_JOINED and _open_quotes(joined[-1]) > 0 and not _opens_quote(sentence):
            joined[-1] = f"{joined[-1]} {sentence}"
            parts += 1
        else:
            joined.append(sentence)
            parts = 1
    return joined


def _open_quotes(text: str) -> int:
    """Quotations opened and not yet closed: curly quotes by kind, straight ones by parity."""
    curly = text.count("“") - text.count("”")
    straight = text.count('"') % 2
    return max(curly, 0) + straight


def _opens_quote(sentence: str) -> bool:
    return sentence[:1] in ('"', "“")
