"""The feature screen (learn/screen.py): how it splits the sets into halves, leaves a feature
group out of a fit, keeps each set's recorded inputs, and prints a half's figures."""

from __future__ import annotations

import pickle
from pathlib import Path
from unittest import mock

from learn import screen
from learn.background import Example


def test_halves_split_the_numbered_sets_by_parity_without_base_guard_and_excluded() -> None:
    sets = ["dev", "dev2", "dev9", "dev10", "dev11", "dev12", "dev22", "dev23", "dev24", "dev31"]
    a, b = screen.halves([*sets, "heldout", "heldout7"], exclude=["dev31"])
    assert a == ["dev10", "dev12", "dev24"]
    assert b == ["dev11"]


def test_a_group_left_out_loses_only_its_own_features() -> None:
    examples = [
        Example("dev10", ("w:war", "h:under:0", "h:question", "r:development"), "development", True)
    ]
    kept = screen.without(examples, ["h:"])
    assert kept[0].features == ("w:war", "r:development")
    assert (kept[0].group, kept[0].rule, kept[0].background) == ("dev10", "development", True)
    assert screen.without(examples, []) == examples


def test_a_sets_inputs_come_from_the_cache_recorded_at_the_same_rules(tmp_path: Path) -> None:
    stored = [("dev10", None, ("It began in 1994.",), ("development",), ("background",))]
    (tmp_path / f"{screen.rules_key()}-dev10.pickle").write_bytes(pickle.dumps(stored))
    with mock.patch.object(screen, "documents_with_rules", side_effect=AssertionError("analysed")):
        found = screen.entries("dev10", tmp_path)
    assert [(e.group, e.gold, e.now, e.first) for e in found] == [
        ("dev10", ("It began in 1994.",), ("development",), ("background",))
    ]


def test_the_key_ignores_the_models_own_code_but_not_the_rules(tmp_path: Path) -> None:
    root = tmp_path
    (root / "briefer/analysis/data").mkdir(parents=True)
    own = root / "briefer/analysis/background_model.py"
    rules = root / "briefer/analysis/labels.py"
    own.write_text("features = 1\n")
    rules.write_text("rule = 1\n")
    with mock.patch.object(screen, "ROOT", root):
        key = screen.rules_key()
        own.write_text("features = 2\n")
        assert screen.rules_key() == key
        rules.write_text("rule = 2\n")
        assert screen.rules_key() != key


def test_a_line_gives_each_sections_f1_and_counts() -> None:
    figures = {
        "background": (8, 2, 2),
        "reactions": (1, 0, 0),
        "actors": (0, 0, 0),
        "principals": (3, 1, 0),
        "stances": (5, 7),
    }
    out = screen.line("held A with h:", figures)
    assert out.startswith("held A with h:")
    assert "back 0.8000 (8/2/2)" in out and "stances 5" in out
