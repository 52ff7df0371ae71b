"""One way to drop accents, for the people, the towns and the near-duplicates alike."""

from __future__ import annotations

from briefer.briefing.accents import without_accents
from briefer.briefing.dedupe import normalise_words
from briefer.briefing.people import is_short_for


def test_accents_are_dropped_and_case_is_kept() -> None:
    assert without_accents("González in Kandahār") == "Gonzalez in Kandahar"
    assert without_accents("İzmit").casefold() == "izmit"
    assert without_accents("plain ASCII") == "plain ASCII"


def test_its_users_fold_alike() -> None:
    assert normalise_words("Señor González said") == ["senor", "gonzalez", "said"]
    assert is_short_for(("gonzalez",), tuple(without_accents("felipe gonzález").split()))
