"""Sparse linear models learnt from the gold annotations, applied in pure Python.

Weights are fitted offline (`learn/fit.py`, with scikit-learn) and stored as JSON, so applying
a model needs no numpy: a score is the sum of the weights of the features an item shows. This
is the only reader of model files at run time (`background_model` applies one).
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class LinearModel:
    """A logistic model over named features: one weight row per class, or one row for two."""

    classes: tuple[str, ...]
    intercepts: tuple[float, ...]
    weights: Mapping[str, tuple[float, ...]]
    meta: Mapping[str, Any] = field(default_factory=dict)

    def margins(self, features: Mapping[str, float]) -> tuple[float, ...]:
        """Intercept plus weighted features, per weight row; unknown features weigh nothing."""
        sums = list(self.intercepts)
        weights = self.weights
        for name, value in features.items():
            row = weights.get(name)
            if row is not None:
                for i, w in enumerate(row):
                    sums[i] += w * value
        return tuple(sums)

    def probabilities(self, features: Mapping[str, float]) -> dict[str, float]:
        """The probability of each class (logistic for two classes, softmax for more)."""
        margins = self.margins(features)
        if len(margins) == 1:
            p = _sigmoid(margins[0])
            return {self.classes[0]: 1.0 - p, self.classes[1]: p}
        top = max(margins)
        exps = [math.exp(m - top) for m in margins]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps, strict=True)}

    def probability(self, features: Mapping[str, float]) -> float:
        """For a two-class model, the probability of the second (positive) class."""
        return self.probabilities(features)[self.classes[-1]]

    def best(self, features: Mapping[str, float]) -> str:
        """The most probable class."""
        probs = self.probabilities(features)
        return max(self.classes, key=lambda c: probs[c])

    def to_json(self) -> dict[str, Any]:
        return {
            "classes": list(self.classes),
            "intercepts": list(self.intercepts),
            "weights": {name: list(row) for name, row in sorted(self.weights.items())},
            "meta": dict(self.meta),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> LinearModel:
        classes = tuple(str(c) for c in data["classes"])
        intercepts = tuple(float(b) for b in data["intercepts"])
        if len(intercepts) != (1 if len(classes) == 2 else len(classes)):
            raise ValueError(f"{len(intercepts)} weight rows for {len(classes)} classes")
        weights = {str(name): tuple(float(w) for w in row) for name, row in data["weights"].items()}
        if any(len(row) != len(intercepts) for row in weights.values()):
            raise ValueError("every feature needs one weight per row")
        return cls(classes, intercepts, weights, dict(data.get("meta", {})))


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


@cache
def load_model(path: Path) -> LinearModel:
    """Read a model file once per process."""
    with path.open(encoding="utf-8") as f:
        return LinearModel.from_json(json.load(f))
