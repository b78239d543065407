"""The HTML reader on real news pages: the extracted body matches the expected body (bag-of-words F1)."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.html_f1 import score_folder, table

F1_TARGET = 0.92
"""The issue's bar; trafilatura's own published benchmark figure is about 0.91 on these sites' pages."""


def test_extracted_bodies_match_the_gold_bodies(corpus: Path) -> None:
    folder = corpus / "html"
    if not any(folder.glob("*.gold.txt")):
        pytest.skip(f"{folder} holds no gold bodies")
    scores = score_folder(folder)
    print(f"\nHTML reader against {folder}:\n{table(scores)}")
    average = sum(s.f1 for s in scores) / len(scores)
    assert average >= F1_TARGET, table(scores)
    assert all(s.f1 >= 0.8 for s in scores), table(scores)
