"""Speakers the rules found no party for: office-holders of earlier decades named without their
state, titles only one state has, a titled person after an inverted verb, and a force named
after "of" acting."""

from __future__ import annotations

from briefer.analysis.affiliation import affiliations
from briefer.analysis.entities import find_mentions
from briefer.analysis.owners import known_party
from briefer.analysis.reactions import acting_parties, analyse_reaction


def _mentions(text: str) -> list:  # type: ignore[type-arg]
    return sorted(find_mentions(text), key=lambda m: m.start)


def _reaction_speakers(text: str) -> tuple[str, ...]:
    mentions = _mentions(text)
    return analyse_reaction(text, mentions, affiliations(text, mentions)).speakers


def test_leaders_of_earlier_decades_speak_for_their_state() -> None:
    assert known_party("Barack Obama") == "United States"
    assert known_party("Obama") == "United States"
    assert known_party("Dmitry Medvedev") == "Russia"
    assert known_party("Kofi Annan") == "United Nations"
    text = "President Barack Obama urged both sides to show restraint."
    assert _reaction_speakers(text) == ("United States",)


def test_surnames_that_are_words_or_common_names_are_no_aliases() -> None:
    # a wrong alias would tag every use of the word or name
    for word in ("Bush", "Brown", "Major", "May", "Hague", "Rice", "Gates", "Straw", "Powell"):
        assert known_party(word) is None, word
    assert not [
        m for m in find_mentions("The Hague court met. Gates were shut.") if m.type == "PERSON"
    ]


def test_a_title_only_one_state_has_names_that_state() -> None:
    assert affiliations(*_args("Treasury Secretary Alan Reed phoned the minister."))[
        "Alan Reed"
    ] == ("United States")
    assert affiliations(*_args("Defense Secretary Alan Reed warned Tehran."))["Alan Reed"] == (
        "United States"
    )
    assert affiliations(*_args("On Monday the Taoiseach, Alan Reed, spoke."))["Alan Reed"] == (
        "Ireland"
    )
    # the British office is spelled otherwise, and names no state by itself
    assert "Alan Reed" not in affiliations(*_args("Defence Secretary Alan Reed spoke."))


def _args(text: str) -> tuple[str, list]:  # type: ignore[type-arg]
    return text, _mentions(text)


def test_a_titled_person_after_an_inverted_verb_speaks() -> None:
    text = '"We stand with our friends," said Secretary of State Alan Reed, who was in Vienna.'
    assert _reaction_speakers(text) == ("United States",)
    text = '"The violence must stop," said the Secretary-General, Ban Ki-moon.'
    assert _reaction_speakers(text) == ("United Nations",)


def test_an_untitled_phrase_after_the_verb_still_names_no_one() -> None:
    text = '"It is over," said the head of the local team, Alan Reed.'
    assert _reaction_speakers(text) == ()


def test_a_force_named_after_of_acts() -> None:
    text = "NATO peacekeepers of KFOR closed the crossings."
    assert acting_parties(text, _mentions(text)) == ("KFOR",)
    text = "The forces of the regime fled."
    assert acting_parties(text, _mentions(text)) == ()


def test_a_person_a_who_clause_opens_on_the_verb_speaks() -> None:
    text = "He met Finance Minister Anton Siluanov, who told reporters the talks had been frank."
    assert _reaction_speakers(text) == ("Russia",)
    text = "The pact was signed by Olaf Scholz and Emmanuel Macron, who said it was a good day."
    assert set(_reaction_speakers(text)) == {"Germany", "France"}


def test_a_who_clause_with_more_than_the_verb_or_a_which_clause_names_no_speaker() -> None:
    text = "Her parents, who live in Poland, appealed for help."
    assert _reaction_speakers(text) == ()
    text = "The allies expelled diplomats in support of Britain, which blames Moscow for it."
    assert "United Kingdom" not in _reaction_speakers(text)


def test_a_plural_office_gives_each_person_the_state_in_the_same_place() -> None:
    text = "The British and French foreign ministers, Alan Reed and Marc Dubois, urged a pause."
    found = affiliations(*_args(text))
    assert found["Alan Reed"] == "United Kingdom"
    assert found["Marc Dubois"] == "France"
