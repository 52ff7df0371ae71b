"""An organ English news names without its state ("the Foreign Office") is Britain's unless the
text places it elsewhere: after a seat ("the Foreign Office in Islamabad") and, now, after a
capital or state opening its sentence ("In Islamabad, a Foreign Office spokesman said")."""

from __future__ import annotations

from story_readings import speakers_affiliated


def test_an_opening_capital_places_the_organ() -> None:
    assert speakers_affiliated(
        "In Islamabad, a Foreign Office spokesman said the border would stay open."
    ) == ("Pakistan",)
    assert speakers_affiliated(
        "In Berlin, the Foreign Office said it was following events closely."
    ) == ("Germany",)
    assert speakers_affiliated(
        "In Pakistan, the Foreign Office said the border would stay open."
    ) == ("Pakistan",)


def test_unplaced_or_placed_in_london_the_organ_stays_british() -> None:
    assert speakers_affiliated("A Foreign Office spokesman said the border would stay open.") == (
        "United Kingdom",
    )
    assert speakers_affiliated(
        "In London, the Foreign Office said the border would stay open."
    ) == ("United Kingdom",)
    # a place later in the sentence is what was spoken of, not where the organ sits
    assert speakers_affiliated(
        "The Foreign Office said in a statement that Islamabad had been told of the move."
    ) == ("United Kingdom",)
