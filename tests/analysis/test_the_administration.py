"""The administration named after a state that has just spoken or acted is that state's
government, as "its government" is: what it says or does is the state's reaction."""

from __future__ import annotations

from pathlib import Path

from tests.analysis.story_readings import story_sentences


def test_the_administration_acting_is_the_state_that_acted_just_before(tmp_path: Path) -> None:
    found = story_sentences(
        tmp_path,
        "The United States condemned the shelling on Tuesday. "
        "The administration also suspended its military aid to Aldria.\n",
    )
    suspended = "The administration also suspended its military aid to Aldria."
    assert found[suspended].speakers == ("United States",)


def test_the_administration_speaking_is_the_state_that_spoke_just_before(tmp_path: Path) -> None:
    found = story_sentences(
        tmp_path,
        "Canada said it was alarmed by the fighting. "
        "The administration said it would send an envoy to both capitals.\n",
    )
    said = "The administration said it would send an envoy to both capitals."
    assert found[said].label == "reaction"
    assert found[said].speakers == ("Canada",)
