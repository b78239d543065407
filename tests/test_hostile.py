"""Hostile articles through the real `explainers build`: text stays text, nothing is written outside docs/.

Material prints a page's front-matter title into <title> and the header without escaping (MkDocs'
Jinja environment has no autoescape), so these tests read the real built HTML, not the Markdown.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from generator.readers import read

from .conftest import copy_project, run_cli
from .hostile_html import PageDom, squash

pytestmark = pytest.mark.slow

BODY = (
    "The committee met on Tuesday to discuss the plan for the harbour.\n\n"
    "Critics said the plan was too costly and accused the council of secrecy.\n\n"
    "A final vote is expected next week.\n"
)
HOSTILE_TITLES = {
    "traversal": "../../etc/passwd",
    "windows": "CON",
    "long": ("Very long headline about the harbour plan " * 8)[:300].strip(),
    "punctuation": "!!! ??? *** ### ---",
    "cyrillic": "Саммит России и США в Хельсинки",
    "japanese": "日本の首相が辞任を表明",
    "html": "</title><script>alert(\"t\")</script> <img src=x onerror=alert(1)> & 'q'",
    "yaml-colon": "Rates: what changed #2",
    "yaml-dash": "- item",
    "yaml-anchor": "&anchor",
    "yaml-quoted": "'quoted'",
    "yaml-tag": "!!python/object:os.system",
    "template": "{{ config.site_name }} {% raw %}",
}
PAGES = ("", "background/", "disagreements/", "outlook/", "players/", "timeline/", "source/")


def _files(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*")}


def _records(project: Path) -> dict[str, str]:
    """Seed file name -> slug, from the generator's state."""
    data = json.loads((project / ".explainers" / "state.json").read_text(encoding="utf-8"))
    return {Path(r["seed"]).name: r["slug"] for r in data["explainers"]}


def _dom(site: Path, slug: str, page: str = "") -> PageDom:
    return PageDom((site / slug / page / "index.html").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, set[str], set[str]]:
    root = tmp_path_factory.mktemp("hostile")
    project = root / "project"
    project.mkdir()
    copy_project(project)
    for name, title in HOSTILE_TITLES.items():
        (project / "seeds" / f"{name}.txt").write_text(f"{title}\n\n{BODY}", encoding="utf-8")
    before = _files(project)
    result = run_cli("build", cwd=project)
    assert result.returncode == 0, result.stderr
    return project, before, _files(project)


def test_nothing_is_written_outside_docs(hostile_site: tuple[Path, set[str], set[str]]) -> None:
    project, before, after = hostile_site
    new = {name for name in after - before if not name.startswith(("docs/", ".explainers/", "site/"))}
    assert new <= {"docs", ".explainers", "site"}, new
    assert sorted(p.name for p in project.parent.iterdir()) == ["project"]
    slugs = _records(project)
    assert len(slugs) == len(HOSTILE_TITLES) + 1 and len(set(slugs.values())) == len(slugs)
    for slug in slugs.values():
        folder = (project / "docs" / slug).resolve()
        assert folder.parent == (project / "docs").resolve(), slug
        assert slug.isascii() and "/" not in slug and ".." not in slug and len(slug) <= 80, slug


@pytest.mark.parametrize("name", sorted(HOSTILE_TITLES))
def test_a_hostile_title_is_shown_literally_everywhere(
    hostile_site: tuple[Path, set[str], set[str]], name: str
) -> None:
    project, _, _ = hostile_site
    title = HOSTILE_TITLES[name]
    slug = _records(project)[f"{name}.txt"]
    site = project / "site"
    seed_slug = _records(project)["russia-us-summit.txt"]
    for page in PAGES:
        dom = _dom(site, slug, page)
        reference = _dom(site, seed_slug, page)
        assert dom.live_attributes() == [], page
        assert dom.active_counts() == reference.active_counts(), page
        shown_title = squash(dom.first("title").content)
        header = squash(dom.first("div", "md-header__topic").content) if page == "" else ""
        if page == "":
            assert shown_title == f"{title} - News explainers"
            assert squash(dom.first("h1").content).removesuffix("¶").strip() == title
            assert any(squash(e.content) == title for e in dom.elements if e.tag == "span"), header
        else:
            assert title in shown_title
    home = PageDom((site / "index.html").read_text(encoding="utf-8"))
    assert any(squash(e.content) == title and e.tag == "a" for e in home.elements)
    for shared in ("index.html", "explainers/index.html", "players/index.html", "tags/index.html"):
        if (site / shared).is_file():
            dom = PageDom((site / shared).read_text(encoding="utf-8"))
            assert dom.live_attributes() == [], shared
            counts, theme = dom.active_counts(), _dom(site, seed_slug).active_counts()
            assert not {"iframe", "img", "object", "embed"} & set(counts), shared
            assert (counts["script"], counts["style"]) == (theme["script"], theme["style"]), shared


