#!/usr/bin/env python3
"""Train the sentence-role model on the shared gold corpus, and measure it on articles it never saw.

Each gold article is laid out as a plain-text seed and read by the generator's own reader, so the
model learns from exactly the sentences, paragraphs and headings it will see at run time; each
read sentence takes the gold role of the gold sentence that covers most of its words. The fitted
multinomial logistic regression (blended with naive Bayes, still one linear model) is written
as JSON (``generator/data/roles-model.json``) and scored in pure Python by ``generator.role_model``.
scikit-learn is needed here only: ``pip install -e '.[train]'``.

Every reported figure is the macro-F1 of ``../shared/eval/eval_roles.py`` (whose alignment and
arithmetic are used as they are) on articles the scoring model never saw: ``--cv`` deals all
464 articles into folds by article, spreading each domain and the validation split across them;
``--held-out`` is the old protocol, fitted on the train split and scored on the validation one.

Examples:
  .venv/bin/python scripts/train_roles.py --cv 5 --held-out   # both figures, then write the model
  .venv/bin/python scripts/train_roles.py --cv 5 --no-write   # 5-fold CV over all articles only
  .venv/bin/python scripts/train_roles.py --train-on train    # the model of the old protocol
"""

from __future__ import annotations

import argparse
import difflib
import importlib.util
import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np
import numpy.typing as npt
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression
from sklearn.naive_bayes import MultinomialNB

from generator.errors import SeedError
from generator.models import ROLES, Article
from generator.readers import Metadata
from generator.readers.text import parse_text
from generator.role_features import sentence_features
from generator.role_model import FORMAT
from generator.role_rules import lede_paragraph

ROOT = Path(__file__).resolve().parent.parent

DEFAULT_GOLD = ROOT.parent / "shared" / "corpus" / "newsdiscourse-dev.jsonl"
DEFAULT_EVAL = ROOT.parent / "shared" / "eval" / "eval_roles.py"
DEFAULT_OUT = ROOT / "generator" / "data" / "roles-model.json"
_TOKEN = re.compile(r"\w+")


Doc = dict[str, Any]
"""One article of the gold JSONL, as its README describes it."""


@dataclass(frozen=True)
class GoldArticle:
    """One gold article as the reader sees it, with what training and scoring need."""

    features: list[list[str]]
    """The feature names of each sentence the reader produced."""
    roles: list[str]
    """The gold role of each read sentence (of the gold sentence covering most of its words)."""
    lede: list[int]
    """The read sentences of the lede paragraph, which ``generator.roles`` always calls ``main``."""
    domain: str
    split: str
    gold: list[str]
    """The gold role of each gold sentence: what ``eval_roles.py`` scores."""
    aligned: list[int | None]
    """The read sentence ``eval_roles.py`` aligns each gold sentence with (None: dropped, counts as other)."""


Features = list[GoldArticle]


def article_text(doc: Doc) -> str:
    """The article as the eval script lays it out: title, blank line, one paragraph per block."""
    paragraphs = [" ".join(s["text"].strip() for s in para) for para in doc["paragraphs"]]
    return f"{str(doc.get('title', '')).strip()}\n\n" + "\n\n".join(paragraphs) + "\n"


def gold_roles(article: Article, doc: Doc) -> list[str]:
    """The gold role of each sentence the reader produced, by word overlap with the gold sentences."""
    gold_tokens: list[str] = []
    owner: list[str] = []
    for para in doc["paragraphs"]:
        for s in para:
            for token in _TOKEN.findall(s["text"].lower()):
                gold_tokens.append(token)
                owner.append(s["role"])
    read_tokens: list[str] = []
    read_owner: list[int] = []
    for i, sentence in enumerate(article.sentences):
        for token in _TOKEN.findall(sentence.text.lower()):
            read_tokens.append(token)
            read_owner.append(i)
    votes: list[Counter[str]] = [Counter() for _ in article.sentences]
    matcher = difflib.SequenceMatcher(None, gold_tokens, read_tokens, autojunk=False)
    for a, b, size in matcher.get_matching_blocks():
        for k in range(size):
            votes[read_owner[b + k]][owner[a + k]] += 1
    return [v.most_common(1)[0][0] if v else "other" for v in votes]


