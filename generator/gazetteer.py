"""The names the player finder knows: countries from pycountry, plus the shipped gazetteer.yml."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import pycountry
import yaml

from .models import PlayerKind

DEMONYM = "demonym"
"""Kind of a gazetteer entry that is an adjective of nationality, not a player by itself."""


@dataclass(frozen=True)
class Entry:
    """What one known surface form stands for."""

    name: str
    """Canonical name of the player ("United States" for "U.S.")."""
    kind: PlayerKind | str
    """A player kind, or ``DEMONYM`` for "Russian", "British"."""
    country: str | None = None
    """For cities and demonyms: the canonical name of their country."""
    starts_names: bool = False
    """Whether it may begin a longer name, as demonyms, US states and cities do: "Texas Instruments",
    "New York Times"."""

    @property
    def country_named(self) -> str | None:
        """The country a mention of it names: a country itself, a city's or a demonym's ("Lima", "Peruvian")."""
        return self.name if self.kind == "country" else self.country


@dataclass(frozen=True)
class SharedName:
    """A known party's or institution's name that other countries' organisations have too."""

    country: str
    """Canonical name of the country whose organisation the name alone means."""
    party: bool
    """A party's: an adjective before it names another party ("Christian Democrats")."""


@dataclass(frozen=True)
class Gazetteer:
    entries: dict[str, Entry]
    """Surface form, exactly as written, to what it stands for."""
    pattern: re.Pattern[str]
    """Finds any surface form as a whole word, the longest first."""
    titles: frozenset[str]
    """Titles and honorifics written before a name: "President", "Mr.", "Prime Minister"."""
    title_heads: frozenset[str]
    """The first word of every title, and every one-word title in the plural ("Senators"): a run of words
    without one holds no title."""
    shared: dict[str, SharedName]
    """Canonical names of organisations named as others' are ("Democrats", "Congress"), to whose they are."""
    shared_forms: frozenset[str]
    """Every way of writing a shared name: "Democrats", "Democratic Party", "U.S. Congress"."""
    home_words: dict[str, frozenset[str]]
    """A country to the words of its shared names' forms and its places that are other countries' names too:
    "House Democrats", "Georgia Republicans" are the US's Democrats and Republicans."""


def _trie(forms: Iterable[str], not_after: str) -> str:
    """One regex for all ``forms`` as a trie: ``Sa(?:udi Arabia|n Marino)``, not a flat alternation.

    The re module tries a flat alternation's thousand branches one by one at every position; a
    trie shares prefixes, which made matching six times faster. Longer forms win, as they did in
    the flat alternation sorted longest first: at every node, continuing is tried before ending.

    A form matches only where the character before it is not ``not_after`` (a character class).
    That is checked just after the form's first character (``S(?<![\\w.]S)``), not before it: a
    pattern that starts with a literal character lets the re module skip ahead to the next place
    one of the first characters is, where a look-behind at the start made it try every position.
    """
    root: dict[str, dict[str, Any]] = {}
    for form in forms:
        node = root
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict[str, dict[str, Any]], first: bool = False) -> str:
        ends = "" in node
        branches = [
            re.escape(char) + (f"(?<!{not_after}{re.escape(char)})" if first else "") + pattern(child)
            for char, child in sorted(node.items())
            if char
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return f"(?:{body})?"
        return body

    return "(?:" + pattern(root, first=True) + ")"


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer, loaded once per process."""
    text = resources.files("generator").joinpath("data/gazetteer.yml").read_text(encoding="utf-8")
    # libyaml's safe loader when PyYAML has it (its wheels do): a sixth of the pure-Python one's time,
    # paid by every worker of a run.
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    entries: dict[str, Entry] = {}
    overrides: dict[str, dict[str, object]] = data["countries"]
    country_names: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        override = overrides.get(code, {})
        common = getattr(country, "common_name", None)
        name = str(override.get("name") or common or country.name)
        if "," in name:
            # ISO's "Congo, The Democratic Republic of the" is not how anyone writes it.
            continue
        country_names[code] = name
        aliases: list[str] = [str(a) for a in override.get("aliases", []) or []]  # type: ignore[attr-defined]
        spellings = {name, country.name, getattr(country, "official_name", None) or name, common or name, *aliases}
        for form in spellings:
            if "," not in form:
                entries.setdefault(form, Entry(name, "country"))
    for country, aliases in data["former_countries"].items():
        for form in [country, *aliases]:
            entries.setdefault(form, Entry(country, "country"))
    for adjective, code in data["demonyms"].items():
        if code in country_names:
            entries.setdefault(adjective, Entry(adjective, DEMONYM, country_names[code]))
            if adjective.endswith(("an", "i")):
                # "Russians", "North Koreans", "Iraqis": the people of a country, not a player.
                entries.setdefault(adjective + "s", Entry(adjective, DEMONYM, country_names[code]))
    for adjective in data["adjectives"]:
        entries.setdefault(adjective, Entry(adjective, DEMONYM))
    for city, code in data["cities"].items():
        entries.setdefault(city, Entry(city, "place", country_names.get(code), starts_names=True))
    for state in data["states"]:
        entries.setdefault(state, Entry(state, "place", country_names["US"], starts_names=True))
    for place in data["places"]:
        entries.setdefault(place, Entry(place, "place"))
    for org, aliases in data["organizations"].items():
        for form in [org, *(aliases or [])]:
            entries.setdefault(form, Entry(org, "organization"))
    shared_names = data["shared_names"]
    shared = {
        name: SharedName(country_names[code], group == "parties")
        for group in ("parties", "institutions") for name, code in shared_names[group].items()
    }
    home_words: dict[str, set[str]] = {
        country_names[code]: set(places) for code, places in shared_names["home_places"].items()
    }
    for form, entry in entries.items():
        if entry.name in shared:
            home_words.setdefault(shared[entry.name].country, set()).update(form.split())
    pattern = re.compile(_trie(entries, not_after=r"[\w.]") + r"(?![\w])")
    titles = frozenset(data["titles"])
    return Gazetteer(
        entries, pattern, titles,
        frozenset(title.split(" ")[0] for title in titles) | {f"{title}s" for title in titles if " " not in title},
        shared,
        frozenset(form for form, entry in entries.items() if entry.name in shared),
        {country: frozenset(words) for country, words in home_words.items()},
    )
