"""The background trainer (learn/background.py): examples from an analysed document, first-seen
labels, the fit, and what the model file and features hold. The examples are recorded through
the real pipeline's hook with the model switched off (`rules_only`); the hook itself is tested
in tests/analysis/test_background_model.py."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from unittest import mock

from briefer.analysis import analyse, background_model
from briefer.analysis.linear import load_model
from briefer.analysis.model import Sentence
from briefer.sources.document import Document
from learn import background as trainer
from learn.background import (
    Dataset,
    Example,
    document_examples,
    fit,
    general_words,
    matched_labels,
    recording,
)
from tests.analysis.wire_story import wire_story

HISTORY = "The two countries fought a short war over the valley in 1994."


def _story() -> Document:
    return wire_story(
        [
            ("Border talks stall", "heading"),
            ("Aldria and Ruritania exchanged fire on Tuesday, officials said.", "text"),
            ("The European Union urged both sides to show restraint.", "text"),
            (HISTORY + " A ceasefire was signed two years later.", "text"),
        ],
        doc_id="learnbg",
    )


def test_examples_are_the_sentences_the_model_decides_labelled_by_the_gold() -> None:
    with recording() as calls:
        analysis = analyse(_story())
    (inputs,) = calls
    labels = [s.label for s in analysis.sentences]
    examples = document_examples("devX", inputs, [HISTORY], labels)
    assert len(examples) == len(analysis.sentences)
    by_text = dict(zip((s.text for s in analysis.sentences), examples, strict=True))
    history = by_text[HISTORY]
    assert history.background and history.group == "devX"
    assert "w:YEAR" in history.features and f"r:{history.rule}" in history.features
    assert not by_text["A ceasefire was signed two years later."].background
    lead = next(s.paragraph for s in analysis.sentences if s.label != "other")
    assert any(inputs.fixed)  # the headline, the reaction
    for s, fixed in zip(analysis.sentences, inputs.fixed, strict=True):
        decided = s.label in ("development", "background") and not fixed and s.paragraph != lead
        assert bool(by_text[s.text].features) is decided  # reactions, headings, lead: none


def test_first_seen_labels_replace_the_rule_features() -> None:
    with recording() as calls:
        analysis = analyse(_story())
    (inputs,) = calls
    old = ["development" if s.text == HISTORY else s.label for s in analysis.sentences]
    now = [s.label for s in analysis.sentences]
    assert old != now  # the rules of today call the 1994 war history
    (then,) = [e for e in document_examples("d", inputs, [HISTORY], old) if e.background]
    (today,) = [e for e in document_examples("d", inputs, [HISTORY], now) if e.background]
    assert "r:development" in then.features and "r:background" in today.features
    assert then.rule == "development"


def test_old_labels_are_matched_by_text_and_fall_back_to_todays() -> None:
    sentences = [
        Sentence(0, 10, 1, "PRISTINA, Dec 10 (Wire) - Barricades went up.", "development"),
        Sentence(11, 20, 1, "The dispute dates back to 2008.", "background"),
        Sentence(21, 30, 2, "A sentence the old splitter never made.", "development"),
    ]
    old = [
        ("Barricades went up.", "reaction"),  # the dateline is left out before matching
        ("The  dispute dates back to 2008.", "development"),  # spaces are normalised
    ]
    assert matched_labels(sentences, old) == ["reaction", "development", "development"]
    assert matched_labels(sentences, None) == ["development", "background", "development"]


def test_fit_learns_from_decided_sentences_only_and_words_most_sets_use() -> None:
    groups = ("a", "b", "c", "d")
    train = [
        Example(g, ("w:YEAR", "w:war", "r:development"), "development", True) for g in groups
    ] + [Example(g, ("w:said", "w:gunmen", "r:background"), "background", False) for g in groups]
    # "war" and "gunmen" only in sets a and b: not more than half of the four
    train = [
        replace(e, features=e.features[:1] + e.features[2:]) if e.group in "cd" else e
        for e in train
    ]
    train += [Example("b", (), "reaction", True)]  # a reaction: not the model's, not learnt
    model = fit(train * 3, meta={"sets": list(groups)})
    assert model.meta["rows"] == 24 and model.meta["sets"] == list(groups)
    assert set(model.weights) >= {"w:YEAR", "w:said", "r:development"}
    assert not {"w:war", "w:gunmen"} & set(model.weights)
    assert general_words(train, 2) >= {"w:war", "w:gunmen"}
    alone = fit(train * 3, with_rule=False)
    assert not any(name.startswith("r:") for name in alone.weights)


def test_the_command_line_bar_for_words_reaches_the_saved_model(tmp_path: Path) -> None:
    groups = ("a", "b", "c", "d")
    train = [Example(g, ("w:YEAR", "w:said"), "development", g in "ab") for g in groups] * 3
    train += [Example(g, ("w:YEAR", "w:gunmen"), "development", True) for g in "ab"] * 3
    data = Dataset(train, train, 0)
    out = {n: tmp_path / f"{n}.json" for n in ("half", "two")}
    with mock.patch.object(trainer, "dataset", return_value=data):
        trainer.main(["--sets", *groups, "--quick", "--out", str(out["half"])])
        trainer.main(["--sets", *groups, "--quick", "--min-sets", "2", "--out", str(out["two"])])
    # "gunmen" is in two of the four sets: not more than half, but enough for a bar of two
    assert "w:gunmen" not in load_model(out["half"]).weights
    assert "w:gunmen" in load_model(out["two"]).weights
    assert load_model(out["two"]).meta["sets"] == list(groups)


def test_model_file_names_its_training_sets_and_thresholds() -> None:
    model = load_model(background_model.MODEL_PATH)
    assert "background" in model.classes
    sets = model.meta["sets"]
    assert {"dev", "dev2", "dev9", "dev13", "dev15"} <= set(sets)
    assert not any(name.startswith("heldout") for name in sets)
    assert 0.0 <= model.meta["drop"] < model.meta["raise"] <= 1.0
    assert model.meta["trained"]
    # words are lower case or a shape: no name from the documents carries a weight
    shapes = {"CAP", "NUM", "YEAR", "YEARS", "MONTH", "WEEKDAY"}
    words = [w for f in model.weights if f[:2] in ("w:", "b:") for w in f[2:].split("_")]
    assert words and all(w in shapes or w == w.lower() for w in words)
