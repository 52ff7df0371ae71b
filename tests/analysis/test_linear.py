"""The reader of learnt models: margins, probabilities and the file format."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from briefer.analysis.linear import LinearModel, load_model


def binary() -> LinearModel:
    return LinearModel(("no", "yes"), (-1.0,), {"had": (2.0,), "said": (-0.5,)})


def test_binary_margin_sums_intercept_and_weighted_features() -> None:
    model = binary()
    assert model.margins({"had": 1.0, "said": 2.0}) == (0.0,)
    assert model.margins({"unknown": 5.0}) == (-1.0,)
    assert model.probability({"had": 1.0, "said": 2.0}) == pytest.approx(0.5)
    assert model.probability({"had": 1.0}) == pytest.approx(1 / (1 + math.exp(-1.0)))
    assert model.best({"had": 1.0}) == "yes"
    assert model.best({}) == "no"


def test_multiclass_uses_softmax_over_rows() -> None:
    model = LinearModel(("a", "b", "c"), (0.0, 0.0, 0.0), {"x": (3.0, 0.0, 1.0)})
    probs = model.probabilities({"x": 1.0})
    assert sum(probs.values()) == pytest.approx(1.0)
    assert probs["a"] > probs["c"] > probs["b"]
    assert model.best({"x": 1.0}) == "a"
    assert model.probabilities({})["b"] == pytest.approx(1 / 3)


def test_round_trip_through_a_file(tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    path.write_text(json.dumps(binary().to_json()), encoding="utf-8")
    loaded = load_model(path)
    assert loaded == LinearModel(("no", "yes"), (-1.0,), {"had": (2.0,), "said": (-0.5,)})


def test_a_row_of_the_wrong_length_is_refused() -> None:
    data = binary().to_json()
    data["weights"]["had"] = [1.0, 2.0]
    with pytest.raises(ValueError, match="one weight per row"):
        LinearModel.from_json(data)
    data = binary().to_json()
    data["intercepts"] = [0.0, 0.0]
    with pytest.raises(ValueError, match="2 weight rows for 2 classes"):
        LinearModel.from_json(data)
