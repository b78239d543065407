"""Organisation names that run on past a plain run of capitals: "Securities and Exchange Commission",
"Bank of Japan", "Office for National Statistics", "Federal Reserve Bank of New York".

``name_runs.read_runs`` reads a run of capitalised words, then asks these where the run really ends and starts;
``joined(a, b)`` is its test that words ``a`` and ``b`` are one name's (no punctuation between them).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from .name_words import COMPANY_SUFFIXES, COMPASS, NAME_BREAKS, NAME_PREPOSITIONS, ORG_HEADS

if TYPE_CHECKING:
    from .gazetteer import Entry, Gazetteer
    from .name_runs import Words


def and_organisation(
    text: str,
    words: Words,
    i: int,
    j: int,
    in_name: list[bool],
    in_known: list[bool],
    joined: Callable[[int, int], bool],
    titles: frozenset[str],
) -> int:
    """Where a run ends once an organisation named with "and" is read whole, else ``j``.

    "the Securities and Exchange Commission", "Japan's Fire and Disaster Management Agency": the
    words before "and" are one name with those after when "the", a country or an opening bracket
    comes first and two or three words ending in an organisation's head word ("Commission") follow.
    Not a list ("HP, Dell and Lenovo Group"), nor two organisations ("the Bank and Korea Development
    Bank"), nor a person and one ("Trump and Justice Department officials").
    """
    left = words.text[i + (words.text[i] == "The"):j]
    if not left or len(left) > 2 or not all(_plain(w, titles) for w in left):
        return j
    return _named_with_and(text, words, j - len(left), j, in_name, in_known, joined)


def listed_organisation(
    text: str,
    words: Words,
    i: int,
    j: int,
    in_name: list[bool],
    in_known: list[bool],
    joined: Callable[[int, int], bool],
    gaz: Gazetteer,
) -> int:
    """Where a run of one word that a comma ends runs on, once an organisation named with a list is read whole.

    "Japan's Health, Labour and Welfare Ministry", "the UN Educational, Scientific and Cultural
    Organization": single words between commas, then an organisation named with "and" as
    ``and_organisation`` reads one. Not a list of names: of organisations ("Army, Navy and Air Force"),
    of known places ("Germany, France and Britain"), of companies ("Acer, Dell and Lenovo Group").
    """
    texts = words.text
    first = i + (texts[i] == "The")
    if j - first != 1 or not _plain(texts[first], gaz.titles):
        return j
    k = _listed(text, words, j, in_name, gaz)
    if k == j:
        return j
    end = _named_with_and(text, words, first, k, in_name, in_known, joined)
    return j if end == k or texts[end - 1] in COMPANY_SUFFIXES else end


def _named_with_and(
    text: str,
    words: Words,
    start: int,
    j: int,
    in_name: list[bool],
    in_known: list[bool],
    joined: Callable[[int, int], bool],
) -> int:
    """Where the name that starts at ``start`` ends, once read over the "and" at ``j``, else ``j``."""
    texts, capitalised = words.text, words.capitalised
    count = len(texts)
    if not (j + 1 < count and texts[j] == "and" and _continues(words, j, in_name, joined)):
        return j
    before = texts[start - 1] if start > 0 else ""
    spelled_out = text[:words.start[start]].endswith("(")  # "the FDA (Food and Drug Administration)"
    if not (before in ("the", "The") or (start > 0 and in_known[start - 1]) or spelled_out):
        return j
    end = j + 1
    while end < count and capitalised[end] and not in_name[end] and joined(end - 1, end):
        end += 1
    if not 2 <= end - (j + 1) <= 3 or texts[end - 1].lower() not in ORG_HEADS:  # not "Harvard and University"
        return j
    return end


def _plain(word: str, titles: frozenset[str]) -> bool:
    """Whether a word can start an organisation's name of its own: no head word, title or acronym."""
    return word.lower() not in ORG_HEADS and word not in titles and not word.isupper()


def linked_organisation(
    text: str, words: Words, j: int, in_name: list[bool], joined: Callable[[int, int], bool], gaz: Gazetteer
) -> int:
    """Where a run ends once an organisation named with "of" or "for" is read whole, else ``j``.

    "Federation of Small Businesses", "National Center for Atmospheric Research", "Ministry of Industry
    and Information Technology", "Ministry of Economy, Trade and Industry"; "League Against Cruel
    Sports": a preposition in capitals inside a sentence is part of a name. Not after a legal form
    ("Wolf Midstream Inc for C$1.6 billion"), nor cut short where the name runs on past what can be
    read ("Agency for Persons with Disabilities"), nor when "of the" lists what an organisation is
    made of ("the Alliance of the Moderates, Centre, Liberal and Christian Democrats").
    """
    texts, capitalised = words.text, words.capitalised
    count = len(texts)
    if j + 1 >= count:
        return j
    head, link = texts[j - 1], texts[j]
    organisation = link in ("of", "for") and head.lower() in ORG_HEADS and head not in COMPANY_SUFFIXES
    if organisation and link == "of" and in_name[j + 1] and joined(j - 1, j) and joined(j, j + 1):
        end = j + 1  # "Bank of Japan", "Communist Party of China": a country's or a city's institution
        while end < count and in_name[end] and joined(end - 1, end):
            end += 1
        return end
    # "Information Office of the State Council", "Ministry of the Interior": an organisation's "of the"
    # is its name's, as "of" is; after any other word it is the sentence's ("Head of the State Council").
    the = organisation and link == "of" and texts[j + 1] == "the" and j + 2 < count and joined(j - 1, j)
    if the and _continues(words, j + 1, in_name, joined):
        if _listed(text, words, j + 3, in_name, gaz, plain=False) > j + 3:
            return j  # "the Alliance of the Moderates, Centre, Liberal and Christian Democrats": its members
        j += 1
    elif not ((organisation or link in NAME_PREPOSITIONS) and _continues(words, j, in_name, joined)):
        return j
    end = _capitalised_run(words, j + 2, in_name, joined)
    if link == "of" and end == j + 2:
        end = _listed(text, words, end, in_name, gaz)  # "Ministry of Economy, Trade and Industry"
    if link == "of" and end + 1 < count and texts[end] == "and" and _continues(words, end, in_name, joined):
        after = _capitalised_run(words, end + 2, in_name, joined)
        if after - (end + 1) <= 3:
            end = after
    runs_on = end + 1 < count and texts[end] in ("and", "with", "of") and capitalised[end + 1]
    if link == "for" and (runs_on or text[words.end[end - 1]:].lstrip().startswith("&")):
        return j
    return end


def _listed(text: str, words: Words, k: int, in_name: list[bool], gaz: Gazetteer, *, plain: bool = True) -> int:
    """Where a list of single capitalised words, its second at ``k`` after a comma, reaches its "and", else ``k``.

    A word of the list may be a known organisation's name: "Health, Labour and Welfare" lists a
    ministry's fields, one of which is also a party's name. A known place may not: "Germany, France
    and Britain" is a list of names. ``plain``: no word of the list may be a head word, title or acronym.
    """
    texts, starts, ends = words.text, words.start, words.end
    end = k
    while end + 1 < len(texts) and text[ends[end - 1]:starts[end]] == ", " and words.capitalised[end] and (
        not in_name[end] or _known_organisation(texts[end], gaz)
    ) and (not plain or _plain(texts[end], gaz.titles)):
        end += 1
    return end if end > k and texts[end] == "and" else k


def _known_organisation(word: str, gaz: Gazetteer) -> bool:
    entry = gaz.entries.get(word)
    return entry is not None and entry.kind == "organization"


def known_organisation_before(
    words: Words,
    i: int,
    j: int,
    names: list[tuple[int, int]],
    entries: Mapping[str, Entry],
    text: str,
    joined: Callable[[int, int], bool],
) -> int:
    """Where the run ``i:j`` starts once the known organisation just before it is read with it, else ``i``.

    "Federal Reserve Bank of New York", "UN Educational, Scientific and Cultural Organization",
    "Senate Intelligence Committee": a known organisation's name, then an organisation's name of two
    words or more (which starts or ends with a head word), name another organisation or a body of
    the known one, which the words after the known name would misname ("Bank of New York" is another
    bank). A head word alone misnames nothing and is left to the known name: "BBC Radio" is still
    the BBC, "Facebook Inc" still Facebook.

    A country's name written out starts an organisation's name of two words or more that ends with a
    head word: "China Construction Bank", "Japan Atomic Power Co", "Hong Kong Polytechnic University",
    not "Construction Bank". Not "U.S." nor "UK", which stand before names as adjectives do ("U.S.
    Coast Guard" is the Coast Guard named again).
    """
    last = words.text[j - 1]
    if j - i < 2 or not (_head(words.text[i]) or last.lower() in ORG_HEADS) or not joined(i - 1, i):
        return i
    before = words.start[i - 1]
    start, end = next(((s, e) for s, e in names if s <= before < e), (0, 0))
    form = text[start:end]
    entry = entries.get(form)  # None for "Sweden Democrats", another country's party
    if end != words.end[i - 1] or entry is None:
        return i
    if entry.kind == "organization" and (_head(words.text[i]) or _head(last)):
        return bisect_left(words.start, start)
    written_out = entry.kind == "country" and not form.isupper() and "." not in form
    if not (written_out and last.lower() in ORG_HEADS):
        return i
    first = bisect_left(words.start, start)
    # "South China Morning Post": a point of the compass before the country is the name's too.
    compass = first > 0 and words.capitalised[first - 1] and words.text[first - 1].lower() in COMPASS
    return first - 1 if compass and joined(first - 1, first) else first


def _head(word: str) -> bool:
    """An organisation's head word, not a company's legal form ("Inc"), which a known name may have as an alias."""
    return word.lower() in ORG_HEADS and word not in COMPANY_SUFFIXES


def ampersand(gap: str, left: str, right: str, named: bool = False) -> bool:
    """Whether ``gap`` between two words is an "&" that joins them into a company's name.

    "John Deere & Co", "Procter & Gamble", "Marks & Spencer": people's names are joined with "and", companies'
    with "&", between capitalised words. Not between two letters: "M&A", "R&D", "Q&A" are things, and
    "S&P." at a sentence's end is "S&P" with its initial's full stop; unless a name goes on after them
    (``named``): "M&G Investments", "Texas A&M University".
    """
    letters = len(left.rstrip(".")) + len(right.rstrip("."))
    return gap.strip() == "&" and left[:1].isupper() and right[:1].isupper() and (letters > 2 or (named and gap == "&"))


def _continues(words: Words, k: int, in_name: list[bool], joined: Callable[[int, int], bool]) -> bool:
    """Whether the small word at ``k`` joins the words either side of it into one name."""
    return words.capitalised[k + 1] and not in_name[k + 1] and joined(k - 1, k) and joined(k, k + 1)


def _capitalised_run(words: Words, k: int, in_name: list[bool], joined: Callable[[int, int], bool]) -> int:
    """Where a run of capitalised words that goes on at ``k`` ends."""
    texts, capitalised = words.text, words.capitalised
    while k < len(texts) and capitalised[k] and not in_name[k] and joined(k - 1, k) and (
        texts[k].lower() not in NAME_BREAKS
    ):
        k += 1
    return k
