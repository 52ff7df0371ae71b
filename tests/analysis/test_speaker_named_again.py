"""Speakers of a sentence whose words do not name them at once: a position "made clear"."""

from __future__ import annotations

from briefer.analysis.verbs import EMPHASISE
from tests.analysis.story_readings import speakers_of


def test_making_a_position_clear_or_plain_is_saying_it() -> None:
    assert {"made clear", "made it clear", "makes plain"} <= EMPHASISE
    assert speakers_of("Canada has made clear it will not send troops.") == ("Canada",)
    assert speakers_of("Japan made it plain on Friday that its aid would be reviewed.") == (
        "Japan",
    )
    assert speakers_of("The vote made clear that the border was not safe.") == ()
