"""The event frame of a headline or lead: the doer and the target of its act of force."""

from __future__ import annotations

from briefer.analysis.event import event_frame
from briefer.analysis.model import Mention


def mentions(text: str, *names: tuple[str, str, str]) -> list[Mention]:
    """Mentions of (surface, canonical, type), each at its first place in the text."""
    found = []
    for surface, canonical, kind in names:
        at = text.index(surface)
        found.append(Mention(at, at + len(surface), surface, canonical, kind))
    return sorted(found, key=lambda m: m.start)


def frame(text: str, *names: tuple[str, str, str]) -> tuple[list[str], list[str]]:
    got = event_frame(text, 0, len(text), mentions(text, *names))
    return [m.canonical for m in got.agents], [m.canonical for m in got.patients]


def test_the_doer_and_the_target_of_a_strike() -> None:
    text = "U.S. air strike hits MSF hospital in Kunduz, killing at least 19"
    agents, patients = frame(
        text,
        ("U.S.", "United States", "GPE"),
        ("MSF", "Médecins Sans Frontières", "ORG"),
        ("Kunduz", "Kunduz", "GPE"),
    )
    assert agents == ["United States"]
    assert patients == ["Médecins Sans Frontières"]  # not the town the strike fell in


def test_a_people_names_the_state_the_act_falls_on() -> None:
    text = "Militants seize Turkish consulate as Iraq reels from loss of Mosul"
    agents, patients = frame(
        text, ("Turkish", "Turkey", "NORP"), ("Iraq", "Iraq", "GPE"), ("Mosul", "Mosul", "GPE")
    )
    assert patients == ["Turkey"]
    assert agents == []  # "Militants" names no one


def test_the_passive_puts_the_doer_after_by() -> None:
    text = "Oxfam warehouse destroyed by Sudanese jets near El Fasher"
    agents, patients = frame(
        text,
        ("Oxfam", "Oxfam", "ORG"),
        ("Sudanese", "Sudan", "NORP"),
        ("El Fasher", "El Fasher", "GPE"),
    )
    assert agents == ["Sudan"]
    assert patients == ["Oxfam"]


def test_a_declaration_of_a_truce_s_end_has_a_doer_only() -> None:
    text = "Morocco sends troops into buffer zone, Polisario declares ceasefire over"
    agents, patients = frame(
        text, ("Morocco", "Morocco", "GPE"), ("Polisario", "Polisario Front", "ORG")
    )
    assert agents == ["Polisario Front"]
    assert patients == []


def test_words_that_are_no_act_of_force() -> None:
    # A vote against strikes, a deal struck, a parliament hitting back: no act of force.
    for text, names in (
        (
            "Washington may act alone after the House of Commons votes against strikes",
            (
                ("Washington", "United States", "GPE"),
                ("House of Commons", "House of Commons", "ORG"),
            ),
        ),
        (
            "Ghana strikes deal with Togo over fishing rights",
            (("Ghana", "Ghana", "GPE"), ("Togo", "Togo", "GPE")),
        ),
        (
            "Pakistan's parliament hits back at the United States",
            (("Pakistan", "Pakistan", "GPE"), ("United States", "United States", "GPE")),
        ),
    ):
        assert frame(text, *names) == ([], []), text


def test_a_helper_is_neither_doer_nor_target() -> None:
    text = "Oxfam sends food to Darfur as Sudanese air strikes hit rebel villages"
    agents, patients = frame(
        text, ("Oxfam", "Oxfam", "ORG"), ("Darfur", "Darfur", "GPE"), ("Sudanese", "Sudan", "NORP")
    )
    assert "Oxfam" not in agents + patients
    assert agents == ["Sudan"]


def test_only_the_span_asked_for_is_read() -> None:
    text = "Talks resume in Geneva. Rebels shell Goma as Congo's army attacks Rwanda-backed M23."
    found = mentions(
        text,
        ("Geneva", "Geneva", "GPE"),
        ("Goma", "Goma", "GPE"),
        ("Congo", "Democratic Republic of the Congo", "GPE"),
        ("M23", "M23", "ORG"),
    )
    assert event_frame(text, 0, text.index(".") + 1, found).agents == ()
    later = event_frame(text, text.index("Rebels"), len(text), found)
    assert [m.canonical for m in later.agents] == ["Democratic Republic of the Congo"]
    assert "Goma" in [m.canonical for m in later.patients]
