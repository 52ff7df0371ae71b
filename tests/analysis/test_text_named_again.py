"""A text named again as the subject of what it says ("The text also stressed", "the commentary
said", "The message urged"): its authors speak, as the context gives them; a resolution is the
body's that adopted it, not the states that voted on it just before."""

from __future__ import annotations

from pathlib import Path

from tests.analysis.story_readings import story_sentences


def test_a_text_named_again_speaks_for_whoever_issued_it(tmp_path: Path) -> None:
    found = story_sentences(
        tmp_path,
        "NATO allies issued a statement on the clash on Wednesday. "
        "The text also stressed the alliance's commitment to its eastern members.\n",
    )
    stressed = "The text also stressed the alliance's commitment to its eastern members."
    assert found[stressed].label == "reaction"
    assert found[stressed].speakers == ("NATO",)


def test_a_commentary_or_message_named_again_speaks_for_who_issued_it(tmp_path: Path) -> None:
    found = story_sentences(
        tmp_path,
        "Hungary sent a message to both capitals on Tuesday. "
        '"Both sides must stop at once," the message said.\n',
    )
    said = '"Both sides must stop at once," the message said.'
    assert found[said].label == "reaction"
    assert found[said].speakers == ("Hungary",)


def test_a_resolution_named_again_speaks_for_the_body_that_adopted_it(tmp_path: Path) -> None:
    found = story_sentences(
        tmp_path,
        "On Tuesday the Arab League adopted a resolution deploring the shelling. "
        "Qatar and Oman abstained. "
        "The resolution also criticised Aldria for closing the border crossings.\n",
    )
    criticised = "The resolution also criticised Aldria for closing the border crossings."
    assert found[criticised].label == "reaction"
    assert found[criticised].speakers == ("Arab League",)
