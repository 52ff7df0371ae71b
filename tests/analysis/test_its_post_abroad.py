"""A party's post abroad named by a pronoun and its seat ("Its embassy in Nairobi said"): the
seat is where the post is, not who speaks; the pronoun's party, read from the sentences before,
speaks."""

from __future__ import annotations

from tests.analysis.story_readings import speakers_answering as _speakers


def test_the_seat_of_its_embassy_does_not_speak() -> None:
    assert _speakers("Its embassy in Nairobi said it was glad calm had returned.") == ("<it>",)
    assert _speakers("Its embassy in Dar es Salaam said only that staff were safe.") == ("<it>",)
    assert _speakers("Its mission in Geneva said the talks would go on.") == ("<it>",)


def test_an_embassy_named_with_its_state_still_speaks_for_it() -> None:
    assert _speakers("The Kenyan embassy in Oslo said it was glad calm had returned.") == ("Kenya",)
