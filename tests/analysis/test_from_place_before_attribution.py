"""A place after "from" closing the reported words ("... ships from Darwin, the defence
ministry said") is where from, not a speaker listed with the attribution's body; a list after
"from" still gives every member ("Ministers from France, the UK and Italy said")."""

from __future__ import annotations

from story_readings import speakers_of


def test_a_place_after_from_is_not_listed_with_the_speaker() -> None:
    # the tents come from Oslo; Britain sends them, and its ministry says so
    speakers = speakers_of("Britain is flying in tents from Oslo, the Foreign Ministry said.")
    assert "Norway" not in speakers
    assert "United Kingdom" in speakers


def test_a_list_after_from_still_gives_every_member() -> None:
    assert speakers_of("Ministers from France, the UK and Italy said they were worried.") == (
        "France",
        "United Kingdom",
        "Italy",
    )
