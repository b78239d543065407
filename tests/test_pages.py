"""Where sentences go, and what the new pages show a reader: by issue, by player, by date."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from generator.analyze import analyze, page_for
from generator.build import generate
from generator.models import Explainer, Labelled, Role, Sentence
from generator.readers import read
from generator.summary import summarize

from .conftest import SEED, run_cli

SLUG = "russia-us-summit-can-disagreements-be-resolved"


@pytest.fixture(scope="module")
def seed_explainer() -> Explainer:
    return analyze(read(SEED, published=date(2018, 7, 12)))


def _page_text(explainer: Explainer, page: str) -> str:
    return " ".join(item.sentence.text for item in explainer.on_page(page))  # type: ignore[arg-type]


def test_seed_points_of_contention_are_on_the_disagreements_page(seed_explainer: Explainer) -> None:
    text = _page_text(seed_explainer, "disagreements")
    for phrase in ("annexation of Crimea", "military intervention in Syria", "expulsion of Russian diplomats",
                   "NATO missile defence system", "the US intensified economic, trade, and financial sanctions",
                   "signed a new law placing sanctions", "Tit-for-tat", "Sergei Skripal was poisoned"):
        assert phrase in text


def test_seed_troubled_relations_are_background(seed_explainer: Explainer) -> None:
    section_of = seed_explainer.article.section_of
    troubled = [s for s in seed_explainer.sentences if section_of(s.sentence.paragraph) == "Troubled relations"]
    # Its disputes are told on the disagreements page; the rest of it is the background page.
    assert {item.page for item in troubled} <= {"background", "disagreements"}
    items = seed_explainer.on_page("background")
    # The roles may add a line of context from elsewhere ("first official summit since 2009"),
    # but the page is mostly the "Troubled relations" material.
    assert sum(section_of(item.sentence.paragraph) == "Troubled relations" for item in items) > len(items) / 2
    text = _page_text(seed_explainer, "background")
    assert "Political and military confrontations" in text
    assert "bilateral relations have been strained" in text


def test_seed_outlook(seed_explainer: Explainer) -> None:
    text = _page_text(seed_explainer, "outlook")
    assert "primarily a symbolic meaning" in text
    assert "increase pressure on Iran" in text and "reduction of US sanctions" in text
    assert "could avoid another Cold War" in text


@pytest.mark.parametrize("role", ["main", "background", "evaluation"])
def test_a_dispute_goes_on_disagreements_whatever_its_role(role: Role) -> None:
    text = "Over the past 10 years, the US and Russia have clashed on many issues: Ukraine and Syria."
    assert page_for(text, role, in_issue=True) == "disagreements"
    assert page_for(text, role) == "disagreements"  # judged from its words when no issue is given


def test_the_news_in_the_lede_stays_on_the_overview() -> None:
    assert page_for("The US imposed sanctions on Russia on Monday.", "main", in_issue=True, lede=True) == "overview"


@pytest.mark.parametrize("role", ["expectation", "evaluation"])
def test_a_view_of_what_will_happen_goes_on_outlook(role: Role) -> None:
    assert page_for("But experts say that the summit will have primarily a symbolic meaning.", role) == "outlook"


def test_boilerplate_is_dropped() -> None:
    assert page_for("Related News", "other", in_issue=True) is None


def test_seed_summary(seed_explainer: Explainer) -> None:
    summary = seed_explainer.summary
    assert 3 <= len(summary) <= 5
    assert summary[0] == "s1", "the news event comes first"
    assert len(set(summary)) == len(summary)
    pages = {item.sentence.id: item.page for item in seed_explainer.sentences}
    assert any(pages[sid] == "outlook" for sid in summary), "a look ahead"


def _labelled(*texts: str, role: Role = "main") -> tuple[Labelled, ...]:
    return tuple(
        Labelled(Sentence(f"s{i}", i, text), role, "overview") for i, text in enumerate(texts, start=1)
    )


def test_summary_never_picks_captions_credits_or_sentences_that_lean_back() -> None:
    items = _labelled(
        "FILE PHOTO: A man walks past a branch of the bank in central Sydney, Australia, May 2, 2018.",
        "REUTERS/Daniel Munoz",
        "The central bank raised interest rates by half a point on Tuesday to fight inflation.",
        "But they said the bank had little choice after prices rose for a sixth month.",
        "Inflation reached 7 percent in March, the highest level since 1991, official data showed.",
        "Economists expect the bank to raise interest rates again next month as inflation stays high.",
        "Shares in banks rose after the decision, while the currency gained against the dollar.",
        "A trader works at the stock exchange in Sydney, Australia, on Sept. 14, 2018.",
    )
    summary = summarize(items)
    assert summary[0] == "s3"
    assert not {"s1", "s2", "s4", "s8"} & set(summary)
    assert 3 <= len(summary) <= 5


def test_summary_of_a_short_article_is_what_there_is() -> None:
    assert summarize(_labelled("One sentence about a park opening on Monday in the city.")) == ("s1",)


def test_analyze_json_shows_players_timeline_issues_and_summary(tmp_path: Path) -> None:
    result = run_cli("analyze", "--published", "2018-07-12", str(SEED), "--format", "json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    putin = next(p for p in data["players"] if p["name"] == "Vladimir Putin")
    assert putin["kind"] == "person" and putin["description"] == "Russian President" and putin["mentions"] == 3
    assert {"date": "2018-07-16", "text": "next Monday", "sentence": "s1", "resolved": True} in data["timeline"]
    sanctions = next(i for i in data["issues"] if i["title"] == "Sanctions")
    assert {"player": "United States", "sentences": ["s8"]} in sanctions["sides"]
    assert 3 <= len(data["summary"]) <= 5


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    docs = tmp_path_factory.mktemp("site") / "docs"
    generate([SEED], docs, published=date(2018, 7, 12))
    return docs


def test_disagreements_page_has_one_heading_per_issue_with_sides(docs: Path) -> None:
    page = (docs / SLUG / "disagreements.md").read_text(encoding="utf-8")
    headings = [line[3:] for line in page.splitlines() if line.startswith("## ")]
    assert headings[:2] == ["Sanctions", "Ukraine and Russia’s annexation of Crimea"]
    assert "Poisoning of Sergei Skripal" in headings
    sanctions = page.split("## Sanctions", 1)[1].split("\n## ", 1)[0]
    assert "Sides: **United States**, **Russia**" in sanctions
    assert "- **United States:** In April, the US intensified" in sanctions
    assert "- **Russia:** President Putin has signed" in sanctions
    assert "(source.md#p6" in sanctions  # provenance on every sentence


def test_players_page(docs: Path) -> None:
    page = (docs / SLUG / "players.md").read_text(encoding="utf-8")
    assert page.index("## People") < page.index("## Countries") < page.index("## Places")
    assert "### Vladimir Putin\n\n*Russian President* · named 3 times · also written “Putin”" in page
    assert "### Middle East" in page


def test_timeline_page_in_date_order(docs: Path) -> None:
    page = (docs / SLUG / "timeline.md").read_text(encoding="utf-8")
    order = [page.index(s) for s in ("**2008 to 2018**", "**2009 to 2018**", "**April 2018**", "**16 July 2018**")]
    assert order == sorted(order)
    assert "(“next Monday”)" in page and "source.md#p1" in page


@pytest.mark.parametrize(
    ("published", "heading"),
    [(date(2019, 3, 10), "## Times too vague to date"), (None, "## Dates relative to an unknown publication date")],
)
def test_timeline_says_why_a_date_is_not_placed(tmp_path: Path, published: date | None, heading: str) -> None:
    from generator.render import render

    seed = tmp_path / "slump.txt"
    seed.write_text("Factories slump\n\nOutput has slumped over the past several months.\n", encoding="utf-8")
    pages = {page.path.name: page.text for page in render(analyze(read(seed, published=published)))}
    timeline = pages["timeline.md"]
    assert heading in timeline
    assert "- **over the past several months**: Output has slumped" in timeline


def test_overview_leads_with_at_a_glance_and_never_shows_a_sentence_twice(docs: Path) -> None:
    body = (docs / SLUG / "index.md").read_text(encoding="utf-8").split("---\n", 2)[2]
    assert body.index("## At a glance") < body.index("## What is happening") < body.index("## In this explainer")
    shown = re.findall(r"(?:^- |(?<=</sup> )|^)([A-Z][^<\n]+?)<sup>", body, flags=re.MULTILINE)
    assert len(shown) >= 4, shown  # the 3 summary bullets and the rest of the opening paragraph
    assert len(shown) == len(set(shown)), shown
    # Each page of the explainer says what it holds and how much, counted in its own unit.
    assert "- [Key players](players.md): Who and what the article is about. (15 players)" in body
    assert "- [Timeline](timeline.md): The dates the article names, in order. (4 dates)" in body


def test_overview_is_tagged_with_main_players_and_site_players_page_lists_explainers(docs: Path) -> None:
    overview = (docs / SLUG / "index.md").read_text(encoding="utf-8")
    front = overview.split("---\n")[1]
    assert "- Vladimir Putin" in front and "- Russia" in front
    assert "- [S](players/s.md): " in (docs / "players.md").read_text(encoding="utf-8")
    site = (docs / "players" / "s.md").read_text(encoding="utf-8")
    assert f"- **Sergei Skripal**: [Russia-US summit: can disagreements be resolved?](../{SLUG}/players.md)" in site


def test_an_enumeration_is_quoted_once_on_the_disagreements_page(seed_explainer: Explainer) -> None:
    from generator.render import render

    page = next(p for p in render(seed_explainer) if p.path.name == "disagreements.md")
    assert page.text.count("clashed on many issues") == 1
    for heading in ("Russia’s military intervention in Syria", "Poisoning of Sergei Skripal"):
        assert f"## {heading}" in page.text
    # Later issues of the enumeration point back to the heading that quotes it.
    quoted_under = page.text[: page.text.index("clashed on many issues")].rsplit("\n## ", 1)[1].split("\n")[0]
    assert f"*Quoted above, under {quoted_under}.*" in page.text
