"""At a glance: which sentences a reader gets, on small hand-written articles."""

from __future__ import annotations

from generator.models import Labelled, Role, Sentence
from generator.summary import summarize


def _article(*texts: str | tuple[str, Role]) -> tuple[Labelled, ...]:
    items = []
    for i, entry in enumerate(texts, start=1):
        text, role = (entry, "main") if isinstance(entry, str) else entry
        items.append(Labelled(Sentence(f"s{i}", i, text), role, "overview"))
    return tuple(items)


HEADLINE = "City council approves new tram line to the airport"


def test_the_lead_comes_first_and_the_headline_topic_wins_over_colour() -> None:
    items = _article(
        "The city council on Tuesday approved a new tram line linking the centre to the airport.",
        "The weather was mild and a small crowd gathered outside the town hall before the vote.",
        "Local musicians played on the steps while volunteers handed out leaflets about recycling.",
        "The tram line to the airport will cost 400 million euros and open in 2027, the council said.",
        "Several residents walked their dogs along the river later in the afternoon.",
    )
    summary = summarize(items, HEADLINE)
    assert summary[0] == "s1"
    assert "s4" in summary, "the sentence about the headline's subject"
    assert len(summary) == 3


def test_a_quotation_in_the_first_person_never_stands_in_the_summary() -> None:
    items = _article(
        "The city council on Tuesday approved a new tram line linking the centre to the airport.",
        "I am sure the tram line to the airport will be misunderstood by many people.",
        "We think the new tram line to the airport is the best decision the council made.",
        "The line will cost 400 million euros and carry 20,000 passengers a day, officials said.",
        "Construction starts next spring, and the first trams should run to the airport in 2027.",
        "Opponents had argued that buses could serve the airport more cheaply.",
    )
    summary = summarize(items, HEADLINE)
    assert not {"s2", "s3"} & set(summary)


def test_a_standfirst_without_a_full_stop_can_open_the_summary() -> None:
    items = _article(
        "City council approves a new tram line linking the centre to the airport after years of debate",
        "Councillors voted 31 to 12 in favour of the plan on Tuesday evening.",
        "The line will cost 400 million euros and carry 20,000 passengers a day, officials said.",
        "Construction starts next spring, and the first trams should reach the airport in 2027.",
    )
    assert summarize(items, HEADLINE)[0] == "s1"


def test_a_repeated_lead_is_not_picked_twice() -> None:
    lead = "The city council on Tuesday approved a new tram line linking the centre to the airport."
    items = _article(
        lead,
        "AMSTERDAM, May 4 -- The city council on Tuesday approved a new tram line linking the centre to the airport.",
        "The line will cost 400 million euros and carry 20,000 passengers a day, officials said.",
        "Construction starts next spring, and the first trams should reach the airport in 2027.",
        "Opponents had argued that buses could serve the airport more cheaply.",
    )
    summary = summarize(items, HEADLINE)
    assert summary[0] == "s1" and "s2" not in summary


def test_a_caption_loses_its_place_to_the_next_best_sentence() -> None:
    items = _article(
        "A tram passes the airport terminal in Amsterdam, Netherlands, May 2, 2018.",
        "The city council on Tuesday approved a new tram line linking the centre to the airport.",
        "The line will cost 400 million euros and carry 20,000 passengers a day, officials said.",
        "Construction starts next spring, and the first trams should reach the airport in 2027.",
        "Opponents had argued that buses could serve the airport more cheaply.",
    )
    summary = summarize(items, HEADLINE)
    assert summary[0] == "s2" and "s1" not in summary and len(summary) == 3


def test_a_dateline_naming_two_cities_is_a_lead_not_a_picture_credit() -> None:
    items = _article(
        "TORONTO/NEW YORK (Reuters) - The city council on Tuesday approved a new tram line to the airport.",
        "The line will cost 400 million euros and carry 20,000 passengers a day, officials said.",
        "A tram passes the airport terminal, May 2, 2018. REUTERS/Jane Doe",
        "Construction starts next spring, and the first trams should reach the airport in 2027.",
        "Opponents had argued that buses could serve the airport more cheaply.",
    )
    summary = summarize(items, HEADLINE)
    assert summary[0] == "s1" and "s3" not in summary


def test_a_quotation_without_its_speaker_never_stands_in_the_summary() -> None:
    items = _article(
        "The city council on Tuesday approved a new tram line linking the centre to the airport.",
        'Councillor Jane Roe said: "The tram line to the airport is the best decision the council made."',
        '"If the airport tram line works, the city will build three more tram lines to the suburbs."',
        "The line will cost 400 million euros and carry 20,000 passengers a day, officials said.",
        "Construction starts next spring, and the first trams should run to the airport in 2027.",
    )
    assert "s3" not in summarize(items, HEADLINE)


def test_the_news_itself_beats_a_side_remark_of_the_same_shape() -> None:
    items = _article(
        "The city council on Tuesday approved a new tram line linking the centre to the airport.",
        ("The council's last tram line, to the harbour, opened in 1998 after a long delay.", "background"),
        ("Critics called the airport tram line a costly vanity project for the mayor.", "evaluation"),
        ("The airport tram line will be paid for by the city, the province and the state.", "main"),
        ("A tram museum in the old depot attracts thousands of visitors every summer.", "background"),
    )
    assert "s4" in summarize(items, HEADLINE)


def test_a_sentence_that_answers_the_one_before_never_stands_in_the_summary() -> None:
    items = _article(
        "The city council on Tuesday approved a new tram line linking the centre to the airport.",
        "Preparations for the tram line to the airport, however, have been anything but smooth.",
        "In addition, the tram line to the airport will need a new bridge over the river.",
        "The line will cost 400 million euros and carry 20,000 passengers a day, officials said.",
        "Construction starts next spring, and the first trams should run to the airport in 2027.",
    )
    assert summarize(items, HEADLINE) == ("s1", "s4", "s5")


def test_an_unanswered_request_for_comment_never_stands_in_the_summary() -> None:
    items = _article(
        "The city council on Tuesday approved a new tram line linking the centre to the airport.",
        "The airport did not immediately respond to a request for comment on the tram line.",
        "The tram operator declined to comment on the airport line.",
        "The line will cost 400 million euros and carry 20,000 passengers a day, officials said.",
        "Construction starts next spring, and the first trams should run to the airport in 2027.",
    )
    assert summarize(items, HEADLINE) == ("s1", "s4", "s5")