# --- property-based: random text with HTML and Markdown metacharacters, through generate and mkdocs build ---

METACHARACTERS = [
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<iframe src=javascript:alert(1)>",
    "<style>*{color:red}</style>", "[x](javascript:alert(1))", "![i](javascript:alert(1))", "<a href=x>",
    "# ", "## ", "---", "***", "|", "| --- |", "`", "```", "~~~", "*", "**", "_", "__", "<!--", "-->",
    "{{", "}}", "{%", "%}", "{: onclick=alert(1) }", "&", "&amp;", "&#60;", "&lt;", "<", ">", '"', "'",
    "\\", "1. ", "- ", "+ ", "> ", "[", "]", "(", ")", "!", ":", "=", "\t", "</p>", "<b>", "javascript:",
]
_fragment = st.one_of(
    st.sampled_from(METACHARACTERS),
    st.text(st.characters(codec="utf-8", categories=["L", "N", "P", "S", "Zs"]), min_size=1, max_size=10),
)
_line = st.lists(_fragment, min_size=1, max_size=8).map(lambda parts: squash("".join(parts))).filter(bool)
_article = st.tuples(_line, st.lists(_line, min_size=1, max_size=4))


# Each example is a real site build (about 2 s); shrinking a failure would take many minutes, so it is
# reported as found.
@settings(
    max_examples=12,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(articles=st.lists(_article, min_size=1, max_size=3))
def test_random_hostile_text_stays_text_in_the_built_site(
    tmp_path_factory: pytest.TempPathFactory, articles: list[tuple[str, list[str]]]
) -> None:
    project = copy_project(tmp_path_factory.mktemp("prop"))
    for index, (title, paragraphs) in enumerate(articles):
        body = "\n\n".join(["The council met on Tuesday to discuss the plan.", *paragraphs])
        (project / "seeds" / f"a{index}.txt").write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    result = run_cli("build", cwd=project)
    assert "Traceback" not in result.stderr
    assert "this is a bug in explainers" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    # A seed the reader rejects is reported in one line and the build still runs; the rest must be live-free.
    assert result.returncode == (1 if errors else 0), result.stderr
    site = project / "site"
    slugs = _records(project)
    seed_slug = slugs["russia-us-summit.txt"]
    for index in range(len(articles)):
        seed = project / "seeds" / f"a{index}.txt"
        if f"a{index}.txt" not in slugs:
            assert any(str(Path("seeds") / seed.name) in line for line in errors)
            continue
        article = read(seed)
        slug = slugs[seed.name]
        for page in PAGES:
            dom = _dom(site, slug, page)
            assert dom.live_attributes() == [], (page, article.title)
            assert dom.active_counts() == _dom(site, seed_slug, page).active_counts(), (page, article.title)
        overview = _dom(site, slug)
        assert squash(overview.first("title").content) == f"{squash(article.title)} - News explainers"
        source = _dom(site, slug, "source/")
        for paragraph in article.paragraphs:
            element = source.by_id[f"p{paragraph.number}"]
            assert element.tag == "p"
            assert squash(element.content) == squash(f"{paragraph.number} {paragraph.text}")
            assert [e.tag for e in source.children(element)] == ["span"]
        for section in article.sections:
            if section.heading:
                assert any(
                    squash(e.content).removesuffix("¶").strip() == section.heading
                    for e in source.elements if e.tag == "h2"
                ), section.heading

