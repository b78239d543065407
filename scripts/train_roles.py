#!/usr/bin/env python3
"""Train the sentence-role model on the TRAIN split of the shared gold corpus.

Each gold article is laid out as a plain-text seed and read by the generator's own reader, so the
model learns from exactly the sentences, paragraphs and headings it will see at run time; each
read sentence takes the gold role of the gold sentence that covers most of its words. The fitted
multinomial logistic regression is written as JSON (``generator/data/roles-model.json``) and
scored in pure Python by ``generator.role_model``. scikit-learn is needed here only:
``pip install -e '.[train]'``.

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
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score

from generator.errors import SeedError
from generator.models import ROLES, Article
from generator.readers import Metadata
from generator.readers.text import parse_text
from generator.role_features import sentence_features
from generator.role_model import FORMAT, feature_index

ROOT = Path(__file__).resolve().parent.parent

DEFAULT_GOLD = ROOT.parent / "shared" / "corpus" / "newsdiscourse-dev.jsonl"
DEFAULT_OUT = ROOT / "generator" / "data" / "roles-model.json"
_TOKEN = re.compile(r"\w+")


Doc = dict[str, Any]
"""One article of the gold JSONL, as its README describes it."""
Features = list[tuple[list[list[str]], list[str]]]
"""Per article: the feature strings of each sentence, and its gold role."""


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
            out.append((sentence_features(article), gold_roles(article, doc)))
    return out


def matrix(docs: Features, bits: int) -> tuple[csr_matrix, npt.NDArray[np.str_]]:
    """Sentences as rows of 0/1 hashed features, and their roles."""
    rows: list[int] = []
    cols: list[int] = []
    labels: list[str] = []
    n = 0
    for features, roles in docs:
        for feats, role in zip(features, roles, strict=True):
            for f in feats:
                rows.append(n)
                cols.append(feature_index(f, bits))
            labels.append(role)
            n += 1
    data = np.ones(len(rows), dtype=np.float64)
    return csr_matrix((data, (rows, cols)), shape=(n, 1 << bits)), np.array(labels)


def fit(x: csr_matrix, y: npt.NDArray[np.str_], c: float, balance: float) -> LogisticRegression:
    """Logistic regression; rare roles weigh (n / count) ** balance, since macro-F1 counts each role alike."""
    labels, counts = np.unique(y, return_counts=True)
    weights = {str(k): float((len(y) / (len(labels) * n)) ** balance) for k, n in zip(labels, counts, strict=True)}
    model = LogisticRegression(C=c, max_iter=3000, class_weight=weights)
    model.fit(x, y)
    return model


def shipped_weights(model: LogisticRegression, scale: float, prune: float) -> npt.NDArray[np.int64]:
    """The weights as shipped: in integer steps of ``scale``, buckets whose weights are all small dropped."""
    coef: npt.NDArray[np.float64] = np.rint(model.coef_ / scale)
    small = np.all(np.abs(model.coef_) < prune, axis=0)
    coef[:, small] = 0
    return coef.astype(np.int64)


def predict_shipped(model: LogisticRegression, x: csr_matrix, scale: float, prune: float) -> npt.NDArray[np.str_]:
    """What the pure-Python scorer will predict, so cross-validation measures the shipped model."""
    scores = x @ (shipped_weights(model, scale, prune).T * scale) + model.intercept_
    predicted: npt.NDArray[np.str_] = model.classes_[np.argmax(scores, axis=1)]
    return predicted


def export(model: LogisticRegression, bits: int, trained_on: str, scale: float, prune: float) -> dict[str, Any]:
    """The model file's JSON: weights as integers of ``scale`` by bucket, only buckets that count."""
    coef = shipped_weights(model, scale, prune)
    weights = {str(int(j)): [int(x) for x in coef[:, j]] for j in np.nonzero(np.any(coef != 0, axis=0))[0]}
    return {
        "format": FORMAT,
        "classes": [str(c) for c in model.classes_],
        "bits": bits,
        "scale": scale,
        "bias": [round(float(b), 4) for b in model.intercept_],
        "weights": weights,
        "trained_on": trained_on,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="gold JSONL (default: ../shared/corpus/...)")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where to write the model JSON")
    ap.add_argument("--bits", type=int, default=16, help="hash features into 2**bits buckets (default 16)")
    ap.add_argument("-C", type=float, default=0.05, help="inverse L2 regularisation strength (default 0.05)")
    ap.add_argument("--balance", type=float, default=0.75, help="class reweighting exponent: 0 none, 1 balanced")
    ap.add_argument("--scale", type=float, default=0.01, help="weights are stored as integers of this step")
    ap.add_argument("--prune", type=float, default=0.03, help="drop buckets whose weights are all below this")
    ap.add_argument("--cv", type=int, default=0, help="report N-fold cross-validation by article on train")
    ap.add_argument("--no-write", action="store_true", help="do not write the model")
    args = ap.parse_args()

    train = load(args.gold, "train")
    print(f"train: {len(train)} articles, {sum(len(r) for _, r in train)} sentences", file=sys.stderr)
    if args.cv:
        gold_all: list[str] = []
        pred_all: list[str] = []
        for fold in range(args.cv):
            fit_docs = [d for i, d in enumerate(train) if i % args.cv != fold]
            held = [d for i, d in enumerate(train) if i % args.cv == fold]
            x, y = matrix(fit_docs, args.bits)
            xh, yh = matrix(held, args.bits)
            pred_all.extend(predict_shipped(fit(x, y, args.C, args.balance), xh, args.scale, args.prune))
            gold_all.extend(yh)
        macro = f1_score(gold_all, pred_all, labels=list(ROLES), average="macro")
        per = f1_score(gold_all, pred_all, labels=list(ROLES), average=None)
        table = " ".join(f"{r}={f:.3f}" for r, f in zip(ROLES, per, strict=True))
        print(f"cv{args.cv} macro_f1={macro:.3f} {table}")
    if args.no_write:
        return
    x, y = matrix(train, args.bits)
    model = fit(x, y, args.C, args.balance)
    trained_on = (
        f"NewsDiscourse (Choubey et al. 2020) train split: {len(train)} Reuters/Xinhua articles, "
        f"{x.shape[0]} sentences; logistic regression C={args.C}, class balance {args.balance}, "
        f"2**{args.bits} hashed features"
    )
    data = export(model, args.bits, trained_on, args.scale, args.prune)
    args.out.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes, {len(data['weights'])} buckets)", file=sys.stderr)


if __name__ == "__main__":
    main()
