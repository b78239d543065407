#!/usr/bin/env python3
"""Train the sentence-role model on the TRAIN split of the shared gold corpus.

Each gold article is laid out as a plain-text seed and read by the generator's own reader, so the
model learns from exactly the sentences, paragraphs and headings it will see at run time; each
read sentence takes the gold role of the gold sentence that covers most of its words. The fitted
multinomial logistic regression (blended with naive Bayes, still one linear model) is written
as JSON (``generator/data/roles-model.json``) and scored in pure Python by ``generator.role_model``.
scikit-learn is needed here only: ``pip install -e '.[train]'``.

Examples:
  .venv/bin/python scripts/train_roles.py                 # train, write the model
  .venv/bin/python scripts/train_roles.py --cv 5 --no-write   # 5-fold cross-validation on train only
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
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
DEFAULT_OUT = ROOT / "generator" / "data" / "roles-model.json"
_TOKEN = re.compile(r"\w+")


Doc = dict[str, Any]
"""One article of the gold JSONL, as its README describes it."""
Features = list[tuple[list[list[str]], list[str], list[int], str]]
"""Per article: the feature strings of each sentence, its gold role, the lede's sentences, its domain."""


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


def load(gold: Path, split: str) -> Features:
    """(features, roles) per article of ``split``, as the reader sees it."""
    out: Features = []
    with gold.open(encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            if doc["split"] != split:
                continue
            try:
                article = parse_text(Path(doc["id"]), article_text(doc), Metadata())
            except SeedError:
                continue
            out.append(
                (sentence_features(article), gold_roles(article, doc), lede_paragraph(article), doc["domain"])
            )
    return out


def vocabulary(docs: Features, min_count: int) -> dict[str, int]:
    """Column of each feature found in at least ``min_count`` sentences (rarer ones cannot generalise)."""
    counts = Counter(f for features, _, _, _ in docs for feats in features for f in set(feats))
    return {f: j for j, f in enumerate(sorted(f for f, n in counts.items() if n >= min_count))}


def matrix(docs: Features, columns: dict[str, int]) -> tuple[csr_matrix, npt.NDArray[np.str_]]:
    """Sentences as rows of feature counts (as the scorer adds them up), and their roles."""
    rows: list[int] = []
    cols: list[int] = []
    labels: list[str] = []
    n = 0
    for features, roles, _, _ in docs:
        for feats, role in zip(features, roles, strict=True):
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


def predict_shipped(model: Linear, x: csr_matrix, scale: float, prune: float) -> npt.NDArray[np.str_]:
    """What the pure-Python scorer will predict, so cross-validation measures the shipped model."""
    scores = x @ (shipped_weights(model, scale, prune).T * scale) + np.round(model.intercept, 4)
    predicted: npt.NDArray[np.str_] = model.classes[np.argmax(scores, axis=1)]
    return predicted


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


def with_lede(docs: Features, predicted: npt.NDArray[np.str_]) -> list[str]:
    """The predictions as ``generator.roles`` ships them: the lede paragraph is always ``main``."""
    out = [str(p) for p in predicted]
    start = 0
    for _, roles, lede, _ in docs:
        for i in lede:
            out[start + i] = "main"
        start += len(roles)
    return out


def cross_validate(name: str, train: Features, folds: list[Features], args: argparse.Namespace) -> None:
    """Print the macro-F1 of the shipped model on each held-out fold in turn, fitted on the rest."""
    gold_all: list[str] = []
    pred_all: list[str] = []
    for held in folds:
        fit_docs = [d for d in train if not any(d is h for h in held)]
        columns = vocabulary(fit_docs, args.min_count)
        x, y = matrix(fit_docs, columns)
        xh, yh = matrix(held, columns)
        predicted = predict_shipped(fit(x, y, args), xh, args.scale, args.prune)
        pred_all.extend(with_lede(held, predicted))
        gold_all.extend(yh)
    macro = f1_score(gold_all, pred_all, labels=list(ROLES), average="macro")
    per = f1_score(gold_all, pred_all, labels=list(ROLES), average=None)
    table = " ".join(f"{r}={f:.3f}" for r, f in zip(ROLES, per, strict=True))
    print(f"{name} macro_f1={macro:.3f} {table}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="gold JSONL (default: ../shared/corpus/...)")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where to write the model JSON")
    ap.add_argument("--min-count", type=int, default=2, help="keep features seen in this many sentences (default 2)")
    ap.add_argument("-C", type=float, default=0.02, help="inverse L2 regularisation strength (default 0.02)")
    ap.add_argument("--balance", type=float, default=0.6, help="class reweighting exponent: 0 none, 1 balanced")
    ap.add_argument("--nb-weight", type=float, default=0.05, help="weight of naive Bayes in the blend (0: none)")
    ap.add_argument("--nb-alpha", type=float, default=0.3, help="naive Bayes smoothing (default 0.3)")
    ap.add_argument("--scale", type=float, default=0.01, help="weights are stored as integers of this step")
    ap.add_argument("--prune", type=float, default=0.1, help="drop features whose weights are all below this")
    ap.add_argument("--cv", type=int, default=0, help="report N-fold cross-validation by article on train")
    ap.add_argument(
        "--cv-domains", action="store_true", help="report leave-one-domain-out cross-validation (unseen topics)"
    )
    ap.add_argument("--no-write", action="store_true", help="do not write the model")
    args = ap.parse_args()

    train = load(args.gold, "train")
    print(f"train: {len(train)} articles, {sum(len(r) for _, r, _, _ in train)} sentences", file=sys.stderr)
    if args.cv:
        folds = [[d for i, d in enumerate(train) if i % args.cv == fold] for fold in range(args.cv)]
        cross_validate(f"cv{args.cv}", train, folds, args)
    if args.cv_domains:
        domains = sorted({d[3] for d in train})
        cross_validate(f"cv-domains({len(domains)})", train, [[d for d in train if d[3] == g] for g in domains], args)
    if args.no_write:
        return
    columns = vocabulary(train, args.min_count)
    x, y = matrix(train, columns)
    model = fit(x, y, args)
    trained_on = (
        f"NewsDiscourse (Choubey et al. 2020) train split: {len(train)} Reuters/Xinhua articles, "
        f"{x.shape[0]} sentences; logistic regression C={args.C}, class balance {args.balance}, "
        f"plus {args.nb_weight} x naive Bayes (alpha {args.nb_alpha}); features seen in at least "
        f"{args.min_count} sentences"
    )
    data = export(model, columns, trained_on, args.scale, args.prune)
    args.out.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes, {len(data['weights'])} features)", file=sys.stderr)


if __name__ == "__main__":
    main()
