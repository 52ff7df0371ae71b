"""An aside opened by a relative clause on some of the party's own (", several of whose citizens
were aboard,", ", both of which had sent observers,") stands between the subject and its verb:
the party before it acts or speaks, not the people or places the aside names."""

from __future__ import annotations

from story_readings import actors_of, speakers_of


def test_the_party_before_a_quantified_relative_acts() -> None:
    assert actors_of(
        "Norway, several of whose nationals were on the ferry, has sent a team of divers."
    ) == ("Norway",)
    assert actors_of(
        "Chile and Peru, both of which border the stricken province, closed their airspace."
    ) == ("Chile", "Peru")


def test_the_party_before_an_appositive_and_a_quantified_relative_speaks() -> None:
    assert speakers_of(
        "Canada and Norway, the two main donors, both of which had observers in Lima, "
        "issued statements welcoming the accord."
    ) == ("Canada", "Norway")
