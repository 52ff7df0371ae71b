"""A ministry or office named only by what it is ("the Foreign Ministry said") is no party of
its own: it speaks for the state of the capital it spoke in, or else for the state spoken of
just before, as "the foreign ministry" in lower case does. A ministry named with its state
("Norway's Foreign Ministry") keeps that state."""

from __future__ import annotations

from datetime import date

from wire_story import wire_story

from briefer.analysis import analyse


def speakers(paragraphs: list[str]) -> dict[str, tuple[str, ...]]:
    blocks = [
        ("Troops fire on protesters in Ruritania", "heading"),
        ("Troops fired on protesters in the Ruritanian capital on Monday, killing 12.", "text"),
    ] + [(p, "text") for p in paragraphs]
    doc = wire_story(blocks, doc_id="ministry", published=date(2031, 3, 9))
    return {s.text: s.speakers for s in analyse(doc).sentences}


def test_a_ministry_spokesman_in_a_capital_speaks_for_its_state() -> None:
    said = speakers(
        ['"All sides must return to talks," a Foreign Ministry spokesman said in Tokyo.']
    )
    assert said[
        '"All sides must return to talks," a Foreign Ministry spokesman said in Tokyo.'
    ] == ("Japan",)


def test_a_ministry_statement_in_a_capital_speaks_for_its_state() -> None:
    said = speakers(["A Foreign Ministry statement in Paris called the shooting unjustified."])
    assert said["A Foreign Ministry statement in Paris called the shooting unjustified."] == (
        "France",
    )


def test_a_ministry_after_a_state_speaks_for_it() -> None:
    said = speakers(
        ["Japan urged restraint. The Foreign Ministry later said it would fly its citizens home."]
    )
    assert said["The Foreign Ministry later said it would fly its citizens home."] == ("Japan",)


def test_a_ministry_named_with_its_state_keeps_it() -> None:
    said = speakers(
        ["Japan urged restraint. Norway's Foreign Ministry said it was deeply concerned."]
    )
    assert said["Norway's Foreign Ministry said it was deeply concerned."] == ("Norway",)
