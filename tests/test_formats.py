"""The three seed formats: .txt with a sidecar, .md with front matter, .html saved pages; and their errors."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from generator.build import find_seeds
from generator.errors import SeedError
from generator.models import Article
from generator.readers import read

DATA = Path(__file__).parent / "data"

BODY = (
    "The councils of Westport and Eastbay voted on Tuesday to merge their ferry services.\n\n"
    "Fares for residents will be frozen until 2026, the councils said.\n"
)


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _error(path: Path, published: date | None = None) -> str:
    with pytest.raises(SeedError) as info:
        read(path, published=published)
    message = info.value.message
    assert "\n" not in message
    return message


# Plain text and its sidecar.


def test_sidecar_metadata_is_read(tmp_path: Path) -> None:
    seed = _write(tmp_path, "ferry.txt", "Harbour towns merge ferries\n\n" + BODY)
    _write(
        tmp_path, "ferry.yml",
        "source: The Coastal Courier\npublished: 2024-03-05\nurl: https://courier.example/ferry\n"
        "author: Jane Doe\ntags: [transport, Westport]\n",
    )
    article = read(seed)
    assert article.title == "Harbour towns merge ferries"
    assert article.source == "The Coastal Courier"
    assert article.published == date(2024, 3, 5)
    assert article.url == "https://courier.example/ferry"
    assert article.author == "Jane Doe"
    assert article.tags == ("transport", "Westport")
    assert article.paragraphs[0].text.startswith("The councils of Westport")


def test_a_closing_paragraph_about_the_author_is_left_out(tmp_path: Path) -> None:
    seed = _write(
        tmp_path, "ferry.txt",
        "Harbour towns merge ferries\n\n" + BODY
        + "\nJane Doe said the vote was the shortest she had covered.\n\nThe merger takes effect in May.\n"
        + "\nJane Doe is the Courier's transport correspondent.\n",
    )
    _write(tmp_path, "ferry.yml", "author: Jane Doe\n")
    texts = [p.text for p in read(seed).paragraphs]
    assert texts[-1] == "The merger takes effect in May."
    assert "Jane Doe said the vote was the shortest she had covered." in texts


def test_sidecar_title_replaces_the_first_line_and_published_option_wins(tmp_path: Path) -> None:
    seed = _write(tmp_path, "ferry.txt", "ferry draft\n\n" + BODY)
    _write(tmp_path, "ferry.yml", "title: 'Ferries: the deal'\npublished: '2024-03-05'\n")
    article = read(seed, published=date(2024, 3, 6))
    assert article.title == "Ferries: the deal"
    assert article.published == date(2024, 3, 6)
    assert all("ferry draft" not in p.text for p in article.paragraphs)


def test_sidecar_title_keeps_a_file_that_starts_with_the_article(tmp_path: Path) -> None:
    seed = _write(tmp_path, "ferry.txt", BODY)
    _write(tmp_path, "ferry.yml", "title: Harbour towns merge ferries\n")
    assert read(seed).paragraphs[0].text.startswith("The councils of Westport")


@pytest.mark.parametrize(
    ("sidecar", "problem"),
    [
        ("title: [unclosed\n", "sidecar is not valid YAML"),
        ("published: yesterday\n", "published must be a date like 2018-07-12"),
        ("published: 2018-13-45\n", "impossible date: month must be in 1..12"),
        ("title: 1984\n", "title must be text, not a number"),
        ("tags: {a: 1}\n", "tags must be a list of text"),
        ("tags: [ok, 3]\n", "tags must be a list of text"),
        ("pubished: 2018-07-12\n", "unknown field(s) pubished"),
        ("- just\n- a list\n", "must be a mapping"),
    ],
)
def test_bad_sidecar_is_a_one_line_error_naming_the_sidecar(tmp_path: Path, sidecar: str, problem: str) -> None:
    seed = _write(tmp_path, "ferry.txt", "Harbour towns merge ferries\n\n" + BODY)
    _write(tmp_path, "ferry.yml", sidecar)
    message = _error(seed)
    assert message.startswith(f"{tmp_path / 'ferry.yml'}:")
    assert problem in message


def test_empty_sidecar_is_no_metadata(tmp_path: Path) -> None:
    seed = _write(tmp_path, "ferry.txt", "Harbour towns merge ferries\n\n" + BODY)
    _write(tmp_path, "ferry.yml", "# nothing yet\n")
    assert read(seed).published is None


# Markdown with front matter.

MARKDOWN = """---
title: "Ferries: the deal, explained"
source: The Coastal Courier
published: 2024-03-05
tags: [transport]
---

