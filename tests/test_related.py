"""Related explainers: each overview ends with the explainers sharing its players or issues, best first."""

from __future__ import annotations

import re
from pathlib import Path

from generator.build import generate
from generator.listings import SITE_FOLDERS
from generator.related import MAX_RELATED, find_related, related_section, with_related
from generator.state import ExplainerRecord

from .test_noop import stats


def record(slug: str, players: list[str], issues: tuple[str, ...] = ()) -> ExplainerRecord:
    return ExplainerRecord(
        slug=slug, title=slug.replace("-", " ").capitalize(), summary="", source=None, published=None,
        seed=f"seeds/{slug}.txt", seed_digest="", generator_version="",
        players=tuple(("person", name) for name in players), issues=issues,
    )


def test_rare_shared_players_and_issues_rank_first() -> None:
    records = [
        record("a", ["Common", "Rare", "Keller"], ("Fishing quotas",)),
        record("b", ["Common", "Rare"]),
        record("c", ["Common", "Keller"], ("fishing quotas",)),
        record("d", ["Common"]),
        record("e", ["Common"]),
        record("f", ["Nobody else"]),
    ]
    related = find_related(records)
    assert [r.slug for r in related["a"]] == ["c", "b", "d", "e"]
    assert related["a"][0].shared == ("Fishing quotas", "Keller", "Common")
    assert related["f"] == ()
    ban = find_related([record("x", ["P"], ("The ban",)), record("y", ["P"], ("the ban",))])
    assert ban["x"][0].shared == ("the ban", "P")
    assert all(r.slug != slug for slug, items in related.items() for r in items)


def test_a_shared_issue_title_alone_relates_nothing() -> None:
    # "The ban" of mosques and "the ban" on hunting share a word, not a story.
    ban = find_related([record("mosques", ["Austria"], ("The ban",)), record("hunting", ["Commons"], ("the ban",))])
    assert ban == {"mosques": (), "hunting": ()}


def test_a_shared_party_label_alone_relates_nothing() -> None:
    related = find_related([
        record("uk-maternity-pay", ["Patricia Hewitt", "Conservatives"]),
        record("colombia-congress", ["Ivan Duque", "Conservatives"]),
        record("uk-hunting-ban", ["Patricia Hewitt", "Conservatives"]),
    ])
    assert [r.slug for r in related["uk-maternity-pay"]] == ["uk-hunting-ban"]
    assert related["uk-maternity-pay"][0].shared == ("Patricia Hewitt", "Conservatives")
    assert related["colombia-congress"] == ()


def test_ties_break_by_slug_and_the_list_is_capped() -> None:
    records = [record(f"x{i:02d}", ["Shared"]) for i in range(12)]
    first = find_related(records)
    assert [r.slug for r in first["x05"]] == ["x00", "x01", "x02", "x03", "x04"]
    assert len(first["x00"]) == MAX_RELATED
    assert find_related(reversed(records)) == first


def test_the_section_is_replaced_not_repeated() -> None:
    overview = "# Title\n\nText.\n"
    related = find_related([record("a", ["Keller"]), record("b", ["Keller"])])
    once = with_related(overview, related_section(related["a"]))
    assert once.startswith(overview) and once.count("## Related explainers") == 1
    assert "- [B](../b/index.md): also about Keller" in once
    assert with_related(once, related_section(related["a"])) == once
    assert with_related(once, "") == overview


def test_a_large_site_relates_quickly_through_the_index() -> None:
    # 2,000 explainers, each naming a common player and a few of 400 others: no pairwise comparison.
    records = [record(f"e{i:04d}", ["Everyone", f"p{i % 400}", f"q{i % 397}"]) for i in range(2000)]
    related = find_related(records)
    assert len(related) == 2000
    assert {r.slug for r in related["e0000"]} >= {"e0400", "e0800"}


HARBOUR = (
    "Harbour deal signed in {city}\n\n"
    "Foreign Minister {person} of Norway signed a harbour deal on Monday in {city}.\n"
    "{last} said the deal would create jobs. Critics accused {last} of ignoring the fishing industry.\n"
)


def harbour(seeds: Path, name: str, person: str, city: str) -> Path:
    path = seeds / f"{name}.txt"
    path.write_text(HARBOUR.format(person=person, last=person.split()[-1], city=city), encoding="utf-8")
    return path


