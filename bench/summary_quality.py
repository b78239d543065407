"""How good is "At a glance"? ROUGE against human-written text, and the gold roles of what it picks.

No maintained PyPI package ships news articles with human-written highlights for offline use
(datasets such as CNN/DailyMail come from a hub at run time), so the reference is each article's
human-written headline: the 464 gold NewsDiscourse articles and the 40 corpus articles of
``../shared/corpus``. The baseline is the first three sentences (lead-3).

    .venv/bin/pip install -e '.[bench]'
    .venv/bin/python bench/summary_quality.py [--corpus ../shared/corpus]

Prints ROUGE-1/ROUGE-2 F1 and recall for the summary, lead-3 (the first three sentences) and
"lead-3 kept" (the first three sentences that are not captions or credits), and on the gold articles how
many summary sentences carry the gold ``main`` role and how many are boilerplate (gold ``other``).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections.abc import Iterable
from pathlib import Path

from rouge_score import rouge_scorer

from generator.analyze import analyze
from generator.errors import SeedError
from generator.models import Article, Paragraph, Section, Sentence
from generator.readers import read
from generator.summary import is_caption

ROOT = Path(__file__).resolve().parent.parent


def gold_articles(path: Path) -> Iterable[tuple[Article, dict[str, str]]]:
    """Each gold article as an ``Article`` (its own sentence split), with the gold role of each sentence id."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            paragraphs, gold, n = [], {}, 0
            for number, paragraph in enumerate(record["paragraphs"], start=1):
                sentences = []
                for item in paragraph:
                    n += 1
                    sentences.append(Sentence(f"s{n}", number, " ".join(item["text"].split())))
                    gold[f"s{n}"] = item["role"]
                paragraphs.append(Paragraph(number, tuple(sentences)))
            article = Article(
                Path(record["id"]), record["title"], (Section(None, tuple(paragraphs)),), source=record.get("source")
            )
            yield article, gold


def corpus_articles(folder: Path) -> Iterable[Article]:
    for path in sorted(folder.glob("*.txt")):
        try:
            yield read(path)
        except SeedError as error:
            print(f"skipped: {error.message}", file=sys.stderr)


def measure(name: str, articles: Iterable[tuple[Article, dict[str, str] | None]]) -> None:
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    rows: dict[str, dict[str, list[float]]] = {"summary": {}, "lead-3": {}, "lead-3 kept": {}}
    roles: dict[str, list[str]] = {"summary": [], "lead-3": [], "lead-3 kept": []}
    sizes: list[int] = []
    count = 0
    for article, gold in articles:
        explainer = analyze(article)
        by_id = {s.id: s.text for s in article.sentences}
        kept = [
            item.sentence.id for item in explainer.sentences
            if item.page is not None and not is_caption(item.sentence.text)
        ]
        picks = {
            "summary": list(explainer.summary),
            "lead-3": [s.id for s in article.sentences[:3]],
            "lead-3 kept": kept[:3],
        }
        sizes.append(len(explainer.summary))
        count += 1
        for system, ids in picks.items():
            scores = scorer.score(article.title, " ".join(by_id[i] for i in ids))
            for metric, score in scores.items():
                rows[system].setdefault(f"{metric} F1", []).append(score.fmeasure)
                rows[system].setdefault(f"{metric} recall", []).append(score.recall)
            if gold is not None:
                roles[system] += [gold[i] for i in ids]
    print(f"\n{name}: {count} articles, summary length mean {statistics.mean(sizes):.2f} sentences")
    metrics = list(rows["summary"])
    print(f"{'':12}" + "".join(f"{m:>16}" for m in metrics))
    for system, values in rows.items():
        print(f"{system:12}" + "".join(f"{statistics.mean(values[m]):>16.4f}" for m in metrics))
    for system, picked in roles.items():
        if picked:
            main = picked.count("main") / len(picked)
            other = picked.count("other") / len(picked)
            print(f"{system:12} gold role of picked sentences: main {main:.1%}, boilerplate (other) {other:.1%}"
                  f" of {len(picked)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    args = parser.parse_args()
    gold = args.corpus / "newsdiscourse-dev.jsonl"
    if not gold.is_file():
        sys.exit(f"{gold}: not found; pass --corpus")
    measure("gold NewsDiscourse articles vs headline", gold_articles(gold))
    measure("corpus articles vs headline", ((a, None) for a in corpus_articles(args.corpus / "articles")))


if __name__ == "__main__":
    main()