The councils of **Westport** and *Eastbay* voted on Tuesday to [merge](https://example.com/a "x")
their ferry services, ending a `forty-year` rivalry.

## A long rivalry

The two towns have run competing ferries since 1981.

- Westport ran the northern route.
- Eastbay ran the southern route, with <b>cheaper</b> tickets.

> "This is the end of a silly feud," said the mayor.

### What next

![A ferry](ferry.jpg)

The merged service starts next spring.
"""


@pytest.fixture
def markdown_article(tmp_path: Path) -> Article:
    return read(_write(tmp_path, "ferry.md", MARKDOWN))


def test_front_matter_gives_the_metadata(markdown_article: Article) -> None:
    assert markdown_article.title == "Ferries: the deal, explained"
    assert markdown_article.source == "The Coastal Courier"
    assert markdown_article.published == date(2024, 3, 5)
    assert markdown_article.tags == ("transport",)


def test_markdown_headings_become_sections(markdown_article: Article) -> None:
    assert [s.heading for s in markdown_article.sections] == [None, "A long rivalry", "What next"]


def test_markdown_formatting_becomes_plain_text(markdown_article: Article) -> None:
    texts = [p.text for p in markdown_article.paragraphs]
    assert texts[0] == (
        "The councils of Westport and Eastbay voted on Tuesday to merge their ferry services, "
        "ending a forty-year rivalry."
    )
    # Each list item is a paragraph of its own; raw HTML stays literal text, never markup.
    assert "Westport ran the northern route." in texts
    assert "Eastbay ran the southern route, with <b>cheaper</b> tickets." in texts
    assert "\"This is the end of a silly feud,\" said the mayor." in texts
    assert all("*" not in t and "](" not in t and "`" not in t for t in texts)


def test_front_matter_wins_over_a_sidecar(tmp_path: Path) -> None:
    seed = _write(tmp_path, "ferry.md", MARKDOWN)
    _write(tmp_path, "ferry.yml", "source: Someone else\nauthor: Jane Doe\n")
    article = read(seed)
    assert (article.source, article.author) == ("The Coastal Courier", "Jane Doe")


def test_markdown_title_can_be_the_first_heading(tmp_path: Path) -> None:
    article = read(_write(tmp_path, "ferry.md", "# Harbour towns merge ferries\n\n" + BODY))
    assert article.title == "Harbour towns merge ferries"
    assert article.published is None
    assert article.paragraphs[0].text.startswith("The councils")


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("---\ntitle: [unclosed\n---\n\nBody text here.\n", "front matter is not valid YAML"),
        ("---\ntitle: Ferries\npublished: yesterday\n---\n\nBody.\n", "published must be a date"),
        ("---\ntitle: Ferries\n\nBody text that never closes the front matter.\n", "no closing `---`"),
        ("Just a paragraph of text, and no title anywhere.\n", "has no title"),
        ("# Only a title\n", "no article body"),
    ],
)
def test_bad_markdown_is_a_one_line_error_naming_the_file(tmp_path: Path, text: str, problem: str) -> None:
    seed = _write(tmp_path, "ferry.md", text)
    message = _error(seed)
    assert message.startswith(f"{seed}:")
    assert problem in message


# Saved HTML pages.


@pytest.fixture
def page_article() -> Article:
    return read(DATA / "saved-page.html")


def test_page_metadata_is_extracted(page_article: Article) -> None:
    assert page_article.title == "Harbour towns vote to share one ferry service"
    assert page_article.source == "The Coastal Courier"
    assert page_article.published == date(2024, 3, 5)
    assert page_article.author == "Jane Doe"
    assert page_article.url == "https://courier.example/news/2024/03/harbour-ferry-vote"


def test_page_body_has_the_article_and_its_subheadings_only(page_article: Article) -> None:
    assert [s.heading for s in page_article.sections] == [None, "A long rivalry", "Unions wary"]
    assert len(page_article.paragraphs) == 6
    text = " ".join(p.text for p in page_article.paragraphs)
    assert page_article.paragraphs[0].text.startswith("The councils of Westport and Eastbay voted")
    for junk in ("ADVERTISEMENT", "Share on", "Related stories", "lighthouse", "Marvin123", "Copyright",
                 "Share your stories", "Sport", "Privacy"):
        assert junk not in text, junk


def test_sidecar_overrides_what_the_page_says(tmp_path: Path) -> None:
    page = tmp_path / "ferry.html"
    page.write_bytes((DATA / "saved-page.html").read_bytes())
    _write(tmp_path, "ferry.yml", "source: Courier\npublished: 2024-03-04\n")
    article = read(page)
    assert (article.source, article.published) == ("Courier", date(2024, 3, 4))
    assert article.author == "Jane Doe"


def test_page_without_article_text_is_an_error(tmp_path: Path) -> None:
    html = "<html><head><title>Nothing</title></head><body><nav>Home</nav></body></html>"
    page = _write(tmp_path, "empty.html", html)
    assert _error(page).startswith(f"{page}:")


def _script_page(visible: str, article_body: str) -> str:
    """A page that builds its text with JavaScript: a standfirst in its HTML, the article in its JSON-LD."""
    data = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "name": "Ferries"},
        {"@type": "NewsArticle", "headline": "Harbour towns merge ferries", "author": {"name": "Jane Doe"},
         "articleBody": article_body},
    ]}
    return (
        "<html><head><title>Harbour towns merge ferries</title>"
        '<meta name="author" content="Jane Doe">'
        f'<script type="application/ld+json">{json.dumps(data)}</script>'
        '<script type="application/ld+json">{"broken": </script>'
        f'<script type="application/ld+json">{"[" * 100_000}{"]" * 100_000}</script>'
        f"</head><body><article><h1>Harbour towns merge ferries</h1><p>{visible}</p></article>"
        '<div id="app"></div></body></html>'
    )


FULL_STORY = " ".join(
    [
        "The councils of Westport and Eastbay voted on Tuesday to merge their ferry services .",
        "Fares for residents will be frozen until 2026, the councils said.",
        "The merged service will run twelve crossings a day from a single terminal in Westport.",
        "Eastbay's old terminal will become a maritime museum, paid for by a harbour levy.",
        "Unions said they would study the plan before backing it, citing concerns over shift patterns.",
        "Opposition councillors in Eastbay argued the vote had been rushed through before the summer recess.",
        "The ferry companies have lost money every year since 2019, according to council accounts.",
        "A regional transport board must still approve the merger, which it is expected to do in May.",
        "Passenger groups welcomed the fare freeze but asked for later sailings on weekends.",
        "The first joint timetable is due to take effect in September, officials said.",
        "Westport's mayor called the vote the end of a rivalry between the two towns.",
        "Jane Doe is the Courier's transport correspondent and has covered the harbour since 2015.",
    ]
)


def test_a_page_that_builds_its_text_with_script_is_read_from_its_structured_data(tmp_path: Path) -> None:
    page = _write(tmp_path, "ferry.html", _script_page("Two councils agree to share one ferry service.", FULL_STORY))
    article = read(page)
    texts = [p.text for p in article.paragraphs]
    assert texts[0] == "The councils of Westport and Eastbay voted on Tuesday to merge their ferry services."
    assert len(texts) == 11, "a paragraph per sentence, the author's biography left out"
    assert not any("Jane Doe" in text for text in texts)


def test_a_page_with_its_article_in_the_html_ignores_the_structured_data(tmp_path: Path) -> None:
    visible = " ".join(FULL_STORY.split()[:160]).replace(" .", ".")
    page = _write(tmp_path, "ferry.html", _script_page(visible, "A different text entirely. " * 200))
    assert "different text" not in " ".join(p.text for p in read(page).paragraphs)


# Dispatch and discovery.


@pytest.mark.parametrize("name", ["notes.docx", "article.pdf", "README"])
def test_unknown_extension_is_an_error(tmp_path: Path, name: str) -> None:
    path = _write(tmp_path, name, "Title\n\nBody.\n")
    message = _error(path)
    assert message.startswith(f"{path}:")
    assert "use .txt, .md or .html" in message


def test_find_seeds_takes_all_three_formats_and_no_sidecars(tmp_path: Path) -> None:
    for name in ("a.txt", "a.yml", "b.md", "c.html", "d.HTML", "e.yaml", ".hidden.txt", "f.docx"):
        _write(tmp_path, name, "x")
    assert [p.name for p in find_seeds(tmp_path)] == ["a.txt", "b.md", "c.html", "d.HTML"]


# The command line, end to end.


def test_generate_warns_about_an_article_saved_in_a_format_it_does_not_read(tmp_path: Path) -> None:
    from .conftest import copy_project, run_cli

    project = copy_project(tmp_path)
    (project / "seeds" / "interview.docx").write_bytes(b"PK\x03\x04")
    (project / "seeds" / "russia-us-summit.yml").write_text("source: VOVWORLD\n", encoding="utf-8")
    result = run_cli("generate", cwd=project)
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert warnings == [
        "warning: seeds/interview.docx: not read; a seed is .txt, .md or .html (save the article as one)"
    ]


@pytest.mark.slow
def test_all_three_formats_build_one_strict_site(tmp_path: Path) -> None:
    import json

    from .conftest import SEED, copy_project, run_cli

    markdown_seed = _write(tmp_path, "ferries.md", MARKDOWN)
    project = tmp_path / "project"
    project.mkdir()
    copy_project(project, seeds=[SEED, DATA / "saved-page.html", markdown_seed])
    result = run_cli("build", cwd=project)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr
    home = (project / "site" / "index.html").read_text(encoding="utf-8")
    for title in ("Harbour towns vote to share one ferry service", "Ferries: the deal, explained",
                  "Russia-US summit: can disagreements be resolved?"):
        assert title in home

    seeds = sorted(str(p) for p in (project / "seeds").iterdir())
    analyzed = run_cli("analyze", "--format", "jsonl", *seeds, cwd=project)
    assert analyzed.returncode == 0, analyzed.stderr
    objects = [json.loads(line) for line in analyzed.stdout.splitlines()]
    assert [o["published"] for o in objects] == ["2024-03-05", None, "2024-03-05"]
    assert all(o["sentences"] for o in objects)


def test_a_yaml_sidecar_is_read_and_two_sidecars_are_an_error(tmp_path: Path) -> None:
    seed = _write(tmp_path, "ferry.txt", "Harbour towns merge ferries\n\n" + BODY)
    _write(tmp_path, "ferry.yaml", "source: Harbour Post\n")
    assert read(seed).source == "Harbour Post"
    _write(tmp_path, "ferry.yml", "source: Ferry News\n")
    message = _error(seed)
    assert message.startswith(f"{tmp_path / 'ferry.yaml'}:") and "ferry.yml" in message
