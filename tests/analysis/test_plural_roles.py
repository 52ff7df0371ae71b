"""Subjects told by the plural of an office ("The presidents of A and B met ... and pledged"):
the states named after "of" act and speak, as they do after "The leaders of"."""

from __future__ import annotations

from story_readings import actors_of, speakers_of


def test_the_states_named_after_a_plural_office_act() -> None:
    assert actors_of("The presidents of Chile and Peru met in Lima on Friday.") == ("Chile", "Peru")
    assert actors_of(
        "The ambassadors of Norway and Denmark visited the flooded villages on Sunday."
    ) == ("Norway", "Denmark")
    # the act joined to the meeting by "and"
    assert actors_of(
        "The presidents of Chile, Peru and Bolivia met in Quito and promised to send engineers."
    ) == ("Chile", "Peru", "Bolivia")


def test_the_states_named_after_a_plural_office_speak_in_a_joined_clause() -> None:
    assert speakers_of(
        "The presidents of Chile and Peru met in Quito and said they would send engineers."
    ) == ("Chile", "Peru")
    assert speakers_of(
        "The foreign envoys of Norway and Denmark met on Friday and urged both sides to talk."
    ) == ("Norway", "Denmark")


def test_a_plural_noun_that_is_no_office_names_no_speaker() -> None:
    # the people of a state are not its government
    assert speakers_of("The farmers of Chile and Peru met in Quito and said prices were low.") == ()
