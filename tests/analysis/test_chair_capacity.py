"""A chair given as the capacity its holder speaks or acts in ("speaking as chairman of the
OAU", "as the bloc's chair") speaks for the body, not for the holder's state (the gold
convention "A chair speaks for the body when the sentence gives the chair as the capacity of
the act"); a state that merely holds the chair, or a capacity after a clause of its own, does
not."""

from __future__ import annotations

from story_readings import actors_of, speakers_affiliated, speakers_answering


def test_a_fronted_capacity_gives_the_body_as_speaker() -> None:
    assert speakers_affiliated(
        "Speaking as chairman of the African Union, President Amadou Toure said the continent "
        "would not accept the coup."
    ) == ("African Union",)
    assert speakers_affiliated(
        "As chair of the Caribbean Community, Prime Minister Lena Marks condemned the killings."
    ) == ("Caribbean Community",)


def test_a_capacity_after_the_subject_gives_the_body() -> None:
    assert speakers_affiliated(
        "Norway, speaking as holder of the Nordic Council's rotating presidency, urged both "
        "sides to talk."
    ) == ("Nordic Council",)
    # the bloc named only by its kind: the one the text named before
    assert speakers_answering(
        "Ghana's president, speaking as the bloc's current chair, said the region was ready "
        "to help."
    ) == ("<org>",)


def test_an_act_in_a_chairs_capacity_is_the_bodys() -> None:
    assert actors_of(
        "Senegal's President Macky Sall, speaking as current chairman of ECOWAS, sent envoys "
        "to both capitals."
    ) == ("ECOWAS",)
    assert actors_of(
        "Egypt's president, Hosni Mubarak, as the OAU's chairman, hosted the talks in Cairo."
    ) == ("Organisation of African Unity",)


def test_a_state_acting_in_its_own_name_keeps_it() -> None:
    assert speakers_affiliated("As expected, France condemned the attack.") == ("France",)
    # a capacity told after a clause of its own is no subject's
    assert speakers_affiliated(
        "France condemned the attack, as the chair of the African Union, Ghana, had done."
    ) == ("France",)