def eval_module(path: Path) -> ModuleType:
    """The shared ``eval_roles.py``, so cross-validation aligns and scores exactly as it does."""
    spec = importlib.util.spec_from_file_location("eval_roles", path)
    if spec is None or spec.loader is None or not path.is_file():
        sys.exit(f"{path}: the shared eval script is missing (see --eval)")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load(gold: Path, evaluation: ModuleType) -> Features:
    """Every gold article (both splits) as the reader sees it, aligned as the eval script aligns it."""
    out: Features = []
    with gold.open(encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            try:
                article = parse_text(Path(doc["id"]), article_text(doc), Metadata())
            except SeedError:
                continue
            sentences = [s for para in doc["paragraphs"] for s in para]
            aligned = evaluation.align(
                [s["text"] for s in sentences], [s.text for s in article.sentences], doc.get("title", "")
            )
            out.append(
                GoldArticle(
                    features=sentence_features(article),
                    roles=gold_roles(article, doc),
                    lede=lede_paragraph(article),
                    domain=doc["domain"],
                    split=doc["split"],
                    gold=[s["role"] for s in sentences],
                    aligned=list(aligned),
                )
            )
    return out


def vocabulary(docs: Features, min_count: int) -> dict[str, int]:
    """Column of each feature found in at least ``min_count`` sentences (rarer ones cannot generalise)."""
    counts = Counter(f for doc in docs for feats in doc.features for f in set(feats))
    return {f: j for j, f in enumerate(sorted(f for f, n in counts.items() if n >= min_count))}


def matrix(docs: Features, columns: dict[str, int]) -> tuple[csr_matrix, npt.NDArray[np.str_]]:
    """Sentences as rows of feature counts (as the scorer adds them up), and their roles."""
    rows: list[int] = []
    cols: list[int] = []
    labels: list[str] = []
    n = 0
    for doc in docs:
        for feats, role in zip(doc.features, doc.roles, strict=True):
            for f in feats:
                j = columns.get(f)
                if j is not None:
                    rows.append(n)
                    cols.append(j)
            labels.append(role)
            n += 1
    data = np.ones(len(rows), dtype=np.float64)
    return csr_matrix((data, (rows, cols)), shape=(n, len(columns))), np.array(labels)


@dataclass(frozen=True)
class Linear:
    """A linear scorer: ``x @ coef.T + intercept``, the highest column is the role."""

    classes: npt.NDArray[np.str_]
    coef: npt.NDArray[np.float64]
    intercept: npt.NDArray[np.float64]


def fit(x: csr_matrix, y: npt.NDArray[np.str_], args: argparse.Namespace) -> Linear:
    """Logistic regression plus ``nb_weight`` times naive Bayes: one linear model over the same features.

    In the regression rare roles weigh (n / count) ** balance, since macro-F1 counts each role
    alike. Naive Bayes's log-probabilities are linear in the feature counts too, so the blend
    (which cross-validates a little better than either) costs nothing at run time.
    """
    labels, counts = np.unique(y, return_counts=True)
    balance = args.balance
    weights = {str(k): float((len(y) / (len(labels) * n)) ** balance) for k, n in zip(labels, counts, strict=True)}
    lr = LogisticRegression(C=args.C, max_iter=3000, class_weight=weights)
    lr.fit(x, y)
    coef: npt.NDArray[np.float64] = lr.coef_.copy()
    intercept: npt.NDArray[np.float64] = lr.intercept_.copy()
    if args.nb_weight:
        nb = MultinomialNB(alpha=args.nb_alpha).fit(x, y)
        assert list(nb.classes_) == list(lr.classes_)
        log_prob = nb.feature_log_prob_
        # A constant added to every class of a feature changes no decision: centre, so most round to 0.
        coef += args.nb_weight * (log_prob - log_prob.mean(axis=0))
        intercept += args.nb_weight * nb.class_log_prior_
    return Linear(lr.classes_, coef, intercept)


def shipped_weights(model: Linear, scale: float, prune: float) -> npt.NDArray[np.int64]:
    """The weights as shipped: in integer steps of ``scale``, features whose weights are all small dropped."""
    coef: npt.NDArray[np.float64] = np.rint(model.coef / scale)
    small = np.all(np.abs(model.coef) < prune, axis=0)
    coef[:, small] = 0
    return coef.astype(np.int64)


def shipped_scores(model: Linear, x: csr_matrix, scale: float, prune: float) -> npt.NDArray[np.float64]:
    """The scores the pure-Python scorer will compute, so cross-validation measures the shipped model."""
    scores: npt.NDArray[np.float64] = x @ (shipped_weights(model, scale, prune).T * scale) + np.round(
        model.intercept, 4
    )
    return scores


def export(model: Linear, columns: dict[str, int], trained_on: str, scale: float, prune: float) -> dict[str, Any]:
    """The model file's JSON: weights as integers of ``scale`` by feature, only features that count."""
    coef = shipped_weights(model, scale, prune)
    names = sorted(columns, key=columns.__getitem__)
    weights = {names[j]: [int(x) for x in coef[:, j]] for j in np.nonzero(np.any(coef != 0, axis=0))[0]}
    return {
        "format": FORMAT,
        "classes": [str(c) for c in model.classes],
        "scale": scale,
        "bias": [round(float(b), 4) for b in model.intercept],
        "weights": weights,
        "trained_on": trained_on,
    }


@dataclass(frozen=True)
class Scored:
    """Scores of the read sentences of some articles, with what the eval script compares them to."""

    scores: npt.NDArray[np.float64]
    """One row per read sentence, one column per role of ``ROLES``."""
    lede: npt.NDArray[np.bool_]
    """Read sentences of a lede paragraph (always ``main``)."""
    aligned: npt.NDArray[np.int64]
    """For each gold sentence, its read sentence (a row of ``scores``), or -1 if the reader dropped it."""
    gold: npt.NDArray[np.int64]
    """For each gold sentence, the index in ``ROLES`` of its gold role."""
    split: npt.NDArray[np.str_]
    """For each gold sentence, the split of its article (``train`` or ``validation``)."""


_MAIN = ROLES.index("main")
_OTHER = ROLES.index("other")


def scored(docs: Features, scores: npt.NDArray[np.float64], classes: npt.NDArray[np.str_]) -> Scored:
    """``scores`` (rows: the read sentences of ``docs`` in order, columns: ``classes``) in ``ROLES`` order."""
    order = [list(classes).index(role) for role in ROLES]
    lede: list[bool] = []
    aligned: list[int] = []
    gold: list[int] = []
    split: list[str] = []
    start = 0
    for doc in docs:
        in_lede = set(doc.lede)
        lede.extend(i in in_lede for i in range(len(doc.roles)))
        aligned.extend(-1 if j is None else start + j for j in doc.aligned)
        gold.extend(ROLES.index(role) for role in doc.gold)
        split.extend([doc.split] * len(doc.gold))
        start += len(doc.roles)
    return Scored(scores[:, order], np.array(lede, dtype=bool), np.array(aligned), np.array(gold), np.array(split))


def concat(parts: list[Scored]) -> Scored:
    """Several results as one, as if their articles had been scored together."""
    starts = np.cumsum([0] + [len(p.scores) for p in parts])
    return Scored(
        np.vstack([p.scores for p in parts]),
        np.concatenate([p.lede for p in parts]),
        np.concatenate([np.where(p.aligned >= 0, p.aligned + s, -1) for p, s in zip(parts, starts, strict=False)]),
        np.concatenate([p.gold for p in parts]),
        np.concatenate([p.split for p in parts]),
    )


def predict(result: Scored, offsets: npt.NDArray[np.float64]) -> npt.NDArray[np.int64]:
    """The role (index in ``ROLES``) of each gold sentence, as ``eval_roles.py`` would see it."""
    read: npt.NDArray[np.int64] = np.argmax(result.scores + offsets, axis=1)
    read[result.lede] = _MAIN
    out: npt.NDArray[np.int64] = np.where(result.aligned >= 0, read[np.maximum(result.aligned, 0)], _OTHER)
    return out


def f1_table(gold: npt.NDArray[np.int64], predicted: npt.NDArray[np.int64]) -> npt.NDArray[np.float64]:
    """Rows P, R, F1; one column per role of ``ROLES`` (the eval script's arithmetic, 0 when undefined)."""
    k = len(ROLES)
    confusion = np.bincount(gold * k + predicted, minlength=k * k).reshape(k, k)
    tp = np.diag(confusion).astype(np.float64)
    n_predicted, n_gold = confusion.sum(axis=0), confusion.sum(axis=1)
    p = np.divide(tp, n_predicted, out=np.zeros(k), where=n_predicted > 0)
    r = np.divide(tp, n_gold, out=np.zeros(k), where=n_gold > 0)
    f = np.divide(2 * p * r, p + r, out=np.zeros(k), where=p + r > 0)
    return np.vstack([p, r, f])


def macro_f1(result: Scored, offsets: npt.NDArray[np.float64]) -> float:
    return float(f1_table(result.gold, predict(result, offsets))[2].mean())


def calibrate(result: Scored, step: float, rounds: int = 3) -> npt.NDArray[np.float64]:
    """Per-role offsets to the scores that maximise macro-F1 on ``result``, one role at a time.

    The model's priors come from the sentences it learnt from, and macro-F1 may reward calling a
    role more or less often than they say. Offsets are searched in ``step``s within +-1; no step, none.
    """
    offsets = np.zeros(len(ROLES))
    if not step:
        return offsets
    grid = np.arange(-1.0, 1.0 + step / 2, step)
    best = macro_f1(result, offsets)
    for _ in range(rounds):
        improved = False
        for k in range(len(ROLES)):
            for value in grid:
                trial = offsets.copy()
                trial[k] = value
                score = macro_f1(result, trial)
                if score > best + 1e-9:
                    best, offsets, improved = score, trial, True
        if not improved:
            break
    centred: npt.NDArray[np.float64] = offsets - offsets.mean()  # only differences between roles matter
    return centred


def held_out_scores(train: Features, held: Features, args: argparse.Namespace) -> Scored:
    """The shipped model fitted on ``train``, scoring ``held``."""
    columns = vocabulary(train, args.min_count)
    x, y = matrix(train, columns)
    xh, _ = matrix(held, columns)
    model = fit(x, y, args)
    return scored(held, shipped_scores(model, xh, args.scale, args.prune), model.classes)


def doc_folds(docs: Features, k: int, seed: int) -> list[list[GoldArticle]]:
    """``k`` folds of whole articles: shuffled within each domain (the validation split is one), dealt in turn."""
    rng = random.Random(seed)
    folds: list[list[GoldArticle]] = [[] for _ in range(k)]
    dealt = 0
    for domain in sorted({d.domain for d in docs}):
        members = [d for d in docs if d.domain == domain]
        rng.shuffle(members)
        for doc in members:
            folds[dealt % k].append(doc)
            dealt += 1
    return folds


@dataclass(frozen=True)
class Outcome:
    """Every gold sentence of some held-out articles with the role a model that never saw them gave it."""

    gold: npt.NDArray[np.int64]
    predicted: npt.NDArray[np.int64]
    split: npt.NDArray[np.str_]

    def table(self, split: str = "") -> npt.NDArray[np.float64]:
        """P, R, F1 by role over all articles, or over those of one split."""
        keep = self.split == split if split else np.ones(len(self.gold), dtype=bool)
        return f1_table(self.gold[keep], self.predicted[keep])


def fold_scores(docs: Features, folds: list[list[GoldArticle]], args: argparse.Namespace) -> list[Scored]:
    """Each fold scored by the shipped model fitted on the other folds' articles."""
    return [held_out_scores([d for d in docs if not any(d is h for h in held)], held, args) for held in folds]


def cross_validate(docs: Features, folds: list[list[GoldArticle]], args: argparse.Namespace) -> Outcome:
    """Every article scored by a model that never saw it, with offsets calibrated on the other folds.

    The offsets of fold i are chosen on the other folds' held-out scores only, so they too are
    chosen without seeing fold i (cross-fitted).
    """
    results = fold_scores(docs, folds, args)
    predicted = [
        predict(result, calibrate(concat(results[:i] + results[i + 1 :]), args.calibrate))
        for i, result in enumerate(results)
    ]
    pooled = concat(results)
    return Outcome(pooled.gold, np.concatenate(predicted), pooled.split)


def offsets_for(docs: Features, args: argparse.Namespace) -> npt.NDArray[np.float64]:
    """Offsets for a model fitted on ``docs``: calibrated on their 5-fold held-out scores."""
    if not args.calibrate:
        return np.zeros(len(ROLES))
    return calibrate(concat(fold_scores(docs, doc_folds(docs, 5, args.seed), args)), args.calibrate)


def report(name: str, outcome: Outcome) -> None:
    """One line per protocol: macro-F1 overall, by split when both are there, and F1 by role."""
    table = outcome.table()
    line = f"{name} macro_f1={table[2].mean():.3f}"
    splits = sorted(set(outcome.split))
    if len(splits) > 1:
        line += "".join(f" {s}={outcome.table(s)[2].mean():.3f}" for s in splits)
    line += " | " + " ".join(f"{r}={f:.3f}" for r, f in zip(ROLES, table[2], strict=True))
    print(line, flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="gold JSONL (default: ../shared/corpus/...)")
    ap.add_argument(
        "--eval", type=Path, default=DEFAULT_EVAL, help="the shared eval_roles.py, to align and score alike"
    )
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where to write the model JSON")
    ap.add_argument("--train-on", choices=("all", "train"), default="all", help="the shipped model's articles")
    ap.add_argument("--min-count", type=int, default=2, help="keep features seen in this many sentences (default 2)")
    ap.add_argument("-C", type=float, default=0.04, help="inverse L2 regularisation strength (default 0.04)")
    ap.add_argument("--balance", type=float, default=0.6, help="class reweighting exponent: 0 none, 1 balanced")
    ap.add_argument("--nb-weight", type=float, default=0.05, help="weight of naive Bayes in the blend (0: none)")
    ap.add_argument("--nb-alpha", type=float, default=0.3, help="naive Bayes smoothing (default 0.3)")
    ap.add_argument("--calibrate", type=float, default=0.0, help="search per-role score offsets in this step (0: none)")
    ap.add_argument("--scale", type=float, default=0.01, help="weights are stored as integers of this step")
    ap.add_argument("--prune", type=float, default=0.1, help="drop features whose weights are all below this")
    ap.add_argument("--cv", type=int, default=0, help="report N-fold cross-validation by article, all articles")
    ap.add_argument("--seed", type=int, default=0, help="seed of the folds (default 0)")
    ap.add_argument(
        "--cv-domains", action="store_true", help="report each domain held out in turn (the validation split is one)"
    )
    ap.add_argument("--held-out", action="store_true", help="report the model fitted on train, scored on validation")
    ap.add_argument("--no-write", action="store_true", help="do not write the model")
    args = ap.parse_args()

    docs = load(args.gold, eval_module(args.eval))
    train = [d for d in docs if d.split == "train"]
    print(
        f"{len(docs)} articles, {len(train)} of them train; {sum(len(d.gold) for d in docs)} sentences", file=sys.stderr
    )
    if args.cv:
        folds = doc_folds(docs, args.cv, args.seed)
        report(f"cv{args.cv}(all {len(docs)})", cross_validate(docs, folds, args))
    if args.cv_domains:
        domains = sorted({d.domain for d in docs})
        report(
            f"domains({len(domains)})",
            cross_validate(docs, [[d for d in docs if d.domain == g] for g in domains], args),
        )
    if args.held_out:
        held = [d for d in docs if d.split != "train"]
        result = held_out_scores(train, held, args)
        report("train->validation", Outcome(result.gold, predict(result, offsets_for(train, args)), result.split))
    if args.no_write:
        return
    fitted = docs if args.train_on == "all" else train
    columns = vocabulary(fitted, args.min_count)
    x, y = matrix(fitted, columns)
    model = fit(x, y, args)
    offsets = offsets_for(fitted, args)
    # The offsets are in ROLES order, the model's columns in its classes' order.
    shifted = model.intercept + np.array([offsets[ROLES.index(str(c))] for c in model.classes])
    model = Linear(model.classes, model.coef, shifted)
    which = "train and validation splits" if args.train_on == "all" else "train split"
    trained_on = (
        f"NewsDiscourse (Choubey et al. 2020) {which}: {len(fitted)} Reuters/Xinhua articles, "
        f"{x.shape[0]} sentences; logistic regression C={args.C}, class balance {args.balance}, "
        f"plus {args.nb_weight} x naive Bayes (alpha {args.nb_alpha}); features seen in at least "
        f"{args.min_count} sentences; role offsets {' '.join(f'{o:+.2f}' for o in offsets)} "
        f"({', '.join(ROLES)}) calibrated by 5-fold cross-validation"
    )
    data = export(model, columns, trained_on, args.scale, args.prune)
    args.out.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes, {len(data['weights'])} features)", file=sys.stderr)


if __name__ == "__main__":
    main()
