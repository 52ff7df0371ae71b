"""Fitting and judging sparse logistic models: scikit-learn in, `LinearModel` JSON out."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol

from briefer.analysis.linear import LinearModel

#: Feature prefixes of words and pairs of words (kept only if `general_words`).
WORD_PREFIXES = ("w:", "b:")


class Grouped(Protocol):
    """An example: the development set it comes from and its features."""

    @property
    def group(self) -> str: ...

    @property
    def features(self) -> tuple[str, ...]: ...


def fit_logistic(
    rows: Sequence[Mapping[str, float]],
    labels: Sequence[str],
    *,
    c: float = 1.0,
    min_count: int = 2,
    balanced: bool = False,
    meta: Mapping[str, Any] | None = None,
) -> LinearModel:
    """An L2-regularised logistic regression over feature dicts. Features seen in fewer than
    `min_count` rows are dropped (names of one document's people teach nothing general)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    seen: Counter[str] = Counter(name for row in rows for name in row)
    kept = [{k: v for k, v in row.items() if seen[k] >= min_count} for row in rows]
    vectorizer = DictVectorizer(sparse=True)
    x = vectorizer.fit_transform(kept)
    model = LogisticRegression(C=c, max_iter=5000, class_weight="balanced" if balanced else None)
    model.fit(x, list(labels))
    classes = tuple(str(k) for k in model.classes_)
    names = vectorizer.get_feature_names_out()
    coef = model.coef_
    weights = {
        str(name): tuple(round(float(coef[r][i]), 5) for r in range(coef.shape[0]))
        for i, name in enumerate(names)
        if any(abs(coef[r][i]) >= 1e-4 for r in range(coef.shape[0]))
    }
    intercepts = tuple(round(float(b), 5) for b in model.intercept_)
    info = {"c": c, "min_count": min_count, "balanced": balanced, "rows": len(rows)}
    return LinearModel(classes, intercepts, weights, {**info, **(meta or {})})


def save_model(model: LinearModel, path: Path) -> None:
    """Write a model file with stable key order, so retraining on the same gold diffs clean."""
    path.write_text(json.dumps(model.to_json(), indent=0, sort_keys=True) + "\n", "utf-8")


def leave_one_group_out(groups: Sequence[str]) -> Iterator[tuple[str, list[int], list[int]]]:
    """(held-out group, training indices, test indices) for each group in order of first use."""
    for held in dict.fromkeys(groups):
        train = [i for i, g in enumerate(groups) if g != held]
        test = [i for i, g in enumerate(groups) if g == held]
        yield held, train, test


def f1(tp: int, fp: int, fn: int) -> float:
    """F1 from counts (0 when nothing was found or expected)."""
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def general_words(train: Sequence[Grouped], min_sets: int | None = None) -> set[str]:
    """The word and word-pair features found in at least `min_sets` development sets (by
    default more than half of them): a word only some sets' writers use (their crises'
    "gunmen", "gas", "ministers") is a habit of those writers, not general English."""
    sets: dict[str, set[str]] = {}
    for e in train:
        for f in e.features:
            if f.startswith(WORD_PREFIXES):
                sets.setdefault(f, set()).add(e.group)
    if min_sets is None:
        min_sets = len({e.group for e in train}) // 2 + 1
    return {f for f, groups in sets.items() if len(groups) >= min_sets}
