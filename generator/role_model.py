"""The shipped role model: a linear classifier over named sentence features, scored in pure Python.

``scripts/train_roles.py`` writes its weights to ``generator/data/roles-model.json``; this module
only reads them, so running the generator needs neither numpy nor scikit-learn.

Scoring is the hot loop of the analysis, so each feature's integer weights (one per class) are
packed into one Python integer, a field of ``_FIELD`` bits per class: summing a sentence's
features is then one ``sum`` over dict look-ups, and the fields are unpacked once per sentence.
Most words and word pairs have no weight; they are dropped before the sum rather than added as 0,
since every addition of these wide integers makes a new one.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import chain, repeat
from typing import Any, cast

from .errors import ExplainerError
from .models import ROLES, Article, Role
from .role_cues import SentenceCues
from .role_features import SentenceFeatures, article_features

MODEL_RESOURCE = "data/roles-model.json"
FORMAT = 2
_FIELD = 40
"""Bits per class in a packed weight: sums of a sentence's weights stay far below 2 ** 39."""
_HALF = 1 << (_FIELD - 1)
_MASK = (1 << _FIELD) - 1
_NO_PAIRS: dict[str, int] = {}


class ModelError(ExplainerError):
    """The model file is missing or not one this version can read: a broken installation."""


@dataclass(frozen=True)
class RoleModel:
    """Weights of a multinomial logistic regression over named features."""

    classes: tuple[Role, ...]
    """The role each weight column scores, in column order."""
    bias: tuple[float, ...]
    scale: float
    """A weight of ``n`` in ``weights`` stands for ``n * scale``."""
    weights: dict[str, tuple[int, ...]]
    """Feature -> one integer weight per class; features that barely count are absent (weight 0).

    Integers add up exactly in any order, so the feature order (sets of cues) cannot flip a tie."""
    trained_on: str = ""
    """What the weights were fitted on, for the README and ``explainers --version`` readers."""
    _packed: tuple[dict[str, int], dict[str, int], dict[str, dict[str, int]]] = field(
        init=False, repr=False, compare=False
    )
    """``weights`` with each row packed into one integer (see the module docstring), in three tables:
    named features, words (``w:`` dropped) and word pairs (``b:`` dropped) by their first word, then
    their second: looking up the two words costs less than making a tuple of them and hashing it."""

    def __post_init__(self) -> None:
        named: dict[str, int] = {}
        words: dict[str, int] = {}
        pairs: dict[str, dict[str, int]] = {}
        for name, row in self.weights.items():
            packed = sum(w << (_FIELD * k) for k, w in enumerate(row))
            if name.startswith("w:"):
                words[name[2:]] = packed
            elif name.startswith("b:"):
                first, _, second = name[2:].partition("_")  # words hold no "_" (``role_cues.WORD``)
                pairs.setdefault(first, {})[second] = packed
            else:
                named[name] = packed
        object.__setattr__(self, "_packed", (named, words, pairs))

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RoleModel:
        if data.get("format") != FORMAT:
            raise ModelError(f"role model format {data.get('format')!r}, expected {FORMAT}")
        classes = tuple(data["classes"])
        if not set(classes) <= set(ROLES):
            raise ModelError(f"role model predicts unknown roles: {classes}")
        width = len(classes)
        weights = {str(k): tuple(int(x) for x in v) for k, v in data["weights"].items()}
        if any(len(v) != width for v in weights.values()) or len(data["bias"]) != width:
            raise ModelError("role model weights do not match its classes")
        return cls(
            classes=cast(tuple[Role, ...], classes),
            bias=tuple(float(x) for x in data["bias"]),
            scale=float(data["scale"]),
            weights=weights,
            trained_on=str(data.get("trained_on", "")),
        )

    def scores(self, features: SentenceFeatures) -> list[float]:
        """One score per class (a logit); the highest is the predicted role."""
        named, words, pairs = self._packed
        sentence = features.words
        # The pairs' weights: each word's table of second words (an empty one for most), then the next word in it.
        seconds = map(pairs.get, sentence[:-1], repeat(_NO_PAIRS))
        weights = chain(map(named.get, features.named), map(words.get, sentence), map(dict.get, seconds, sentence[1:]))
        total = sum(filter(None, weights))
        out = []
        for bias in self.bias:
            weight = ((total + _HALF) & _MASK) - _HALF
            total = (total - weight) >> _FIELD
            out.append(bias + self.scale * weight)
        return out

    def predict(self, article: Article, cues: Sequence[SentenceCues] | None = None) -> list[Role]:
        """The role of each sentence; ``cues`` are its ``article_cues`` if worked out already."""
        out: list[Role] = []
        for features in article_features(article, cues):
            scores = self.scores(features)
            out.append(self.classes[max(range(len(scores)), key=scores.__getitem__)])
        return out


@cache
def load() -> RoleModel:
    """The model shipped in the package, read once per process."""
    try:
        text = resources.files("generator").joinpath(MODEL_RESOURCE).read_text(encoding="utf-8")
        return RoleModel.from_json(json.loads(text))
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise ModelError(
            f"cannot read the role model generator/{MODEL_RESOURCE} ({error}); reinstall explainers,"
            " or set EXPLAINERS_ROLES=rules to use the hand-written rules"
        ) from error
