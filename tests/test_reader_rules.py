"""Reader rules found by reading explainers built from real articles: each one, on text of our own."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from generator.readers import read, split_sentences
from generator.readers.tidy import recase_heading, tidy


def _article(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A quotation of several sentences is one unit, not fragments with a dangling quote mark.
        (
            'He said: "We made a firm commitment. We will extend it to nine months." She left.',
            ['He said: "We made a firm commitment. We will extend it to nine months."', "She left."],
        ),
        (
            "“I was afraid. Bombs were falling,” said Ana. She stayed.",
            ["“I was afraid. Bombs were falling,” said Ana.", "She stayed."],
        ),
        # BBC style: a quote runs on into a new quoted paragraph without closing; each opens anew.
        (
            'Ms Lopes said: "We doubled it in a year. "We are going further." She smiled.',
            ['Ms Lopes said: "We doubled it in a year.', '"We are going further."', "She smiled."],
        ),
        # A stray quote mark never swallows the paragraph.
        ('A 12" pipe burst. Water ran. Roads shut. Trains stopped. Schools closed. Shops too.', None),
    ],
)
def test_quotations_stay_whole(text: str, expected: list[str] | None) -> None:
    sentences = split_sentences(text)
    if expected is None:
        assert len(sentences) >= 3
    else:
        assert sentences == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Facebook Inc (FB.O) and Gray Television (GTN.N) rose.", "Facebook Inc and Gray Television rose."),
        ('He said: "Not at one go." (Full Story)', 'He said: "Not at one go."'),
        ("It bought Tribune Media (TRCO.N).Sinclair stock fell.", "It bought Tribune Media. Sinclair stock fell."),
        ("See example.com or U.S.A. or e.g. Jan.", "See example.com or U.S.A. or e.g. Jan."),
        ("Pay rises by pounds 1,400, to pounds 102.80 a week.", "Pay rises by £1,400, to £102.80 a week."),
        ("It weighed 20 pounds and cost (about) 5 pounds.", "It weighed 20 pounds and cost (about) 5 pounds."),
        ("The Alternative for Germany (AfD) and the U.S. (Washington) met.",
         "The Alternative for Germany (AfD) and the U.S. (Washington) met."),
    ],
)
def test_tidy_removes_page_leftovers_only(text: str, expected: str) -> None:
    assert tidy(text) == expected


def test_capital_headings_take_the_article_casing() -> None:
    body = ["Later, Anwar Ibrahim said so.", "Police took luxury handbags and cash.", "The anti-junta camp met."]
    assert recase_heading("ANWAR ADVOCATES NEW CHARGES", body) == "Anwar advocates new charges"
    assert recase_heading("LUXURY HANDBAGS, CASH", body) == "Luxury handbags, cash"
    assert recase_heading("ANTI-JUNTA PROTESTS", body) == "Anti-junta protests"
    assert recase_heading("Troubled relations", body) == "Troubled relations"
    assert recase_heading("EU", body) == "EU"


def test_wire_copy_reads_cleanly(tmp_path: Path) -> None:
    article = read(_article(tmp_path, (
        "Senator to query Facebook\n\n"
        "WASHINGTON (Reuters) - A senator said on Thursday she will ask Facebook Inc (FB.O) about a report.\n\n"
        "Related Coverage Putin says Russia will respond to new sanctions\n\n"
        "The company declined to comment, a spokesman for Facebook said.\n\n"
        "HOUSE HEARING\n\n"
        "A hearing is set for next week, the senator told reporters in Washington.\n\n"
        "Reporting by Jane Doe; Editing by John Roe\n"
    )))
    assert article.source == "Reuters"
    assert article.sentences[0].text == "A senator said on Thursday she will ask Facebook Inc about a report."
    assert [s.heading for s in article.sections] == [None, "House hearing"]
    assert article.paragraphs[-1].text.startswith("A hearing is set")
    # Another story's headline is neither article text nor a subheading of this one.
    assert not any("Putin" in p.text for p in article.paragraphs)
    assert not any("Putin" in (section.heading or "") for section in article.sections)


def test_a_page_header_gives_the_source_and_date_unless_the_metadata_does(tmp_path: Path) -> None:
    seed = _article(tmp_path, (
        "Oil prices rebound - Xinhua\n\n"
        "Source: Xinhua| 2019-01-06 07:55:47|Editor: WX\n\n"
        "by Xinhua writers Yang Shilong, Pan Lijun\n\n"
        "HOUSTON, Jan. 5 (Xinhua) -- Oil prices rebounded during the week ending Jan. 4.\n\n"
        "Analysts expect more gains next week.\n"
    ))
    article = read(seed)
    assert (article.source, article.published) == ("Xinhua", date(2019, 1, 6))
    assert article.title == "Oil prices rebound"  # the outlet after the pasted headline is the page's, not the title's
    assert article.sentences[0].text == "Oil prices rebounded during the week ending Jan. 4."
    assert read(seed, published=date(2019, 1, 7)).published == date(2019, 1, 7)
    seed.with_suffix(".yml").write_text("source: Xinhua News Agency\npublished: 2019-01-05\n", encoding="utf-8")
    article = read(seed)
    assert (article.source, article.published) == ("Xinhua News Agency", date(2019, 1, 5))
    assert "Source:" not in article.paragraphs[0].text


def test_captions_with_credits_and_wire_furniture_are_not_body(tmp_path: Path) -> None:
    article = read(_article(tmp_path, (
        "Dairy deal agreed\n\n"
        "JOHANNESBURG (Reuters) - Aspen agreed to sell its infant formula arm to Lactalis for 12 billion rand.\n\n"
        "A worker walks past a factory in Port Elizabeth, May 25, 2017. REUTERS/Mike Hutchings/File Photo\n\n"
        "Slideshow (2 Images)\n\n"
        "The sale backs the AC/DC tour and the firm's Trump/Pence-era plans, its chief said.\n\n"
        "To view a graphic on the rand, click: reut.rs/2GQnMrB\n\n"
        "Aspen's headquarters in Durban, South Africa, March 2, 2018. Courtesy Aspen/Handout via REUTERS\n\n"
        "(reut.rs/2m7Xwkw)\n\n"
        "(This version of the story corrects the price in the first paragraph)\n\n"
        "Shares in Aspen rose 3 percent.\n\n"
        "($1 = 14.9147 rand)\n"
    )))
    assert [p.text for p in article.paragraphs] == [
        "Aspen agreed to sell its infant formula arm to Lactalis for 12 billion rand.",
        "The sale backs the AC/DC tour and the firm's Trump/Pence-era plans, its chief said.",
        "Shares in Aspen rose 3 percent.",
    ]
    assert any("REUTERS/Mike Hutchings" in caption for caption in article.captions)


def test_a_quoted_subhead_in_capitals_is_a_heading(tmp_path: Path) -> None:
    article = read(_article(tmp_path, (
        "New president sworn in\n\n"
        "The engineer was sworn in as president on Friday.\n\n"
        "“IN TOUCH WITH REALITY”\n\n"
        "He is in touch with reality, an analyst said.\n\n"
        "“Yes.”\n\n"
        "Nothing more was said.\n"
    )))
    assert [s.heading for s in article.sections] == [None, "“In touch with reality”"]
    assert "“Yes.”" in [p.text for p in article.paragraphs]  # a quotation, not a subhead


def test_kicker_and_byline_above_the_lede_are_not_body(tmp_path: Path) -> None:
    article = read(_article(tmp_path, (
        "Ferry deal signed\n\n"
        "Exclusive\n\n"
        "By Jane Doe and Tom Roe, Transport correspondents\n\n"
        "The councils signed the ferry deal on Monday.\n\n"
        "It takes effect next spring, they said.\n"
    )))
    assert [p.text for p in article.paragraphs] == [
        "The councils signed the ferry deal on Monday.", "It takes effect next spring, they said."
    ]


def test_html_subheads_in_capitals_become_sections(tmp_path: Path) -> None:
    paragraphs = "".join(
        f"<p>The {n} paragraph of the awards story says The Irishman won nothing on Sunday night, and why.</p>"
        for n in ("first", "second", "third", "fourth")
    )
    page = tmp_path / "awards.html"
    page.write_text(
        "<html><head><title>Awards night</title></head><body><article><h1>Awards night</h1>"
        f"{paragraphs}<p>DISAPPOINTING NIGHT FOR ‘IRISHMAN’</p>{paragraphs.replace('paragraph', 'part')}"
        "</article></body></html>",
        encoding="utf-8",
    )
    article = read(page)
    # Recased as the body writes its words: "Irishman" keeps its capital, "night" does not.
    assert [s.heading for s in article.sections] == [None, "Disappointing night for ‘Irishman’"]


def test_a_short_html_paragraph_all_in_bold_is_a_subhead(tmp_path: Path) -> None:
    paragraphs = "".join(
        f"<p>The {n} paragraph of the base story says the troops will stay at the desert base, and why.</p>"
        for n in ("first", "second", "third", "fourth")
    )
    page = tmp_path / "base.html"
    page.write_text(
        "<html><head><title>Troops stay</title></head><body><article><h1>Troops stay</h1>"
        f"{paragraphs}<p><strong>The desert base</strong></p>{paragraphs.replace('paragraph', 'part')}"
        "<p><strong>Bold and short, but a sentence.</strong></p><p>A <b>bold</b> word is no subhead.</p>"
        f"{paragraphs.replace('paragraph', 'section')}<p><strong>Will the troops stay?</strong></p>"
        f"{paragraphs.replace('paragraph', 'chapter')}</article></body></html>",
        encoding="utf-8",
    )
    article = read(page)
    # A question is a subhead too ("Will winds whip parade balloons?"), a statement not.
    assert [s.heading for s in article.sections] == [None, "The desert base", "Will the troops stay?"]
    assert "Bold and short, but a sentence." in [p.text for p in article.paragraphs]
