"""The names the player finder knows: countries from pycountry, plus the shipped gazetteer.yml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

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


@dataclass(frozen=True)
class Gazetteer:
    entries: dict[str, Entry]
    """Surface form, exactly as written, to what it stands for."""
    pattern: re.Pattern[str]
    """Finds any surface form as a whole word, the longest first."""
    titles: frozenset[str]
    """Titles and honorifics written before a name: "President", "Mr.", "Prime Minister"."""


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer, loaded once per process."""
    text = resources.files("generator").joinpath("data/gazetteer.yml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
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
    for adjective, code in data["demonyms"].items():
        if code in country_names:
            entries.setdefault(adjective, Entry(adjective, DEMONYM, country_names[code]))
            if adjective.endswith(("an", "i")):
                # "Russians", "North Koreans", "Iraqis": the people of a country, not a player.
                entries.setdefault(adjective + "s", Entry(adjective, DEMONYM, country_names[code]))
    for adjective in data["adjectives"]:
        entries.setdefault(adjective, Entry(adjective, DEMONYM))
    for city, code in data["cities"].items():
        entries.setdefault(city, Entry(city, "place", country_names.get(code)))
    for place in data["places"]:
        entries.setdefault(place, Entry(place, "place"))
    for org, aliases in data["organizations"].items():
        for form in [org, *(aliases or [])]:
            entries.setdefault(form, Entry(org, "organization"))
    forms = sorted(entries, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w])")
    return Gazetteer(entries, pattern, frozenset(data["titles"]))
