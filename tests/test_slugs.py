"""Slugs from titles: safe on disk and in URLs, readable for any script, unique and stable."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.analyze import analyze
from generator.build import SureSlugs, generate
from generator.readers import read
from generator.render import render
from generator.slugs import MAX_LENGTH, RESERVED, assign, slug_for
from generator.state import load_state

SAFE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Russia-US summit: can disagreements be resolved?", "russia-us-summit-can-disagreements-be-resolved"),
        ("Trump–Putin: “Cold War” ends?", "trump-putin-cold-war-ends"),
        ("Путин и Трамп встретились в Хельсинки", "putin-i-tramp-vstretilis-v-khelsinki"),
        ("普京与特朗普会面", "pu-jing-yu-te-lang-pu-hui-mian"),
        ("Ελλάδα και Τουρκία", "ellada-kai-tourkia"),
        ("Việt Nam và Mỹ", "viet-nam-va-my"),
        ("../../etc/passwd", "etc-passwd"),
        ("..", "explainer"),
        ("?!… — ***", "explainer"),
        ("🙂🙂", "explainer"),
        ("CON", "con-explainer"),
        ("lpt1", "lpt1-explainer"),
        ("Index", "index-explainer"),
        ("Assets", "assets-explainer"),
        ("Search", "search-explainer"),
        ("Explainers", "explainers-explainer"),
        ("100% rise in C++ jobs & <script>", "100-rise-in-c-jobs-script"),
        ("Rates: what changed #2", "rates-what-changed-2"),
        ("Far-right leader skeptical of Bannon's anti-EU push", "far-right-leader-skeptical-of-bannons-anti-eu-push"),
        ("Peru’s Congress renews confidence", "perus-congress-renews-confidence"),
        ("Anglers 'could face prosecution'", "anglers-could-face-prosecution"),
    ],
)
def test_slug_for_tricky_titles(title: str, expected: str) -> None:
    slug = slug_for(title)
    assert slug == expected
    assert SAFE.match(slug)
    assert slug not in RESERVED


def test_long_titles_are_cut_at_a_word() -> None:
    slug = slug_for("word " * 100 + "end")
    assert len(slug) <= MAX_LENGTH
    assert SAFE.match(slug)
    assert slug.endswith("word")


def test_collisions_are_resolved_by_seed_path_whatever_the_order() -> None:
    seeds = [
        (Path("seeds/c.txt"), "Budget row"),
        (Path("seeds/a.md"), "Budget row!"),
        (Path("seeds/b.html"), "BUDGET ROW"),
        (Path("seeds/d.txt"), "Budget row 2"),
    ]
    expected = {
        Path("seeds/a.md"): "budget-row",
        Path("seeds/b.html"): "budget-row-3",
        Path("seeds/c.txt"): "budget-row-4",
        # A title that is unique keeps its own slug even though -2 is how collisions are numbered.
        Path("seeds/d.txt"): "budget-row-2",
    }
    assert assign(seeds) == expected
    assert assign(reversed(seeds)) == expected


def test_held_slugs_are_never_given_out() -> None:
    slugs = assign([(Path("b.txt"), "Budget row"), (Path("a.txt"), "Ferry deal")], held={"budget-row"})
    assert slugs == {Path("a.txt"): "ferry-deal", Path("b.txt"): "budget-row-2"}


def test_collision_suffix_keeps_within_the_length_limit() -> None:
    title = "x" * 200
    slugs = assign([(Path(f"{n}.txt"), title) for n in range(12)])
    assert len(set(slugs.values())) == 12
    assert all(len(s) <= MAX_LENGTH and SAFE.match(s) for s in slugs.values())


def test_two_seeds_with_one_title_get_two_folders(tmp_path: Path) -> None:
    seeds = []
    for name in ("one.txt", "two.txt"):
        path = tmp_path / name
        path.write_text(f"Same headline\n\nA paragraph of the {name} article, quite different.\n", encoding="utf-8")
        seeds.append(path)
    docs = tmp_path / "docs"
    first = generate(seeds, docs)
    assert sorted(e.slug for e in first.explainers) == ["same-headline", "same-headline-2"]
    assert "one.txt article" in (docs / "same-headline" / "source.md").read_text(encoding="utf-8")
    assert "two.txt article" in (docs / "same-headline-2" / "source.md").read_text(encoding="utf-8")
    # Unchanged seeds are skipped on a rerun; a fresh run in the other order gives the same folders.
    again = generate(list(reversed(seeds)), docs)
    assert again.skipped == 2 and again.report.written == ()
    fresh = generate(list(reversed(seeds)), tmp_path / "fresh" / "docs")
    assert {Path(e.seed).name: e.slug for e in fresh.explainers} == {
        "one.txt": "same-headline", "two.txt": "same-headline-2"
    }
    # The second one's pages, moved to the folder it was given, read as if rendered there.
    for page in render(analyze(read(seeds[1]), slug="same-headline-2")):
        written = (docs / page.path).read_text(encoding="utf-8")
        assert written.startswith(page.text) if page.path.name == "index.md" else written == page.text


def test_a_slug_is_sure_before_every_title_is_known_only_when_nothing_can_take_it(tmp_path: Path) -> None:
    state = load_state(tmp_path / ".explainers")
    seeds = [Path("seeds/b.txt"), Path("seeds/a.txt"), Path("seeds/c.txt"), Path("seeds/d.txt")]
    sure = SureSlugs(state, seeds, frozenset({"old-explainer/index.md"}))
    assert not sure.settled(seeds[0], "budget-row"), "a.txt comes first by path, and has not come in"
    assert sure.settled(seeds[1], "ferry-deal")
    assert not sure.settled(seeds[2], "budget-row"), "b.txt wants it too"
    assert not sure.settled(seeds[3], "old-explainer"), "a folder of pages no seed owns"
    assert assign([(seeds[0], "Budget row"), (seeds[1], "Ferry deal"), (seeds[2], "Budget row")]) == {
        seeds[0]: "budget-row", seeds[1]: "ferry-deal", seeds[2]: "budget-row-2"
    }
