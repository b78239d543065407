"""The one place where article text is made safe to place in Markdown: it must stay literal text."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "|": "&#124;"}
_BACKSLASHED = set("\\`*_{}[]#")
# One translation table: a character loop in Python was a fifth of rendering 1,000 explainers.
_ESCAPES = str.maketrans({**{char: "\\" + char for char in _BACKSLASHED}, **_ENTITIES})
# Translating looks up every character in Python's dict; finding none of them is one quick scan in C,
# and nearly every sentence holds none (5 of 846 in the corpus): the scan halves escaping.
_ESCAPED = re.compile("[" + re.escape("".join(sorted(_BACKSLASHED | _ENTITIES.keys()))) + "]")
# A leading "-" or "+" starts a list item, or with more of them a rule ("---"); "1." an ordered list.
_LIST_START = re.compile(r"^(\d+)([.)])(\s|$)|^([-+])")
_LIST_MARKER_STARTS = ("-", "+")


# Cached: an explainer quotes most sentences on two pages or more (a topic page, the players, timeline
# and disagreements pages), and escaping was a third of rendering one.
@lru_cache(maxsize=4096)
def md_text(text: str) -> str:
    """``text`` as Markdown that renders to exactly ``text``: no markup, link, list or heading.

    Whitespace, newlines included, collapses to single spaces, so the result is always one line
    and can sit anywhere in a Markdown line. HTML-significant characters become entities;
    characters Python-Markdown treats as syntax are backslash-escaped (it un-escapes all of them).
    """
    escaped = " ".join(text.split())
    if _ESCAPED.search(escaped):
        escaped = escaped.translate(_ESCAPES)
    first = escaped[:1]
    if first in _LIST_MARKER_STARTS or first.isdecimal():  # \d is a Unicode decimal digit, as isdecimal says
        escaped = _LIST_START.sub(_escape_list_marker, escaped, count=1)
    return escaped


def _escape_list_marker(match: re.Match[str]) -> str:
    if match.group(1) is not None:
        return f"{match.group(1)}\\{match.group(2)}{match.group(3)}"
    return f"\\{match.group(4)}"


def meta_text(text: str) -> str:
    """``text`` for a front-matter value the theme prints into HTML unescaped (title, description).

    Material writes ``page.meta.title`` into ``<title>``, the header and ``page.meta.description``
    into a ``<meta content="...">`` attribute without escaping, so these values are HTML-escaped,
    quotes included, and flattened to one line; the browser shows them as the original text.
    """
    return html.escape(" ".join(text.split()), quote=True)


# A YAML plain scalar the front matter may leave unquoted (it is always in block context): starts
# with a letter, holds no ":" or "#" (which can end it) and nothing YAML reads as a line break or
# refuses as unprintable. Anything else is double-quoted.
_BREAKS_AND_UNPRINTABLE = "\\x00-\\x1f\\x7f-\\x9f\\u2028\\u2029\\ufeff\\ufffe\\uffff\\ud800-\\udfff"
_SYNTAX = ":#"
_PLAIN = re.compile(
    rf"[^\W\d_](?:[^{_SYNTAX}{_BREAKS_AND_UNPRINTABLE}]*[^\s{_SYNTAX}{_BREAKS_AND_UNPRINTABLE}])?"
)
# Words YAML 1.1 reads as booleans or null, whatever their case.
_RESERVED = frozenset(["y", "n", "yes", "no", "on", "off", "true", "false", "null"])
# JSON leaves some of these raw; YAML reads them as line breaks or refuses them, so they are \u-escaped.
_UNSAFE_IN_QUOTES = re.compile(f"[{_BREAKS_AND_UNPRINTABLE}]")
_JSON = json.JSONEncoder(ensure_ascii=False)
"""``json.dumps(..., ensure_ascii=False)`` without making an encoder for every call."""


def yaml_scalar(value: str | None) -> str:
    """``value`` as a YAML scalar that reads back as exactly ``value`` (None as null).

    A JSON string is a valid YAML double-quoted scalar, so JSON's escaping does the work; plain
    words stay unquoted for the editor's eye. PyYAML took a fifth of rendering 1,000 explainers.
    """
    if value is None:
        return "null"
    if _PLAIN.fullmatch(value) and value.lower() not in _RESERVED:
        return value
    quoted = _JSON.encode(value)
    return _UNSAFE_IN_QUOTES.sub(lambda m: f"\\u{ord(m.group()):04x}", quoted)


def front_matter(data: Mapping[str, str | Sequence[str] | None]) -> str:
    """A YAML front matter block that reads back as exactly ``data``: strings, None and lists of strings."""
    lines = ["---"]
    for key, value in data.items():
        if value is None or isinstance(value, str):
            lines.append(f"{key}: {yaml_scalar(value)}")
        elif not value:
            lines.append(f"{key}: []")
        else:
            lines += [f"{key}:", *(f"- {yaml_scalar(item)}" for item in value)]
    return "\n".join(lines) + "\n---\n"
