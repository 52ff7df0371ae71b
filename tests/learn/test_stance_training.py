"""The stance trainer (learn/stance.py): examples recorded through the briefing's hook with
the model off, the old briefing's stance found by text and actors, the fit, the folds and the
threshold chosen by leave-sets-out. The hook itself is tested in
tests/analysis/test_stance_model.py."""

from __future__ import annotations

import pytest

import learn.stance
from briefer.analysis import analyse, stance_model
from briefer.briefing.build import build_briefing
from learn.stance import (
    THRESHOLDS,
    Call,
    Example,
    _old_stance,
    choose_threshold,
    fit,
    folds,
    gains,
    recording,
)
from tests.analysis.wire_story import wire_story


def test_recording_hands_over_each_reaction_with_the_rules_stance() -> None:
    doc = wire_story(
        [
            ("Border clashes", "heading"),
            ("Aldria and Ruritania exchanged fire on Tuesday, officials said.", "text"),
            ("Canada condemned the shelling of the border town.", "text"),
        ],
        doc_id="learnstance",
    )
    with recording() as calls:
        briefing = build_briefing([(doc, analyse(doc))])
    section = briefing.section("reactions")
    items = [i for i in (section.items if section else ()) if i.stance is not None]
    assert items and [c.text for c in calls] == [i.text for i in items]
    assert [c.stance for c in calls] == [i.stance for i in items]
    assert stance_model._ENABLED.get()  # switched back on


def test_the_old_stance_is_that_of_the_same_sentence_and_actors() -> None:
    old = [
        ["Canada condemned it.", "Canada", "criticism"],
        ["Canada condemned it.", "Mexico", "concern"],
    ]
    assert _old_stance("Canada condemned it.", "Mexico", old) == "concern"
    assert _old_stance("Canada condemned it.", "Peru", old) == "criticism"
    assert _old_stance("Nobody spoke.", "Peru", old) is None
    assert _old_stance("Canada condemned it.", "Canada", None) is None


def _example(group: str, text: str, rule: str, gold: str) -> Example:
    call = Call(text, rule, ("GPE",), text, True, "X")
    feats = tuple(stance_model.features(text, rule, ("GPE",), text, True))
    return Example(group, rule, rule, feats, gold, call)


def _examples() -> list[Example]:
    out = []
    for k in range(10):
        group = f"dev{k}"
        # the rules find no stance in regret; the gold calls it concern
        out += [_example(group, "X regretted the attack.", "other", "concern")] * 4
        out += [_example(group, "X spoke of the attack.", "other", "other")] * 4
        out += [_example(group, "X condemned the attack.", "criticism", "criticism")] * 4
        out += [_example(group, "X urged calm.", "appeal-restraint", "appeal-restraint")] * 2
    return out


def test_the_fit_learns_where_the_rules_go_wrong_and_the_threshold_gains() -> None:
    examples = _examples()
    model = fit(examples)
    assert set(model.classes) == {"concern", "criticism", "appeal-restraint", "other"}
    assert max(gains(model, examples).values()) > 0
    threshold, table = choose_threshold(examples)
    assert threshold in THRESHOLDS and threshold < 1.01
    assert min(table[threshold]) > 0


def test_folds_deal_whole_sets() -> None:
    dealt = folds(["a", "a", "b", "c", "d", "e", "f"], 3)
    assert dealt == [["a", "d"], ["b", "e"], ["c", "f"]]


def test_shuffled_dealings_keep_whole_sets_and_differ_by_seed() -> None:
    groups = [f"s{k}" for k in range(12) for _ in range(2)]
    dealings = [folds(groups, 4, seed=seed) for seed in range(3)]
    for dealt in dealings:
        assert sorted(g for fold in dealt for g in fold) == sorted(set(groups))
        assert all(len(fold) == 3 for fold in dealt)
    assert folds(groups, 4, seed=1) == dealings[1]  # the same seed deals the same folds
    assert len({str(d) for d in dealings}) > 1


def test_the_threshold_is_chosen_over_every_dealing(monkeypatch: pytest.MonkeyPatch) -> None:
    # the first dealing's folds alone favour .75 (a lucky fold); the second's favour .5
    lucky = dict.fromkeys(THRESHOLDS, 0) | {0.5: 1, 0.75: 3}
    steady = dict.fromkeys(THRESHOLDS, 0) | {0.5: 4}
    calls: list[int] = []

    def fold_gains(model: object, test: object, today: bool = False) -> dict[float, int]:
        calls.append(1)
        return lucky if len(calls) <= 2 * 5 else steady  # two calls per fold, five folds

    monkeypatch.setattr(learn.stance, "fit", lambda inside: None)
    monkeypatch.setattr(learn.stance, "gains", fold_gains)
    examples = [_example(f"dev{k}", "X spoke.", "other", "other") for k in range(10)]
    assert choose_threshold(examples, dealings=1)[0] == 0.75
    calls.clear()
    threshold, table = choose_threshold(examples, dealings=2)
    assert threshold == 0.5
    assert table[0.5] == (5 * 1 + 5 * 4, 5 * 1 + 5 * 4)  # summed over both dealings' folds
