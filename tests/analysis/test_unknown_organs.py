"""A state's organ that no list knows is no party of its own: it speaks or acts for the state its
name tells ("the Soviet Foreign Ministry", "the Royal Norwegian Air Force"), and an organ whose
name tells no state ("the National Flood Committee", "the Coast Guard") is, in a news story, the
story's own state's, never a third party. A body named as international keeps its own name."""

from __future__ import annotations

from datetime import date

from wire_story import wire_story

from briefer.analysis import analyse
from briefer.analysis.entities import find_mentions
from briefer.analysis.reactions import acting_parties, analyse_reaction


def said_by(text: str) -> tuple[str, ...]:
    return analyse_reaction(text, find_mentions(text)).speakers


def acted_by(text: str) -> tuple[str, ...]:
    return acting_parties(text, find_mentions(text))


def test_an_organ_of_no_named_state_is_no_speaker() -> None:
    assert said_by("The National Flood Committee said the toll had risen to 40 overnight.") == ()
    assert (
        said_by("The Department for International Development pledged money for field clinics.")
        == ()
    )


def test_an_organ_speaks_for_the_state_its_name_tells() -> None:
    assert said_by(
        "A spokesman for the Soviet Foreign Ministry said the test was a provocation."
    ) == ("Soviet Union",)


def test_the_longest_place_in_the_name_decides() -> None:
    # (an office of Northern Ireland, not of Ireland)
    assert said_by("The Northern Ireland Office said the prisoner had died.") == ()


def test_an_organ_acts_for_its_state_or_for_no_third_party() -> None:
    assert acted_by(
        "Royal Norwegian Air Force transports flew two field hospitals to the island."
    ) == ("Norway",)
    assert acted_by("The Coast Guard flew in supplies.") == ()


def test_an_international_body_keeps_its_name() -> None:
    assert said_by(
        "The Office for the Coordination of Humanitarian Affairs said 40,000 had fled."
    ) == ("Office for the Coordination of Humanitarian Affairs",)
    assert said_by("The Inter-American Commission on Human Rights condemned the killings.") == (
        "Inter-American Commission on Human Rights",
    )
    assert said_by("The Mekong River Commission said the collapse showed the need for rules.") == (
        "Mekong River Commission",
    )


def test_an_organ_named_before_is_no_speaker_either() -> None:
    # "The agency said": the organ named in the sentence before, read from the context
    blocks = [
        ("Floods sweep Ruritania", "heading"),
        ("Floods swept the Ruritanian capital on Monday, killing 12.", "text"),
        (
            "Boats lent by the National Flood Agency reached the village on Monday. "
            "The agency said more rain was expected on Tuesday.",
            "text",
        ),
    ]
    doc = wire_story(blocks, doc_id="organ", published=date(2031, 3, 9))
    said = {s.text: s for s in analyse(doc).sentences}
    last = said["The agency said more rain was expected on Tuesday."]
    assert last.speakers == ()
    assert last.label != "reaction"
