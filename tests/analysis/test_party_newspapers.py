"""A ruling party's newspaper speaks for its state, as the state news agencies do ("A
commentary in Pravda said"), and an outlet the data lists reports the news without being a
party to it, whatever its name looks like ("Meduza reported", "Ukrainska Pravda reported")."""

from __future__ import annotations

from story_readings import speakers_of

from briefer.analysis.owners import is_commentator


def test_the_soviet_party_newspaper_speaks_for_its_state() -> None:
    assert speakers_of("A commentary in Pravda said the border clash had been provoked.") == (
        "Russia",
    )
    assert speakers_of("Pravda on Friday called the new government a junta.") == ("Russia",)


def test_a_listed_outlet_with_no_owner_is_no_party() -> None:
    assert is_commentator("Meduza")
    assert is_commentator("Ukrainska Pravda")
    assert not is_commentator("Pravda")
    assert speakers_of("Ukrainska Pravda reported that the bridge had been hit twice.") == ()
    assert speakers_of("Meduza reported that the bridge had been hit twice.") == ()
