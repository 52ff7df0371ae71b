"""A body's text told with how it went out, between the body and the verb ("a PLO statement
broadcast on its radio said"): the body speaks, as it does when the text is bare ("A PLO
statement said")."""

from __future__ import annotations

from story_readings import speakers_of


def test_the_body_of_a_text_sent_out_speaks() -> None:
    assert speakers_of("A Hamas statement posted on its website said the truce was over.") == (
        "Hamas",
    )
    assert speakers_of(
        '"The land will not be given up," a PLO statement broadcast on its radio said.'
    ) == ("Palestine Liberation Organization",)


def test_a_text_sent_out_with_no_body_before_it_names_no_one() -> None:
    assert speakers_of("A statement posted on the website said the truce was over.") == ()
