"""Speakers on fresh text (issue #4): the subject a verb of saying shares with the clause it is
joined to by "and" when that clause opens on "he", "she", "it" or "the ministry"."""

from __future__ import annotations

from datetime import date

from wire_story import wire_story

from briefer.analysis import analyse
from briefer.analysis.entities import find_mentions
from briefer.analysis.owners import known_party
from briefer.analysis.reactions import opening_person
from tests.analysis.story_readings import speakers_answering as _speakers


def test_a_verb_joined_to_a_clause_opening_on_a_pronoun_has_the_pronoun_as_subject() -> None:
    assert _speakers(
        "He cut short a visit to the region on Friday and said he was deeply saddened."
    ) == ("<person>",)
    assert _speakers("She met the prime minister on Monday and urged restraint.") == ("<person>",)
    # past a subordinate clause inside the main one
    assert _speakers(
        "He postponed the conference after the offensive began and said the talks would wait."
    ) == ("<person>",)
    # an organisation named again by what it is
    assert _speakers(
        "The ministry summoned the ambassador and said the remarks were unacceptable."
    ) == ("<it>",)


def test_a_joined_verb_after_another_clause_does_not_take_the_pronoun() -> None:
    # the verb is joined to the clause after the semicolon, which opens on no anaphor
    assert "<person>" not in _speakers(
        "He left the capital on Friday; heavy rain flooded the valley and cut the road."
    )
    # no anaphor opens the clause: no speaker is invented
    assert _speakers("Heavy rain flooded the valley and cut the road to the capital.") == ()


def test_the_pronoun_subject_of_a_joined_verb_is_the_person_named_before() -> None:
    doc = wire_story(
        [
            ("Envoy leaves Tripoli as fighting spreads", "heading"),
            (
                "U.N. Secretary-General Antonio Guterres flew to Benghazi on Friday to meet the "
                "eastern commander.",
                "text",
            ),
            (
                "He postponed the conference after the offensive began and said he was deeply "
                "saddened by the fighting.",
                "text",
            ),
        ],
        doc_id="joined",
        published=date(2031, 4, 6),
    )
    said = {s.text: s.speakers for s in analyse(doc).sentences}
    assert said[
        "He postponed the conference after the offensive began and said he was deeply "
        "saddened by the fighting."
    ] == ("United Nations",)


def test_he_points_back_to_the_person_the_sentence_before_opens_on() -> None:
    doc = wire_story(
        [
            ("Envoy meets commander as offensive goes on", "heading"),
            (
                "Fighting spread to the southern suburbs of the capital on Thursday.",
                "text",
            ),
            (
                "U.N. Secretary-General Antonio Guterres, who was in the capital when the "
                "offensive began, flew to Benghazi on Friday to meet Khalifa Haftar.",
                "text",
            ),
            ("He said afterwards that he was leaving the country worried.", "text"),
        ],
        doc_id="subject",
        published=date(2031, 4, 6),
    )
    said = {s.text: s.speakers for s in analyse(doc).sentences}
    assert said["He said afterwards that he was leaving the country worried."] == (
        "United Nations",
    )


def test_opening_person_is_the_subject_not_a_person_named_later() -> None:
    def opening(text: str) -> str | None:
        found = opening_person(text, sorted(find_mentions(text), key=lambda m: m.start))
        return found.surface if found is not None else None

    assert (
        opening(
            "Former South African President Thabo Mbeki, sent by the African Union, met "
            "Laurent Gbagbo."
        )
        == "Thabo Mbeki"
    )
    assert opening("The ministers met Angela Merkel in Berlin.") is None  # an object
    assert opening("Angela Merkel and Emmanuel Macron met Joe Biden.") is None  # two people


def test_office_holders_of_1985_to_1999_speak_for_their_state() -> None:
    # titled without their state, as news of the time named them
    assert _speakers(
        "President François Mitterrand said a government that fired on its people had no future."
    ) == ("France",)
    assert _speakers("Prime Minister Costas Simitis said the talks would go on.") == ("Greece",)
    assert known_party("Tansu Ciller") == "Turkey"  # an unaccented spelling
    assert known_party("Manfred Wörner") == "NATO"  # a body's head speaks for the body


def test_a_whose_clause_tells_of_the_party_before_it_which_speaks() -> None:
    # the members listed in the clause do not speak; the bloc does
    assert _speakers(
        "Mercosur, the trade bloc whose other members are Argentina, Brazil and Uruguay, said "
        "Paraguay would not take part in its summit."
    ) == ("Mercosur",)
    # a verb inside the clause: the state's ambassador speaks for it, not the capital he is in
    assert _speakers(
        "Japan, whose ambassador in Seoul described the move as regrettable, has otherwise "
        "stayed silent."
    ) == ("Japan",)
    # a party named again by what it is: the anaphor, not the chairman's state
    assert _speakers(
        "The bloc, whose chairman, Ivorian President Alassane Ouattara, was due in Abidjan, "
        "said it would impose sanctions."
    ) == ("<org>",)


def test_a_whose_clause_closed_before_another_clause_leaves_that_clause_its_subject() -> None:
    assert _speakers(
        "Serbia, whose president was in Moscow, stayed away, and China said the vote was illegal."
    ) == ("China",)


def test_a_verb_joined_by_but_shares_the_subject_before() -> None:
    # ("let ... but said": who let the plane refuel is who said so)
    assert _speakers(
        "Greek officials had let the ship take on fuel in Piraeus but said they had refused "
        "to let it stay."
    ) == ("Greece",)
