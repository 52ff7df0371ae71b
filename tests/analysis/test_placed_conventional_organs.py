"""An organ English news names without its state ("the Foreign Office") is Britain's unless the
text places it elsewhere: after a seat ("the Foreign Office in Islamabad") and, now, after a
capital or state opening its sentence ("In Islamabad, a Foreign Office spokesman said")."""

from __future__ import annotations

from briefer.analysis.affiliation import affiliations
from briefer.analysis.entities import find_mentions
from briefer.analysis.reactions import analyse_reaction


def speakers_of(text: str) -> tuple[str, ...]:
    """The speakers of one sentence read with the affiliations its own text gives."""
    mentions = sorted(find_mentions(text), key=lambda m: m.start)
    return analyse_reaction(text, mentions, affiliations(text, mentions)).speakers


def test_an_opening_capital_places_the_organ() -> None:
    assert speakers_of(
        "In Islamabad, a Foreign Office spokesman said the border would stay open."
    ) == ("Pakistan",)
    assert speakers_of("In Berlin, the Foreign Office said it was following events closely.") == (
        "Germany",
    )
    assert speakers_of("In Pakistan, the Foreign Office said the border would stay open.") == (
        "Pakistan",
    )


def test_unplaced_or_placed_in_london_the_organ_stays_british() -> None:
    assert speakers_of("A Foreign Office spokesman said the border would stay open.") == (
        "United Kingdom",
    )
    assert speakers_of("In London, the Foreign Office said the border would stay open.") == (
        "United Kingdom",
    )
    # a place later in the sentence is what was spoken of, not where the organ sits
    assert speakers_of(
        "The Foreign Office said in a statement that Islamabad had been told of the move."
    ) == ("United Kingdom",)
