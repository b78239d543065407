"""The shipped role model: a linear classifier over hashed sentence features, scored in pure Python.

``scripts/train_roles.py`` writes its weights to ``generator/data/roles-model.json``; this module
only reads them, so running the generator needs neither numpy nor scikit-learn.
"""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, cast

from .errors import ExplainerError
from .models import ROLES, Article, Role
from .role_features import sentence_features

MODEL_RESOURCE = "data/roles-model.json"
FORMAT = 1


class ModelError(ExplainerError):
    """The model file is missing or not one this version can read: a broken installation."""


def feature_index(feature: str, bits: int) -> int:
    """Stable bucket of a feature string (crc32, so it does not change with ``PYTHONHASHSEED``)."""
    return zlib.crc32(feature.encode("utf-8")) & ((1 << bits) - 1)


@dataclass(frozen=True)
class RoleModel:
    """Weights of a multinomial logistic regression over hashed features."""

    classes: tuple[Role, ...]
    """The role each weight column scores, in column order."""
    bits: int
    """Features are hashed into ``2 ** bits`` buckets."""
    bias: tuple[float, ...]
    scale: float
    """A weight of ``n`` in ``weights`` stands for ``n * scale``."""
    weights: dict[int, tuple[int, ...]]
    """Bucket -> one integer weight per class; buckets that barely count are absent (weight 0).

    Integers add up exactly in any order, so the feature order (sets of cues) cannot flip a tie."""
    trained_on: str = ""
    """What the weights were fitted on, for the README and ``explainers --version`` readers."""

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RoleModel:
        if data.get("format") != FORMAT:
            raise ModelError(f"role model format {data.get('format')!r}, expected {FORMAT}")
        classes = tuple(data["classes"])
        if not set(classes) <= set(ROLES):
            raise ModelError(f"role model predicts unknown roles: {classes}")
        width = len(classes)
        weights = {int(k): tuple(int(x) for x in v) for k, v in data["weights"].items()}
        if any(len(v) != width for v in weights.values()) or len(data["bias"]) != width:
            raise ModelError("role model weights do not match its classes")
        return cls(
            classes=cast(tuple[Role, ...], classes),
            bits=int(data["bits"]),
            bias=tuple(float(x) for x in data["bias"]),
            scale=float(data["scale"]),
            weights=weights,
            trained_on=str(data.get("trained_on", "")),
        )

    def scores(self, features: list[str]) -> list[float]:
        """One score per class (a logit); the highest is the predicted role."""
        totals = [0] * len(self.classes)
        for feature in features:
            row = self.weights.get(feature_index(feature, self.bits))
            if row is not None:
                for k, w in enumerate(row):
                    totals[k] += w
        return [b + self.scale * t for b, t in zip(self.bias, totals, strict=True)]

    def predict(self, article: Article) -> list[Role]:
        out: list[Role] = []
        for features in sentence_features(article):
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
