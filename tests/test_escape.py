"""The one escaping function: hostile article text stays literal text through the site's real Markdown."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from mkdocs.config import load_config

from generator.escape import front_matter, md_text, meta_text

from .conftest import ROOT

NASTY = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<iframe src=https://evil.example></iframe>",
    "<style>body{display:none}</style>",
    "<a href=javascript:alert(1)>click</a>",
    "<div onclick='alert(1)'>x</div>",
    "[x](javascript:alert(1))",
    "![x](javascript:alert(1))",
    "[x]: javascript:alert(1)",
    "<javascript:alert(1)>",
    "<http://evil.example>",
    "# heading",
    "## heading ##",
    "#hashtag",
    "---",
    "***",
    "___",
    "- - -",
    "=====",
    "- item",
    "+ item",
    "* item",
    "1. one",
    "2018) one",
    "٣. an ordered list in Arabic-Indic digits",
    "२) one in Devanagari",
    "> quote",
    "a | b | c",
    "| --- | --- |",
    "`code`",
    "```",
    "~~~",
    "~~~ python",
    "*em* **strong**",
    "_em_ __strong__",
    "<!-- comment -->",
    "-->",
    "{{ config.site_name }}",
    "{% include 'x' %}",
    "{: #id onclick=alert(1) }",
    "{ .class }",
    "&amp; &lt;script&gt; &#60;b&#62;",
    "\\*not em\\*",
    "trailing backslash \\",
    "two trailing spaces  ",
    "    indented code",
    "[^1] footnote",
    "[[wiki]]",
    "<?php echo 1; ?>",
    "<![CDATA[x]]>",
    "</p><p>",
    "line one\nline two\n\n# new block",
    "Setext\n===",
    "tab\there",
    "ünïcödé — “quotes” ‘single’ ½ 🙂",
    "\u202eright-to-left override",
    "x<sup>1</sup>",
]

CONTEXTS = {
    "paragraph": ("{}", {"p"}),
    "list item": ("- {}", {"ul", "li"}),
    "heading": ("# {}", {"h1", "a"}),  # the toc extension's permalink, an <a href="#..."> of its own
    "link text": ("[{}](source.md)", {"p", "a"}),
    "before provenance": ('{}<sup>[¶1](source.md#p1 "Paragraph 1")</sup>', {"p", "sup", "a"}),
    "source paragraph": ('<span class="para-number">1</span> {}\n{{: #p1 .source-paragraph }}', {"p", "span"}),
    "after words": ("Said: {}", {"p"}),
}
EXTRA_TEXT = {"before provenance": "¶1", "source paragraph": "1 ", "after words": "Said: "}


@pytest.fixture(scope="module")
def md() -> markdown.Markdown:
    """Python-Markdown with exactly the extensions the site's MkDocs uses."""
    config = load_config(str(ROOT / "mkdocs.yml"))
    return markdown.Markdown(extensions=config.markdown_extensions, extension_configs=config.mdx_configs)


class _Dom(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.text: list[str] = []
        self.comments: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += attrs
        if tag == "a" and ("class", "headerlink") in attrs:
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.text.append(data)

    def handle_comment(self, data: str) -> None:
        self.comments.append(data)


@pytest.mark.parametrize("context", sorted(CONTEXTS))
@pytest.mark.parametrize("nasty", NASTY)
def test_md_text_renders_as_the_literal_text(md: markdown.Markdown, nasty: str, context: str) -> None:
    template, allowed = CONTEXTS[context]
    md.reset()
    html = md.convert(template.format(md_text(nasty)))
    dom = _Dom()
    dom.feed(html)
    dom.close()
    shown = "".join(dom.text).strip()
    literal = " ".join(nasty.split())
    extra = EXTRA_TEXT.get(context, "")
    if context in ("before provenance",):
        assert shown == literal + extra, html
    else:
        assert shown == (extra + literal).strip(), html
    assert set(dom.tags) <= allowed, html
    assert not dom.comments, html
    for name, value in dom.attrs:
        assert not name.startswith("on"), html
        assert "javascript:" not in (value or ""), html
        if name == "href":
            permalink = context == "heading" and (value or "").startswith("#")
            assert value in ("source.md", "source.md#p1") or permalink, html


def test_md_text_is_one_line() -> None:
    assert "\n" not in md_text("a\n\nb\r\nc")


@pytest.mark.parametrize("nasty", NASTY)
def test_meta_text_leaves_no_markup_for_the_theme(nasty: str) -> None:
    escaped = meta_text(nasty)
    assert not set("<>\"'") & set(escaped)
    assert "\n" not in escaped
    dom = _Dom()
    dom.feed(f'<meta content="{escaped}"><title>{escaped}</title>')
    assert "".join(dom.text) == " ".join(nasty.split())
    assert dom.attrs == [("content", " ".join(nasty.split()))]


HOSTILE_YAML = [
    "Rates: what changed #2",
    "- item",
    "&anchor",
    "*alias",
    "'quoted'",
    '"double"',
    "!!python/object:os.system",
    "!!python/object/apply:os.system ['echo pwned']",
    "? key",
    "| literal",
    "> folded",
    "%YAML 1.1",
    "@at `tick`",
    "yes",
    "null",
    "1e3",
    "2018-07-12",
    "key: value\nother: thing",
    "---\n...",
    "{a: 1}",
    "[1, 2]",
    "",
]


@pytest.mark.parametrize("title", HOSTILE_YAML)
def test_front_matter_round_trips_hostile_titles(title: str) -> None:
    data = {"title": title, "description": meta_text(title), "tags": [title], "published": None}
    block = front_matter(data)
    assert block.startswith("---\n") and block.endswith("---\n")
    assert yaml.safe_load(block.removeprefix("---\n").removesuffix("---\n")) == data


@settings(max_examples=300, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(["title", "description", "tags", "source", "published", "generator"]),
        st.none() | st.text() | st.lists(st.text(), max_size=3),
        max_size=4,
    )
)
def test_front_matter_reads_back_as_exactly_what_was_written(data: dict[str, str | list[str] | None]) -> None:
    block = front_matter(data)
    assert yaml.safe_load(block.removeprefix("---\n").removesuffix("---\n")) == (data or None)


def test_front_matter_title_survives_mkdocs_meta_parsing(tmp_path: Path) -> None:
    """MkDocs reads the front matter itself (mkdocs.utils.meta); it must see the same title."""
    from mkdocs.utils.meta import get_data

    for title in HOSTILE_YAML:
        block = front_matter({"title": meta_text(title) or "x"})
        _, meta = get_data(block + "# Body\n")
        assert meta == {"title": meta_text(title) or "x"}, title


def test_front_matter_of_a_hostile_article_holds_no_markup(tmp_path: Path) -> None:
    from generator.analyze import analyze
    from generator.readers import read
    from generator.render import render

    seed = tmp_path / "hostile.md"
    seed.write_text(
        "---\ntitle: '<script>alert(1)</script> & \"q\"'\nsource: '<b>Outlet</b>'\n"
        "tags: ['<img src=x onerror=alert(1)>', 'plain']\n---\n\n"
        "The council met on Tuesday. <iframe src=x></iframe> was said.\n",
        encoding="utf-8",
    )
    for page in render(analyze(read(seed))):
        front = yaml.safe_load(page.text.split("---\n")[1])
        for key in ("title", "description"):
            assert "<" not in front[key] and '"' not in front[key], (page.path, key, front[key])
        assert front["tags"] == ["&lt;img src=x onerror=alert(1)&gt;", "plain"]
