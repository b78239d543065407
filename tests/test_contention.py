"""Points of contention: one issue per disputed matter, with what each side did."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from generator.analyze import analyze
from generator.models import Explainer, Issue
from generator.readers import read

from .conftest import ROOT, SEED

ARTICLES = ROOT / "tests" / "articles"


def _issues(path: Path) -> dict[str, Issue]:
    return {issue.title: issue for issue in analyze(read(path, published=date(2018, 7, 12))).issues}


@pytest.fixture(scope="module")
def seed_issues() -> dict[str, Issue]:
    return _issues(SEED)


def test_the_seed_enumeration_gives_one_issue_per_item(seed_issues: dict[str, Issue]) -> None:
    titles = list(seed_issues)
    for expected in (
        "Ukraine and Russia’s annexation of Crimea",
        "Russia’s military intervention in Syria",
        "Diplomatic crisis that resulted in the expulsion of Russian diplomats",
        "Squabbles over a NATO missile defence system near Russia’s border",
    ):
        assert expected in titles
        assert "s6" in seed_issues[expected].sentences


def test_seed_sanctions_with_each_sides_action(seed_issues: dict[str, Issue]) -> None:
    sanctions = seed_issues["Sanctions"]
    assert {"s8", "s10", "s11"} <= set(sanctions.sentences)  # US in April; Putin's law; tit-for-tat
    sides = {side.player: side.sentences for side in sanctions.sides}
    assert sides["United States"] == ("s8",)
    assert sides["Russia"] == ("s10",)  # President Putin speaks for Russia in a dispute between countries


def test_seed_skripal_poisoning(seed_issues: dict[str, Issue]) -> None:
    poisoning = seed_issues["Poisoning of Sergei Skripal"]
    assert poisoning.sentences == ("s9",)
    assert [side.player for side in poisoning.sides] == ["United States"]


def test_a_later_sentence_naming_an_item_joins_its_issue(seed_issues: dict[str, Issue]) -> None:
    # "Rather than trying to resolve thorny issues like Ukraine and Syria, ..."
    assert "s18" in seed_issues["Ukraine and Russia’s annexation of Crimea"].sentences
    assert "s18" in seed_issues["Russia’s military intervention in Syria"].sentences
    assert "s18" not in seed_issues["Squabbles over a NATO missile defence system near Russia’s border"].sentences


def test_issues_are_in_reading_order(seed_issues: dict[str, Issue]) -> None:
    firsts = [int(issue.sentences[0][1:]) for issue in seed_issues.values()]
    assert firsts == sorted(firsts)


def test_an_earlier_mention_of_an_item_joins_the_enumerated_issue() -> None:
    issues = _issues(ARTICLES / "steel-talks.txt")
    assert list(issues)[:4] == ["Steel tariffs", "Farm subsidies", "Digital taxes", "Aircraft subsidies"]
    steel = issues["Steel tariffs"]
    assert steel.sentences[0] == "s1"  # "their dispute over steel tariffs", before the list
    sides = {side.player: side.sentences for side in steel.sides}
    assert "Robert Lighthizer" in sides and "Cecilia Malmstrom" in sides
    # "Cecilia Malmstrom and ... Robert Lighthizer failed": both together are no one side.
    assert "s1" not in {sid for ids in sides.values() for sid in ids}


def test_a_list_after_disagree_over() -> None:
    issues = _issues(ARTICLES / "budget-protests.txt")
    assert list(issues) == ["Pensions", "Health spending", "Fuel subsidies"]


def test_an_article_without_disputes_has_no_issues(tmp_path: Path) -> None:
    path = tmp_path / "park.txt"
    path.write_text("Council opens park\n\nThe city council opened a new park on Monday. Children played.\n",
                    encoding="utf-8")
    explainer: Explainer = analyze(read(path))
    assert explainer.issues == ()


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("MPs voted for a ban on fox hunting, and critics of the ban protested.", "Ban on fox hunting"),
        ("Critics of the ban protested. MPs then voted for a ban on fox hunting.", "Ban on fox hunting"),
        ("Farmers say the hunting ban will cost jobs.", "Hunting ban"),
        ("Donald Trump defended the ban, which critics call cruel.", "The ban"),  # no ban on him
    ],
)
def test_a_ban_is_titled_by_what_it_bans(tmp_path: Path, text: str, title: str) -> None:
    path = tmp_path / "ban.txt"
    path.write_text(f"Ban row\n\nThe row went on.\n\n{text}\n", encoding="utf-8")
    assert list(_issues(path)) == [title]


def test_an_intervention_near_a_name_is_not_an_intervention_in_that_person(tmp_path: Path) -> None:
    path = tmp_path / "butler.txt"
    path.write_text(
        "Butler attacks Blair\n\nThe report came out.\n\n"
        "Former civil service chief Robin Butler criticised the government. Mr Howard described Lord "
        "Butler's intervention as very important, Butler said.\n",
        encoding="utf-8",
    )
    assert list(_issues(path)) == ["Intervention"]


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # Once, with no victim named: a detail of the story ("the move was triggered by a murder case").
        ("The bill was triggered by a murder case in Taiwan. Lawmakers debated it for months.", []),
        # Told over two sentences, the killing is what the story disputes.
        ("Police reopened the murder inquiry. The family says the killing was covered up.", ["Killing"]),
        # Named later: the issue takes the name.
        ("Police in the capital reopened the murder inquiry into the death of a model last week. The model, "
         "Altantuya Shaariibu, was murdered in 2006. Her family said Altantuya had been 28.",
         ["Killing of Altantuya Shaariibu"]),
        # Named, once is enough.
        ("Prosecutors reopened the inquiry into the murder of Altantuya Shaariibuu, a model.",
         ["Killing of Altantuya Shaariibuu"]),
        # Who said something about the murder is not its victim.
        ("Interior Minister Gerard Collomb said the murder showed how far France had to go. Police said the "
         "murder was being investigated.", ["Killing"]),
        # "its colleague" names nobody out of its sentence.
        ("The channel expressed shock over the killing of its colleague. Police said the killing was planned.",
         ["Killing"]),
        # Who was convicted of a murder, or is on trial for one, is not its victim.
        ("Brendan Dassey and Steven Avery were convicted of the murder. Avery's murder conviction was upheld.",
         ["Killing"]),
        # Who was murdered, or whose murder it was, is.
        ("Police said Fernando Puron was murdered on Friday. The murder shocked the town.",
         ["Killing of Fernando Puron"]),
        ("Viktoria Marinova, 30, wrote about crime. The court heard how Viktoria Marinova's murder was planned. "
         "The murder led to protests.", ["Killing of Viktoria Marinova"]),
        ("Andrey Karlov, 62, was a diplomat. Prosecutors charged cleric Fetullah Gulen over the assassination of "
         "Russian Ambassador to Turkey Andrey Karlov. The assassination shocked Ankara.", ["Killing of Andrey Karlov"]),
        ("Nobody knows how the murder of Teresa Halbach happened. The murder shocked the town.",
         ["Killing of Teresa Halbach"]),
        # The victims end where the sentence goes on to when or what else.
        ("There were 2,585 murders of women last year. Police said the murders of women and girls rose.",
         ["Killing of women"]),
        # An initial for a surname keeps its full stop.
        ("He was no longer seen as the likely murderer of Daniel H., a local resident. The murder of Daniel H. "
         "led to protests.", ["Killing of Daniel H."]),
    ],
)
def test_a_killing_is_a_point_of_contention_when_the_story_dwells_on_it_or_names_the_victim(
    tmp_path: Path, text: str, titles: list[str]
) -> None:
    path = tmp_path / "case.txt"
    path.write_text(f"A case in court\n\nThe hearing opened on Monday.\n\n{text}\n", encoding="utf-8")
    assert list(_issues(path)) == titles


def test_the_side_is_who_acts_not_whom_the_verb_names(tmp_path: Path) -> None:
    path = tmp_path / "feud.txt"
    path.write_text(
        "Old feud\n\nThe convention met on Saturday.\n\n"
        "Mitt Romney excoriated Donald Trump in 2016 and called him a fraud.\n\n"
        "Republican Senator Orrin Hatch called the fraud charge unfair. Romney said the feud was over; "
        "Trump said it was not.\n",
        encoding="utf-8",
    )
    sides = {side.player: side.sentences for side in _issues(path)["Fraud allegations"].sides}
    assert sides == {"Mitt Romney": ("s2",), "Orrin Hatch": ("s3",)}


def test_a_place_at_the_front_of_a_longer_name_is_not_a_side(tmp_path: Path) -> None:
    path = tmp_path / "act.txt"
    path.write_text(
        "Hong Kong bill\n\nProtests went on in Hong Kong.\n\n"
        "The Hong Kong Human Rights and Democracy Act would impose sanctions on officials. "
        "The U.S. Senate will vote on the sanctions this week, Hong Kong's leader said. Russia's Vladimir Putin "
        "rejected the sanctions, Putin said.\n",
        encoding="utf-8",
    )
    sides = {side.player for side in _issues(path)["Sanctions"].sides}
    assert "Hong Kong" not in sides and "Senate" in sides
    assert "Vladimir Putin" in sides and "Russia" not in sides  # "Russia's" says whose leader he is


def test_an_outlet_whose_correspondent_speaks_is_not_the_side(tmp_path: Path) -> None:
    path = tmp_path / "deport.txt"
    path.write_text(
        "Deportation plan\n\nThe minister set out a plan on Monday.\n\n"
        "Mr Clarke said deportations would help. The BBC's home affairs correspondent, Daniel Sandford, said "
        "the deportations were the minister's main hope.\n",
        encoding="utf-8",
    )
    sides = {side.player for side in _issues(path)["Deportations"].sides}
    assert "BBC" not in sides and "Daniel Sandford" in sides


def test_a_comma_alone_does_not_make_one_name_describe_the_next(tmp_path: Path) -> None:
    path = tmp_path / "sanctions.txt"
    path.write_text(
        "Sanctions row\n\nThe talks ended on Monday.\n\n"
        "The United States imposed the sanctions. Russia, Sergei Lavrov said, would answer the sanctions in kind.\n",
        encoding="utf-8",
    )
    assert {side.player for side in _issues(path)["Sanctions"].sides} == {"United States", "Russia"}


def test_a_verb_before_a_title_leaves_the_subject_the_side(tmp_path: Path) -> None:
    path = tmp_path / "intervention.txt"
    path.write_text(
        "Inquiry row\n\nThe report came out on Monday.\n\n"
        "Lord Butler said the intervention was justified. Mr Howard described Lord Butler's intervention as "
        '"very important".\n',
        encoding="utf-8",
    )
    sides = {side.player: side.sentences for side in _issues(path)["Intervention"].sides}
    assert sides.get("Howard") == ("s3",)


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # Clauses after a colon or "over" are no list of disputed matters.
        ("We have a crisis in the government: two Secretaries of State have resigned, and we are still no clearer "
         "about our future.", []),
        ("This is a political crisis which can, on Dec. 11, become a constitutional crisis if May loses, as all the "
         "experts believe she will do.", []),
        ("Trump, facing uproar over his failure to confront Putin over Russia’s election meddling, adopted his usual "
         "defiant posture two days after their Helsinki summit and called his critics deranged.", ["Interference"]),
    ],
)
def test_clauses_are_not_an_enumeration_of_issues(tmp_path: Path, text: str, titles: list[str]) -> None:
    path = tmp_path / "speech.txt"
    path.write_text(f"Politics\n\nThe vote was held on Monday.\n\n{text}\n", encoding="utf-8")
    assert list(_issues(path)) == titles


def test_the_victim_is_no_side_of_the_killing(tmp_path: Path) -> None:
    path = tmp_path / "murder.txt"
    path.write_text(
        "Journalist killed\n\nMourners gathered on Monday.\n\n"
        "Viktoria Marinova, 30, was murdered in a park. Marinova had covered crime before the murder. "
        "Prosecutor Sotir Tsatsarov said the murder was not linked to her work.\n",
        encoding="utf-8",
    )
    issue = _issues(path)["Killing of Viktoria Marinova"]
    assert [side.player for side in issue.sides] == ["Sotir Tsatsarov"]