def related_titles(docs: Path, slug: str) -> list[str]:
    text = (docs / slug / "index.md").read_text(encoding="utf-8")
    section = text.partition("## Related explainers")[2]
    return re.findall(r"^- \[([^\]]+)\]", section, flags=re.MULTILINE)


def test_overviews_list_related_explainers_best_first_and_stably(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    paths = [
        harbour(seeds, "a", "Maria Keller", "Oslo"),
        harbour(seeds, "b", "Maria Keller", "Bergen"),
        harbour(seeds, "c", "John Okafor", "Oslo"),
        harbour(seeds, "d", "Ana Souza", "Tromso"),
    ]
    paths.append(seeds / "e.txt")
    paths[-1].write_text("Zoo will close\n\nThe zoo will close on Friday, the council said.\n", encoding="utf-8")
    generate(paths, tmp_path / "one" / "docs")
    docs = tmp_path / "one" / "docs"
    # a shares Keller and Norway with b, Oslo and Norway with c, only Norway with d.
    assert related_titles(docs, "harbour-deal-signed-in-oslo")[0] == "Harbour deal signed in Bergen"
    assert related_titles(docs, "harbour-deal-signed-in-oslo")[-1] == "Harbour deal signed in Tromso"
    assert "## Related explainers" not in (docs / "zoo-will-close" / "index.md").read_text(encoding="utf-8")
    generate(list(reversed(paths)), tmp_path / "two" / "docs", jobs=1)
    for slug in ("harbour-deal-signed-in-oslo", "harbour-deal-signed-in-bergen", "harbour-deal-signed-in-tromso"):
        assert (docs / slug / "index.md").read_bytes() == (tmp_path / "two" / "docs" / slug / "index.md").read_bytes()


def test_an_edited_overview_keeps_the_editors_text_when_its_related_list_changes(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    paths = [harbour(seeds, "a", "Maria Keller", "Oslo"), harbour(seeds, "b", "John Okafor", "Bergen")]
    docs = tmp_path / "docs"
    generate(paths, docs)
    overview = docs / "harbour-deal-signed-in-oslo" / "index.md"
    edited = overview.read_text(encoding="utf-8").replace("## At a glance", "An editor's note.\n\n## At a glance")
    overview.write_text(edited, encoding="utf-8")
    paths.append(harbour(seeds, "c", "Maria Keller", "Tromso"))
    result = generate(paths, docs)
    assert result.skipped == 2 and not result.report.conflicts
    assert [o.action for o in result.report.outcomes if o.page.as_posix().endswith("oslo/index.md")] == ["merged"]
    text = overview.read_text(encoding="utf-8")
    assert "An editor's note." in text
    assert related_titles(docs, "harbour-deal-signed-in-oslo") == [
        "Harbour deal signed in Tromso", "Harbour deal signed in Bergen",
    ]


def test_changing_one_seed_rewrites_only_the_overviews_whose_related_list_changed(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    paths = [
        harbour(seeds, "a", "Maria Keller", "Oslo"),
        harbour(seeds, "b", "John Okafor", "Bergen"),
        harbour(seeds, "c", "Ana Souza", "Tromso"),
    ]
    (seeds / "d.txt").write_text("Zoo will close\n\nThe zoo will close on Friday, the council said.\n", "utf-8")
    paths.append(seeds / "d.txt")
    docs = tmp_path / "docs"
    generate(paths, docs)
    before = stats(tmp_path)
    # The zoo story now names Maria Keller: related to a, and a to it; b and c gain nothing.
    (seeds / "d.txt").write_text(
        "Zoo will close\n\nThe zoo will close on Friday, Foreign Minister Maria Keller said.\n", "utf-8"
    )
    generate(paths, docs)
    changed = {path for path, stat in stats(tmp_path).items() if before.get(path) != stat}
    touched = {path.split("/")[1] for path in changed if path.startswith("docs/") and path.count("/") >= 2}
    touched -= set(SITE_FOLDERS)  # the zoo story is listed under a new player: the M page of the players
    assert touched == {"zoo-will-close", "harbour-deal-signed-in-oslo"}
    assert "docs/harbour-deal-signed-in-oslo/index.md" in changed
    assert not any("bergen" in path or "tromso" in path for path in changed)
    assert related_titles(docs, "harbour-deal-signed-in-oslo")[0] == "Zoo will close"
