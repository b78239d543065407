"""The plain-text reader on the seed's quirks: outlet tag, subheadings, caption, trailing boilerplate."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import SeedError
from generator.models import Article
from generator.readers import read, split_sentences


@pytest.fixture
def article(seed: Path) -> Article:
    return read(seed)


def test_title_and_outlet(article: Article) -> None:
    assert article.title == "Russia-US summit: can disagreements be resolved?"
    assert article.source == "VOVWORLD"


def test_outlet_tag_is_removed_from_the_lede(article: Article) -> None:
    first = article.sentences[0].text
    assert first.startswith("Russian President Vladimir Putin and US President Donald Trump")
    assert all("VOVWORLD" not in s.text for s in article.sentences)


@pytest.mark.parametrize("title", ["Prices", "Brexit vote", "Storm Ciara"])
def test_a_lede_that_starts_with_a_short_title_is_body_not_a_caption(tmp_path: Path, title: str) -> None:
    path = tmp_path / "short.txt"
    path.write_text(f"{title}\n\n{title} dominated the week, officials said on Thursday.\n", encoding="utf-8")
    article = read(path)
    assert article.captions == ()
    assert article.sentences[0].text.startswith(title)


def test_subheadings_become_sections(article: Article) -> None:
    headings = [s.heading for s in article.sections]
    assert headings == [None, "Troubled relations", "No breakthrough but symbolic meaning"]
    assert all(p.text != "Troubled relations" for p in article.paragraphs)


def test_caption_is_metadata_not_body(article: Article) -> None:
    assert len(article.captions) == 1
    assert "ảnh 1" in article.captions[0]
    assert all("ảnh" not in s.text for s in article.sentences)


def test_related_news_is_dropped(article: Article) -> None:
    assert all("Related News" not in p.text for p in article.paragraphs)
    assert article.paragraphs[-1].text.startswith("The summit will not be able to settle all differences")


def test_paragraphs_are_numbered_in_order(article: Article) -> None:
    assert [p.number for p in article.paragraphs] == list(range(1, 11))
    assert [s.id for s in article.sentences] == [f"s{i}" for i in range(1, len(article.sentences) + 1)]


def test_no_break_space_is_normalised(article: Article) -> None:
    assert all("\u00a0" not in s.text for s in article.sentences)
    assert article.sentences[-2].text.endswith("in exchange for a reduction of US sanctions.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sen. Rand Paul (R-Ky.) spoke on Jan. 5 in Washington. He left.", 2),
        ("Mr. Smith met U.S. officials. The U.S. economy grew 2.5 percent.", 2),
        ('"Will it work?" he asked. Nobody knew.', 2),
        # nupunkt runs on past these full stops; a plain word's full stop before a capital ends a sentence.
        ("He was one of the greatest figures of the late 20th century. Lord Scarman will be remembered.", 2),
        ("Lam was far from being the only tailwind. Tsai’s comeback was the result of shrewdness.", 2),
        ("It cost approx. Ten dollars, etc. Then he left.", 2),
    ],
)
def test_sentence_splitting_keeps_abbreviations(text: str, expected: int) -> None:
    assert len(split_sentences(text)) == expected


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "is empty"),
        (b"  \n\n \t\n", "is empty"),
        (b"A title\n\n\x00\x01\x02binary", "binary"),
        ("Caf\u00e9 news\n\nLe caf\u00e9 est ferm\u00e9.".encode("latin-1"), "not UTF-8"),
        (b"Just a title\n\n", "no article body"),
        (b"Just a title\n\nRelated News\n", "no article body"),
    ],
)
def test_bad_seeds_raise_one_line_errors_naming_the_file(tmp_path: Path, content: bytes, problem: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(SeedError) as info:
        read(path)
    message = info.value.message
    assert str(path) in message
    assert problem in message
    assert "\n" not in message


@pytest.mark.parametrize(
    ("lede", "expected"),
    [
        ("VIENNA — The house will become a police station.", "The house will become a police station."),
        ("WASHINGTON, Nov. 18 — Talks resumed.", "Talks resumed."),
        ("SAN JUAN, Puerto Rico - Power returned.", "Power returned."),
        ("NATO — the alliance — met.", "NATO — the alliance — met."),  # no dateline: an acronym, then lower case
    ],
)
def test_a_dateline_in_capitals_is_not_part_of_the_lede(tmp_path: Path, lede: str, expected: str) -> None:
    seed = tmp_path / "lede.txt"
    seed.write_text(f"Headline\n\n{lede}\n", encoding="utf-8")
    assert read(seed).sentences[0].text == expected


def test_character_references_in_pasted_text_are_characters(tmp_path: Path) -> None:
    seed = tmp_path / "entities.txt"
    seed.write_text("Singer R&amp;B star\n\nHe represented singer Bryn F&#244;n &amp; others.\n", encoding="utf-8")
    article = read(seed)
    assert article.title == "Singer R&B star"
    assert article.sentences[0].text == "He represented singer Bryn Fôn & others."
