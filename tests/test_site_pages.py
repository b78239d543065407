"""The home page lists every explainer newest first; the explainers index groups them by month."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from generator.build import generate
from generator.listings import EXPLAINERS_PER_PLAYER, HOME_LATEST, PER_PAGE, Listing, site_pages
from generator.models import PlayerKind

SEEDS = {
    # name: (title, published or None, source)
    "old.txt": ("Budget vote delayed", "2017-11-03", "Reuters"),
    "new.md": ("Ferry deal signed", "2024-03-05", "The Coastal Courier"),
    "mid.txt": ("Mayor resigns", "2024-03-01", None),
    "undated.txt": ("Harbour fees rise", None, "BBC"),
    "same-month.txt": ("Lighthouse reopens", "2024-03-20", "BBC"),
    "quoted.txt": ("'Zoo will close'", None, None),
}


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    seeds = tmp_path_factory.mktemp("seeds")
    paths = []
    for name, (title, published, source) in SEEDS.items():
        path = seeds / name
        body = f"The council said on Monday that the {title.lower()} story was true.\n\nIt gave no details.\n"
        meta = "".join(
            f"{key}: {value}\n" for key, value in (("published", published), ("source", source)) if value
        )
        if name.endswith(".md"):
            path.write_text(f"---\ntitle: {title}\n{meta}---\n\n{body}", encoding="utf-8")
        else:
            path.write_text(f"{title}\n\n{body}", encoding="utf-8")
            if meta:
                path.with_suffix(".yml").write_text(meta, encoding="utf-8")
        paths.append(path)
    out = tmp_path_factory.mktemp("docs")
    result = generate(paths, out)
    assert not result.failures
    return out


def _titles(markdown: str) -> list[str]:
    return re.findall(r"^- \*\*\[([^\]]+)\]", markdown, flags=re.MULTILINE)


def test_home_page_lists_newest_first_with_date_source_and_summary(docs: Path) -> None:
    home = (docs / "index.md").read_text(encoding="utf-8")
    assert _titles(home) == [
        "Lighthouse reopens", "Ferry deal signed", "Mayor resigns", "Budget vote delayed", "Harbour fees rise",
        "'Zoo will close'",
    ]
    assert "**[Ferry deal signed](ferry-deal-signed/index.md)** · *5 March 2024, The Coastal Courier*" in home
    assert "*1 March 2024, source not stated*" in home
    assert "*date not known, BBC*" in home
    assert "The council said on Monday that the ferry deal signed story was true." in home


def test_explainers_index_links_a_page_per_month_undated_last(docs: Path) -> None:
    index = (docs / "explainers.md").read_text(encoding="utf-8")
    assert re.findall(r"^- \[(.+?)\]\((.+?)\): (.+)$", index, flags=re.MULTILINE) == [
        ("March 2024", "explainers/2024-03.md", "3 explainers"),
        ("November 2017", "explainers/2017-11.md", "1 explainer"),
        ("Undated", "explainers/undated.md", "2 explainers"),
    ]
    march = (docs / "explainers" / "2024-03.md").read_text(encoding="utf-8")
    assert _titles(march) == ["Lighthouse reopens", "Ferry deal signed", "Mayor resigns"]
    assert "**[Ferry deal signed](../ferry-deal-signed/index.md)** · *5 March 2024, The Coastal Courier*" in march
    undated = (docs / "explainers" / "undated.md").read_text(encoding="utf-8")
    assert _titles(undated) == ["Harbour fees rise", "'Zoo will close'"]
    assert "[Background](../harbour-fees-rise/background.md)" in undated


def listing(i: int, day: date | None, players: tuple[tuple[PlayerKind, str], ...] = ()) -> Listing:
    return Listing(f"story-{i:04d}", f"Story {i:04d}", f"Summary {i}.", "Wire", day, players)


def test_no_site_page_grows_with_the_site() -> None:
    common: tuple[tuple[PlayerKind, str], ...] = (("country", "Norway"),)
    many = [listing(i, date(2024, 3, 1 + i % 28), common) for i in range(130)]
    many += [listing(i, None, ((("person", f"Person {i}"),))) for i in range(130, 450)]
    pages = {page.path.as_posix(): page.text for page in site_pages(many)}
    home = pages["index.md"]
    assert len(_titles(home)) == HOME_LATEST and _titles(home)[0] == "Story 0027"
    assert "[Older explainers, by month](explainers.md)" in home
    assert "- [March 2024](explainers/2024-03.md): 130 explainers on 3 pages" in pages["explainers.md"]
    parts = [pages[f"explainers/2024-03{suffix}.md"] for suffix in ("", "-2", "-3")]
    assert [len(_titles(part)) for part in parts] == [PER_PAGE, PER_PAGE, 30]
    assert "Pages: [1](2024-03.md) · **2** · [3](2024-03-3.md)" in parts[1]
    assert sorted(t for part in parts for t in _titles(part)) == sorted(f"Story {i:04d}" for i in range(130))
    assert "explainers/undated-7.md" in pages and "explainers/undated-8.md" not in pages
    # One player in 130 explainers: its newest ten, and a count of the rest.
    norway = pages["players/n.md"]
    assert norway.count("](../story-") == EXPLAINERS_PER_PLAYER and "and 120 more explainers" in norway
    # 320 people under P: split in pages of a hundred players.
    assert "- [P](players/p.md): 320 players" in pages["players.md"]
    assert [name for name in pages if name.startswith("players/p")] == [
        "players/p.md", "players/p-2.md", "players/p-3.md", "players/p-4.md",
    ]
    assert max(len(text) for text in pages.values()) < 40_000


def test_players_are_filed_under_their_transliterated_first_letter() -> None:
    players: tuple[tuple[PlayerKind, str], ...] = (
        ("person", "Ängela Merkel"), ("place", "Ōsaka"), ("person", "4chan"),
        ("person", "Mitt Romney"), ("person", "Māris Kucinskis"), ("person", "Mark Oaten"),
    )
    pages = {page.path.as_posix(): page.text for page in site_pages([listing(1, None, players)])}
    assert "**Ängela Merkel**" in pages["players/a.md"] and "**Ōsaka**" in pages["players/o.md"]
    assert "**4chan**" in pages["players/other.md"]
    assert pages["players.md"].index("[A]") < pages["players.md"].index("[Other]")
    # In the order a reader looks them up: "Māris" as "Maris", before "Mark", not after "Mitt".
    m = pages["players/m.md"]
    assert m.index("**Māris Kucinskis**") < m.index("**Mark Oaten**") < m.index("**Mitt Romney**")


def test_a_person_named_differently_by_two_explainers_is_filed_once() -> None:
    stories = [
        listing(1, date(2024, 3, 1), (("person", "Donald Trump"), ("person", "Kim Jong Un"))),
        listing(2, date(2024, 3, 2), (("person", "Trump"), ("person", "Kim Jong-un"), ("person", "Bush"))),
        listing(3, date(2024, 3, 3), (("person", "Kim Jong Un"), ("person", "George W. Bush"))),
        listing(4, date(2024, 3, 4), (("person", "George H.W. Bush"),)),
    ]
    pages = {page.path.as_posix(): page.text for page in site_pages(stories)}
    d, k = pages["players/d.md"], pages["players/k.md"]
    assert "**Donald Trump**: [Story 0002](../story-0002/players.md) · [Story 0001](" in d  # "Trump" is him
    assert "Trump**" not in pages.get("players/t.md", "")
    assert "**Kim Jong Un**" in k and "Kim Jong-un" not in k and k.count("](../story-") == 3
    assert "**Bush**" in pages["players/b.md"]  # two Bushes on the site: which one is not guessed
