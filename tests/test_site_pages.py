"""The home page lists every explainer newest first; the explainers index groups them by month."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.build import generate

SEEDS = {
    # name: (title, published or None, source)
    "old.txt": ("Budget vote delayed", "2017-11-03", "Reuters"),
    "new.md": ("Ferry deal signed", "2024-03-05", "The Coastal Courier"),
    "mid.txt": ("Mayor resigns", "2024-03-01", None),
    "undated.txt": ("Harbour fees rise", None, "BBC"),
    "same-month.txt": ("Lighthouse reopens", "2024-03-20", "BBC"),
    "quoted.txt": ("'Zoo will close'", None, None),
}


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    seeds = tmp_path_factory.mktemp("seeds")
    paths = []
    for name, (title, published, source) in SEEDS.items():
        path = seeds / name
        body = f"The council said on Monday that the {title.lower()} story was true.\n\nIt gave no details.\n"
        meta = "".join(
            f"{key}: {value}\n" for key, value in (("published", published), ("source", source)) if value
        )
        if name.endswith(".md"):
            path.write_text(f"---\ntitle: {title}\n{meta}---\n\n{body}", encoding="utf-8")
        else:
            path.write_text(f"{title}\n\n{body}", encoding="utf-8")
            if meta:
                path.with_suffix(".yml").write_text(meta, encoding="utf-8")
        paths.append(path)
    out = tmp_path_factory.mktemp("docs")
    result = generate(paths, out)
    assert not result.failures
    return out


def _titles(markdown: str) -> list[str]:
    return re.findall(r"^- \*\*\[([^\]]+)\]", markdown, flags=re.MULTILINE)


def test_home_page_lists_newest_first_with_date_source_and_summary(docs: Path) -> None:
    home = (docs / "index.md").read_text(encoding="utf-8")
    assert _titles(home) == [
        "Lighthouse reopens", "Ferry deal signed", "Mayor resigns", "Budget vote delayed", "Harbour fees rise",
        "'Zoo will close'",
    ]
    assert "**[Ferry deal signed](ferry-deal-signed/index.md)** · *5 March 2024, The Coastal Courier*" in home
    assert "*1 March 2024, source not stated*" in home
    assert "*date not known, BBC*" in home
    assert "The council said on Monday that the ferry deal signed story was true." in home


def test_explainers_index_groups_by_month_undated_last(docs: Path) -> None:
    index = (docs / "explainers.md").read_text(encoding="utf-8")
    months = re.findall(r"^## (.+)$", index, flags=re.MULTILINE)
    assert months == ["March 2024", "November 2017", "Undated"]
    march = index.split("## March 2024")[1].split("## November 2017")[0]
    assert _titles(march) == ["Lighthouse reopens", "Ferry deal signed", "Mayor resigns"]
    assert _titles(index.split("## Undated")[1]) == ["Harbour fees rise", "'Zoo will close'"]
    assert "[Background](harbour-fees-rise/background.md)" in index
