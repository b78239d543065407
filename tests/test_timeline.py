"""The timeline: dates resolved against the publication date when it is known, never guessed when not."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from generator.models import DateMention
from generator.readers import read
from generator.timeline import find_dates

from .conftest import ROOT, SEED

ARTICLES = ROOT / "tests" / "articles"


def _dates(path: Path, published: date | None) -> dict[str, DateMention]:
    return {m.text: m for m in find_dates(read(path, published=published))}


def test_seed_with_publication_date() -> None:
    dates = _dates(SEED, date(2018, 7, 12))
    assert {text: m.date for text, m in dates.items()} == {
        "next Monday": "2018-07-16",
        "In April": "2018-04",
        "since 2009": "2009/2018",
        "Over the past 10 years": "2008/2018",
    }
    assert dates["next Monday"].sentence == "s1"
    assert all(m.resolved for m in dates.values())


def test_seed_timeline_is_in_date_order() -> None:
    timeline = find_dates(read(SEED, published=date(2018, 7, 12)))
    assert [m.text for m in timeline] == ["Over the past 10 years", "since 2009", "In April", "next Monday"]


def test_seed_without_publication_date_keeps_relative_dates_unresolved(tmp_path: Path) -> None:
    undated = tmp_path / SEED.name  # the seed without its sidecar, which gives the date
    undated.write_bytes(SEED.read_bytes())
    dates = _dates(undated, None)
    for text in ("next Monday", "In April", "Over the past 10 years"):
        assert dates[text].date is None and not dates[text].resolved
    # "since 2009" needs no publication date to start, only to end.
    assert dates["since 2009"].date == "2009/.."
    timeline = find_dates(read(undated))
    assert timeline[0].text == "since 2009", "resolved dates come first"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("on Friday", date(2019, 3, 10), "2019-03-08"),
        ("next month", date(2019, 3, 10), "2019-04"),
        ("next week", date(2019, 3, 10), "2019-03-11/2019-03-17"),
        ("Two years ago", date(2019, 3, 10), "2017"),
        ("March 3, 2019", None, "2019-03-03"),
        ("July 2018", None, "2018-07"),
        ("between 2010 and 2015", None, "2010/2015"),
        ("since 2016", date(2019, 3, 10), "2016/2019"),
        ("since 2016", None, "2016/.."),
        ("on Friday", None, None),
        ("next month", None, None),
        ("Two years ago", None, None),
    ],
)
def test_steel_talks_dates(text: str, published: date | None, expected: str | None) -> None:
    assert _dates(ARTICLES / "steel-talks.txt", published)[text].date == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the 1990s", "1990/1999"),
        ("since January", "2019-01/2019-03"),
        ("last week", "2019-02-25/2019-03-03"),
        ("next Thursday", "2019-03-14"),
        ("2025", "2025"),
    ],
)
def test_budget_dates(text: str, expected: str) -> None:
    assert _dates(ARTICLES / "budget-protests.txt", date(2019, 3, 10))[text].date == expected


def test_numbers_that_are_not_years_are_not_dates(tmp_path: Path) -> None:
    path = tmp_path / "numbers.txt"
    path.write_text("Crowds grow\n\nAbout 2,000 people marched and 1500 troops watched.\n", encoding="utf-8")
    assert find_dates(read(path)) == ()


def test_a_year_before_a_comma_is_a_year(tmp_path: Path) -> None:
    path = tmp_path / "born.txt"
    path.write_text("Birthplace\n\nAlthough he was born there in 1889, few visit.\n", encoding="utf-8")
    assert [(m.text, m.date) for m in find_dates(read(path))] == [("1889", "1889")]


def test_a_year_that_is_all_of_a_quotation_is_a_title(tmp_path: Path) -> None:
    path = tmp_path / "films.txt"
    path.write_text(
        "Awards\n\nLeft out were the war film “1917,” and \"2012\"; the prize began in 1995. "
        "He said “in 1996 we won”.\n",
        encoding="utf-8",
    )
    assert [(m.text, m.date) for m in find_dates(read(path))] == [("1995", "1995"), ("1996", "1996")]


def test_two_mentions_of_one_date_in_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "june.txt"
    path.write_text("Talks resume\n\nThe talks stalled last month, in June, and resume on Friday.\n", encoding="utf-8")
    timeline = find_dates(read(path, published=date(2018, 7, 12)))
    assert [(m.text, m.date) for m in timeline] == [
        ("last month", "2018-06"), ("in June", "2018-06"), ("on Friday", "2018-07-06"),
    ]


def test_a_day_without_its_year_is_the_one_nearest_publication(tmp_path: Path) -> None:
    path = tmp_path / "tariffs.txt"
    path.write_text(
        "Tariffs loom\n\n"
        "The administration had planned to impose a tariff on Dec. 15. He said on Nov. 8 that a deal will come, "
        "and talks are set for 3 January. “The uncertainty is hurting us today,” an executive said.\n",
        encoding="utf-8",
    )
    dates = _dates(path, date(2019, 11, 18))
    assert dates["Dec. 15"].date == "2019-12-15"  # next month's, though the verb is in the past
    assert dates["Nov. 8"].date == "2019-11-08"  # last week's, though the sentence says "will"
    assert dates["3 January"].date == "2020-01-03"
    assert "today" not in dates  # a speaker's present, not a date on the timeline


def test_days_of_the_week_around_publication(tmp_path: Path) -> None:
    path = tmp_path / "hitler.txt"
    path.write_text(
        "House to become police station\n\n"
        "The house will be turned into a police station, the interior minister said on Tuesday.\n\n"
        "On Wednesday the mayor welcomed the plan. A decision will be made Thursday morning.\n\n"
        "It was the upset winner at the awards on Sunday, ahead of next month's Oscars.\n\n"
        "The building was sold a few weeks ago.\n",
        encoding="utf-8",
    )
    dates = _dates(path, date(2019, 11, 20))  # a Wednesday
    assert dates["on Tuesday"].date == "2019-11-19"  # said yesterday, though the sentence says "will"
    assert dates["On Wednesday"].date == "2019-11-20"  # news names its own day by the weekday
    assert dates["Thursday"].date == "2019-11-21"  # "will be made": still to come
    assert dates["on Sunday"].date == "2019-11-17"  # its clause is past, whatever "next month" says
    assert dates["a few weeks ago"].date is None  # too vague to date


def test_a_weekday_counted_within_a_month(tmp_path: Path) -> None:
    path = tmp_path / "court.txt"
    path.write_text(
        "Court term begins\n\n"
        "The court opens its term, by tradition, on the first Monday of October. Votes are counted on the last "
        "Friday of November 2020, and hearings resume on the second Tuesday in March.\n",
        encoding="utf-8",
    )
    dates = _dates(path, date(2019, 6, 15))
    assert dates["first Monday of October"].date == "2019-10-07"  # not the Monday after publication
    assert dates["last Friday of November 2020"].date == "2020-11-27"
    assert dates["second Tuesday in March"].date == "2019-03-12"  # the March nearest publication
    assert "Monday" not in dates
    assert _dates(path, None)["first Monday of October"].date is None  # no year and no base: not guessed


def test_periods_in_days_weeks_and_months_and_a_month_named_from_publication(tmp_path: Path) -> None:
    path = tmp_path / "floods.txt"
    path.write_text(
        "Floods recede\n\n"
        "Rain fell over the past two days, after dry weather in the past 18 months. Last July the river burst "
        "its banks; this November a new dam opens, and repairs finish next July. The report is dated 2018-06-30 "
        "and covers 2017-18.\n",
        encoding="utf-8",
    )
    dates = _dates(path, date(2018, 7, 12))
    assert dates["over the past two days"].date == "2018-07-10/2018-07-12"
    assert dates["in the past 18 months"].date == "2017-01/2018-07"
    assert dates["Last July"].date == "2017-07"  # a year before a July paper, not this month
    assert dates["this November"].date == "2018-11"
    assert dates["next July"].date == "2019-07"
    assert dates["2018-06-30"].date == "2018-06-30"  # written the ISO way, not a range from 2018 to 2006
    assert dates["2017-18"].date == "2017/2018"


def test_a_time_of_day_and_a_law_named_by_its_year_are_not_dates(tmp_path: Path) -> None:
    path = tmp_path / "schools.txt"
    path.write_text(
        "Schools open longer\n\nSchools would open from 0800 to 1800GMT, or until 2000 GMT in some towns. "
        "Searches under the Terrorism Act 2000 and the Protected Areas Law 1994 rose in 2004.\n",
        encoding="utf-8",
    )
    assert [(m.text, m.date) for m in find_dates(read(path))] == [("2004", "2004")]


def test_a_financial_year_is_one_span(tmp_path: Path) -> None:
    path = tmp_path / "borrowing.txt"
    path.write_text(
        "Borrowing falls\n\nBorrowing for 2003/4 was £35bn and will fall by 2005/06; in 2003/2004 it rose. "
        "The 2018/07/12 filing came later.\n",
        encoding="utf-8",
    )
    assert [(m.text, m.date) for m in find_dates(read(path))] == [
        ("2003/4", "2003/2004"), ("2003/2004", "2003/2004"), ("2005/06", "2005/2006"), ("2018", "2018"),
    ]


def test_a_weekday_given_with_its_date_is_that_date(tmp_path: Path) -> None:
    path = tmp_path / "programme.txt"
    path.write_text(
        "Programme\n\nThe interview is shown on Sunday, 12 December, at 1200 GMT, and again on Monday 13 December.\n",
        encoding="utf-8",
    )
    assert [m.text for m in find_dates(read(path))] == ["12 December", "13 December"]
