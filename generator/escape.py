"""The one place where article text is made safe to place in Markdown: it must stay literal text."""

from __future__ import annotations

import html
import re

_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "|": "&#124;"}
_BACKSLASHED = set("\\`*_{}[]#")
# A leading "-" or "+" starts a list item, or with more of them a rule ("---"); "1." an ordered list.
_LIST_START = re.compile(r"^(\d+)([.)])(\s|$)|^([-+])")


def md_text(text: str) -> str:
    """``text`` as Markdown that renders to exactly ``text``: no markup, link, list or heading.

    Whitespace, newlines included, collapses to single spaces, so the result is always one line
    and can sit anywhere in a Markdown line. HTML-significant characters become entities;
    characters Python-Markdown treats as syntax are backslash-escaped (it un-escapes all of them).
    """
    flat = " ".join(text.split())
    out = []
    for char in flat:
        if char in _ENTITIES:
            out.append(_ENTITIES[char])
        elif char in _BACKSLASHED:
            out.append("\\" + char)
        else:
            out.append(char)
    escaped = "".join(out)
    return _LIST_START.sub(_escape_list_marker, escaped, count=1)


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
