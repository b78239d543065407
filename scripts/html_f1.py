"""Score the HTML reader against the expected article bodies in ../shared/corpus/html.

For every ``<page>.html`` with a ``<page>.gold.txt`` beside it, the body the reader extracts (its
headings and paragraphs, after the same cleanup as every seed) is compared with the gold body as
bags of lower-cased words: precision, recall and F1 per page, and their averages.

Usage: python scripts/html_f1.py [FOLDER]   (default: ../shared/corpus/html)
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from generator.models import Article
from generator.readers import read

DEFAULT_FOLDER = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "html"
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Score:
    """How well the extracted body of one page matches its gold body."""

    page: str
    precision: float
    recall: float
    f1: float


def words(text: str) -> Counter[str]:
    return Counter(_WORD.findall(text.casefold()))


def bag_f1(extracted: str, gold: str) -> tuple[float, float, float]:
    """Precision, recall and F1 of the extracted words against the gold words (multiset overlap)."""
    got, want = words(extracted), words(gold)
    common = sum((got & want).values())
    if not common:
        return 0.0, 0.0, 0.0
    precision, recall = common / sum(got.values()), common / sum(want.values())
    return precision, recall, 2 * precision * recall / (precision + recall)


def body_text(article: Article) -> str:
    """What the reader kept of the page: its subheadings and paragraphs, in order."""
    parts: list[str] = []
    for section in article.sections:
        if section.heading:
            parts.append(section.heading)
        parts += [paragraph.text for paragraph in section.paragraphs]
    return "\n\n".join(parts)


def score_folder(folder: Path) -> list[Score]:
    scores = []
    for gold in sorted(folder.glob("*.gold.txt")):
        page = gold.with_name(gold.name.removesuffix(".gold.txt") + ".html")
        extracted = body_text(read(page))
        precision, recall, f1 = bag_f1(extracted, gold.read_text(encoding="utf-8"))
        scores.append(Score(page.name, precision, recall, f1))
    return scores


def table(scores: list[Score]) -> str:
    lines = [f"{'page':<40} {'precision':>9} {'recall':>7} {'F1':>6}"]
    lines += [f"{s.page:<40} {s.precision:>9.3f} {s.recall:>7.3f} {s.f1:>6.3f}" for s in scores]
    n = len(scores) or 1
    lines.append(
        f"{'average':<40} {sum(s.precision for s in scores) / n:>9.3f} "
        f"{sum(s.recall for s in scores) / n:>7.3f} {sum(s.f1 for s in scores) / n:>6.3f}"
    )
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else DEFAULT_FOLDER
    if not folder.is_dir():
        print(f"{folder}: no such folder", file=sys.stderr)
        return 2
    print(table(score_folder(folder)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
