"""Speakers of a sentence whose words do not name them at once: a position "made clear", a
person named again as "he" whose title names an organ but no state."""

from __future__ import annotations

from pathlib import Path

from briefer.analysis.verbs import EMPHASISE
from tests.analysis.story_readings import speakers_of, story_sentences


def test_making_a_position_clear_or_plain_is_saying_it() -> None:
    assert {"made clear", "made it clear", "makes plain"} <= EMPHASISE
    assert speakers_of("Canada has made clear it will not send troops.") == ("Canada",)
    assert speakers_of("Japan made it plain on Friday that its aid would be reviewed.") == (
        "Japan",
    )
    assert speakers_of("The vote made clear that the border was not safe.") == ()


def test_he_after_a_spokesman_of_an_organ_named_with_no_state_speaks_for_that_sentences_party(
    tmp_path: Path,
) -> None:
    found = story_sentences(
        tmp_path,
        "A Foreign Office spokesman in Belgrade, Milan Jovic, said Serbia had urged both sides "
        "to stop. He rejected Ruritanian claims that Serbian officers had joined the rebels as "
        '"baseless".\n',
    )
    text = (
        'He rejected Ruritanian claims that Serbian officers had joined the rebels as "baseless".'
    )
    assert found[text].speakers == ("Serbia",)
    assert found[text].label == "reaction"
