"""The learnt second opinion on a reaction's stance (briefer/analysis/stance_model.py): its
features, when it may overturn the rules, the hook in the briefing (the stance only changes),
the off switch and the shipped model file. The trainer is tested in
tests/learn/test_stance_training.py."""

from __future__ import annotations

from briefer.analysis import analyse, stance_model
from briefer.analysis.linear import LinearModel, load_model
from briefer.analysis.stance_model import decide, features, restance, rules_only
from briefer.briefing.build import build_briefing
from briefer.briefing.model import Briefing
from tests.analysis.wire_story import wire_story

STANCES = (
    "appeal-dialogue",
    "appeal-restraint",
    "concern",
    "criticism",
    "other",
    "support",
    "threat",
)


def _sure_of(stance: str, *, overturn: float = 0.7, weight: float = 9.0) -> LinearModel:
    """A model that finds every reaction `stance` (its intercept), at `overturn`."""
    intercepts = tuple(weight if c == stance else 0.0 for c in STANCES)
    return LinearModel(STANCES, intercepts, {}, {"overturn": overturn})


def test_features_read_words_negation_modals_quotation_speaker_and_the_rules() -> None:
    text = 'Canada said it would not "accept" the vote, and urged calm.'
    got = features(text, "criticism", ["GPE"], " said it would not accept", spoken=True)
    assert {"r:criticism", "k:said", "rk:criticism:said", "t:GPE"} <= set(got)
    assert {"w:would", "w:not", "b:would_not", "v:said", "v:it", "v:would", "v:not"} <= set(got)
    assert {"neg", "modal", "quote"} <= set(got)
    acted = features("Chile sent 20 doctors.", "support", [], "", spoken=False)
    assert "k:acted" in acted and "w:NUM" in acted
    assert not {"neg", "modal", "quote"} & set(acted)
    denied = features("Peru didn't object.", "other", [], "", spoken=True)
    assert {"w:did", "w:not", "b:did_not", "neg"} <= set(denied)


def test_the_model_overturns_the_rules_only_when_confident() -> None:
    probs = {"concern": 0.65, "criticism": 0.35}
    assert decide("criticism", probs, 0.7) == "criticism"
    assert decide("criticism", probs, 0.6) == "concern"
    assert decide("concern", probs, 0.1) == "concern"
    sure = _sure_of("concern")
    assert restance("X regretted it.", "other", [], "", True, sure) == "concern"
    unsure = _sure_of("concern", weight=0.5)
    assert restance("X regretted it.", "other", [], "", True, unsure) == "other"


def test_the_model_gives_a_stance_only_where_the_rules_cues_found_none() -> None:
    sure = _sure_of("concern")
    assert restance("X condemned it.", "criticism", [], "", True, sure) == "criticism"
    assert restance("X urged calm.", "appeal-restraint", [], "", True, sure) == "appeal-restraint"
    assert restance("X spoke.", "other", [], "", True, sure) == "concern"


def test_rules_only_switches_the_model_off_and_back_on() -> None:
    sure = _sure_of("threat")
    with rules_only():
        assert restance("X said so.", "other", [], "", True, sure) == "other"
    assert restance("X said so.", "other", [], "", True, sure) == "threat"


def _briefing() -> Briefing:
    doc = wire_story(
        [
            ("Border clashes", "heading"),
            ("Aldria and Ruritania exchanged fire on Tuesday, officials said.", "text"),
            ("The European Union urged both sides to show restraint.", "text"),
            ("Canada condemned the shelling of the border town.", "text"),
            ("Japan said it was following the events closely.", "text"),
        ],
        doc_id="stancemodel",
    )
    return build_briefing([(doc, analyse(doc))])


def _reactions(briefing: Briefing) -> list[tuple[str, str | None, str | None]]:
    section = briefing.section("reactions")
    return [(i.text, i.actor, i.stance) for i in (section.items if section else ())]


def test_the_briefing_asks_the_model_and_changes_the_stance_only(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    with rules_only():
        rules = _briefing()
    found = _reactions(rules)
    assert {s for _t, _a, s in found} >= {"other", "criticism"}, found
    sure = _sure_of("threat")
    monkeypatch.setattr(stance_model, "load_model", lambda _path: sure)
    monkeypatch.setattr(stance_model, "MODEL_PATH", stance_model.Path(__file__))
    model = _briefing()
    assert [(t, a) for t, a, _s in _reactions(model)] == [(t, a) for t, a, _s in found]
    for (_t, _a, before), (_t2, _a2, after) in zip(found, _reactions(model), strict=True):
        assert after == ("threat" if before == "other" else before)
    for section in ("background", "actors", "developments"):
        assert model.section(section) == rules.section(section)
    assert model.principals == rules.principals


def test_the_shipped_model_decides_among_the_gold_stances() -> None:
    model = load_model(stance_model.MODEL_PATH)
    assert model.classes == STANCES
    assert 0.5 <= float(model.meta["overturn"]) <= 1.0
    assert all(not s.startswith("heldout") for s in model.meta["sets"])
    assert any(name.startswith("w:") for name in model.weights)
