"""`finding`: the party a lone subject speaks for when its name alone does not say it."""

from __future__ import annotations

from story_readings import speakers_affiliated


def test_a_ministry_placed_in_a_capital_speaks_for_its_state() -> None:
    assert speakers_affiliated(
        "A spokesman for the Unification Ministry in Seoul said the killing was brutal."
    ) == ("South Korea",)
    assert speakers_affiliated("The Foreign Office in London said fans should stay away.") == (
        "United Kingdom",
    )


def test_a_possessive_titles_person_speaks_with_the_party_the_title_gives() -> None:
    # the title's owner is the EU; the office, a commissioner's, is the Commission's
    assert speakers_affiliated(
        "The EU's enlargement commissioner, Anna Lindqvist, told a conference that force had "
        "no place in a democracy."
    ) == ("European Commission",)
    # the owner and the person's party agree: one speaker, as before
    assert speakers_affiliated(
        "The EU's foreign policy chief, Tomas Berg, said the bloc was deeply concerned."
    ) == ("European Union",)
