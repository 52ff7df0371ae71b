"""Training: a fitted model, written as our JSON, predicts what scikit-learn predicts."""

from __future__ import annotations

import random

import pytest

from learn.fit import f1, fit_logistic, leave_one_group_out


def test_fitted_weights_reproduce_scikit_learn_probabilities() -> None:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rng = random.Random(7)
    rows = []
    labels = []
    for _ in range(200):
        had, said = rng.random() < 0.5, rng.random() < 0.5
        rows.append({"had": 1.0} if had else {"said": 1.0} if said else {"other": 1.0})
        labels.append("background" if had and rng.random() < 0.9 else "news")
    model = fit_logistic(rows, labels, c=1.0, min_count=1)
    vec = DictVectorizer()
    reference = LogisticRegression(C=1.0, max_iter=5000).fit(vec.fit_transform(rows), labels)
    for row in ({"had": 1.0}, {"said": 1.0}, {"other": 1.0}, {}):
        expected = reference.predict_proba(vec.transform([row]))[0]
        ours = model.probabilities(row)
        for cls, p in zip(reference.classes_, expected, strict=True):
            assert ours[str(cls)] == pytest.approx(p, abs=1e-3)
    assert model.best({"had": 1.0}) == "background"


def test_rare_features_are_dropped() -> None:
    rows = [{"common": 1.0, f"name{i}": 1.0} for i in range(10)] + [{} for _ in range(10)]
    labels = ["yes"] * 10 + ["no"] * 10
    model = fit_logistic(rows, labels, min_count=2)
    assert set(model.weights) == {"common"}


def test_leave_one_group_out_holds_each_group_out_once() -> None:
    folds = list(leave_one_group_out(["a", "b", "a", "c"]))
    assert [held for held, _, _ in folds] == ["a", "b", "c"]
    assert folds[0][1:] == ([1, 3], [0, 2])


def test_f1() -> None:
    assert f1(0, 3, 3) == 0.0
    assert f1(2, 1, 1) == pytest.approx(2 / 3)
