"""What part one mention plays (`briefing.roles`): each test is one class of wording.

The sentences are written for these tests; the states and bodies are real names.
"""

from __future__ import annotations

from briefer.analysis.model import Mention, Sentence
from briefer.briefing.roles import (
    as_place,
    commentary_end,
    is_described,
    is_located,
    is_modifier,
    mention_weight,
    role_cues,
)


def mention(text: str, surface: str, kind: str = "GPE", after: int = 0) -> Mention:
    start = text.index(surface, after)
    return Mention(start, start + len(surface), surface, surface, kind)


def sentence(text: str) -> Sentence:
    return Sentence(0, len(text), 1, text)


def test_a_mention_weighs_by_its_role() -> None:
    cases = {
        "Spain welcomed the agreement and sent aid.": 0.0,  # helper
        "Spain brokered the truce.": 0.0,  # a go-between's act
        "Spain has evacuated its citizens.": 0.0,  # a bystander's act
        "Spain's mediators met both delegations.": 0.0,  # a go-between
        "The envoy thanked Spain for its help.": 0.0,  # helped by it
        'The office may not carry the name "Spain".': 0.0,  # a quoted word
        "Talks were held in a row over Spain.": 0.5,  # a topic
        "Spain closed its border.": 1.0,  # an agent
    }
    for text, weight in cases.items():
        located = text.endswith("in Spain.")
        assert mention_weight(text, mention(text, "Spain"), sentence(text), located) == weight


def test_places_are_read_from_the_words_before_and_after() -> None:
    def located(text: str, surface: str) -> bool:
        return is_located(text, mention(text, surface), None, set(), filed=False)

    assert located("Talks opened in Geneva on Monday.", "Geneva")
    assert located("Migrants from Laos crossed the river.", "Laos")
    # Officials from a state speak for it: no place.
    assert not located("Diplomats from Chile said the vote was fair.", "Chile")
    assert not located("Chile said the vote was fair.", "Chile")
    text = "The leader fled to India on Sunday."
    assert as_place(text, mention(text, "India"), None)  # a destination
    text = "Finland's eastern border stays closed."
    assert as_place(text, mention(text, "Finland"), None)  # a part of the country
    text = "Finland closed its eastern border."
    assert not as_place(text, mention(text, "Finland"), None)


def test_the_rest_of_a_list_of_places_is_places_too() -> None:
    text = "Aid reached camps in Syria, Somalia and Yemen."
    syria, somalia = mention(text, "Syria"), mention(text, "Somalia")
    assert is_located(text, syria, None, set(), filed=False)
    assert is_located(text, somalia, syria, {syria.start}, filed=False)
    assert not is_located(text, somalia, syria, set(), filed=False)  # Syria was no place


def test_labels_and_describing_names_are_not_parties_acting() -> None:
    text = "NATO-led troops and NATO allies met Hutu extremists."
    assert is_modifier(text, mention(text, "NATO", "ORG"))
    assert is_modifier(text, mention(text, "NATO", "ORG", after=10))
    assert is_described(text, mention(text, "Hutu", "NORP"), None)
    text = "NATO said the Hutu had left."
    assert not is_modifier(text, mention(text, "NATO", "ORG"))
    assert not is_described(text, mention(text, "Hutu", "NORP"), None)


def test_a_name_labelling_who_acts_weighs_half() -> None:
    for text in ("A Spain-led force landed at the port.", "Spain-backed militias took the port."):
        assert mention_weight(text, mention(text, "Spain"), sentence(text), False) == 0.5
    text = "A Spain-Portugal summit opened at the port."  # a pair, not a label
    assert mention_weight(text, mention(text, "Spain"), sentence(text), False) == 1.0


def test_a_commentator_and_the_body_they_speak_from() -> None:
    text = "Jane Doe, an analyst at the Crisis Group, said the talks would fail."
    end = commentary_end(text, mention(text, "Jane Doe", "PERSON"))
    assert end is not None and text.index("Crisis Group") < end  # the body is inside
    text = "Analyst Jane Doe said the talks would fail."
    assert commentary_end(text, mention(text, "Jane Doe", "PERSON")) == text.index("Jane")
    text = "Jane Doe, the foreign minister, said the talks would fail."
    assert commentary_end(text, mention(text, "Jane Doe", "PERSON")) is None


def test_role_cues_of_a_headline() -> None:
    text = "Iran bars IAEA inspectors after clashes between Israel and Hezbollah"
    iran, iaea = mention(text, "Iran"), mention(text, "IAEA", "ORG")
    cues = role_cues(text, iaea, sentence(text), iran, prominent=True)
    assert cues.targeted and not cues.armed  # the object of the headline's act
    assert not role_cues(text, iaea, sentence(text), iran, prominent=False).targeted
    israel, hezbollah = mention(text, "Israel"), mention(text, "Hezbollah", "ORG")
    assert role_cues(text, israel, sentence(text), iaea, prominent=True).paired
    assert role_cues(text, hezbollah, sentence(text), israel, prominent=True).paired
    assert role_cues(text, israel, sentence(text), iaea, prominent=True).clash
    text = "M23 rebels seized the town."
    m23 = mention(text, "M23", "ORG")
    assert role_cues(text, m23, sentence(text), None, prominent=False).armed
    text = "Transnistria, the breakaway region, held a vote."
    region = mention(text, "Transnistria")
    assert role_cues(text, region, sentence(text), None, prominent=False).breakaway
    text = "Havana blames Washington for the protests"
    havana, washington = mention(text, "Havana"), mention(text, "Washington")
    assert role_cues(text, washington, sentence(text), havana, prominent=True).blamed
    assert not role_cues(text, havana, sentence(text), None, prominent=True).blamed
