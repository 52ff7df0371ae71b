"""Speakers whom fresh text places without a name a list knows (issue #4): an organ named by
what it is after the capital a report is filed from, a national office whose state follows the
name or opens the sentence, an honorific between an office and the name, a former state, and
the verbs of position in the present tense."""

from __future__ import annotations

from story_readings import speakers_affiliated

from briefer.analysis.affiliation import affiliations
from briefer.analysis.entities import find_mentions
from briefer.analysis.gazetteer import canonical_name
from briefer.analysis.stance import stance_of


def _affiliations(text: str) -> dict[str, str]:
    mentions = sorted(find_mentions(text), key=lambda m: m.start)
    return affiliations(text, mentions)


def test_an_organ_named_after_the_capital_a_report_opens_on_is_that_states() -> None:
    assert speakers_affiliated(
        "In London, the Ministry of Defence said it was investigating the allegations."
    ) == ("United Kingdom",)
    assert speakers_affiliated(
        "In Tokyo, a Foreign Ministry spokesman said calm should return quickly."
    ) == ("Japan",)
    # an office of government no list knows, named right after the capital
    assert speakers_affiliated(
        "In London, the Commonwealth Relations Office said it was watching the situation."
    ) == ("United Kingdom",)


def test_an_organ_after_a_place_that_is_no_states_capital_keeps_its_name() -> None:
    # (a city that is no capital places the organ in no state)
    assert "United Kingdom" not in speakers_affiliated(
        "In Geneva, the Ministry of Defence said it was investigating the allegations."
    )
    # a body with a name of its own is itself, wherever it speaks
    assert speakers_affiliated("In London, Amnesty International said the trial was unfair.") == (
        "Amnesty International",
    )


def test_a_national_office_with_its_state_after_the_name_is_that_states() -> None:
    assert _affiliations("Prime Minister Tunku Abdul Rahman of Malaya condemned the uprising.") == {
        "Tunku Abdul Rahman": "Malaya"
    }
    assert _affiliations(
        "President Felix Houphouet-Boigny of Ivory Coast agreed to take in the deposed emperor."
    ) == {"Félix Houphouët-Boigny": "Ivory Coast"}  # (a known person: his own spelling)


def test_a_national_office_after_the_capital_a_report_opens_on_is_that_states() -> None:
    assert _affiliations(
        "In Dhaka, Home Minister Asaduzzaman Khan called off a planned visit to the region."
    ) == {"Asaduzzaman Khan": "Bangladesh"}
    assert _affiliations(
        "In Caracas, President Romulo Betancourt, a critic of the regime, declined to comment."
    ) == {"Romulo Betancourt": "Venezuela"}
    # the capital must open the sentence: a visitor there is no office-holder of its state
    assert (
        "Bangladesh"
        not in _affiliations(
            "The envoy flew on to Dhaka. There, President Ali Rahman met the press."
        ).values()
    )


def test_an_honorific_between_an_office_and_the_name_is_no_part_of_the_title() -> None:
    assert _affiliations(
        "The Taoiseach, Dr Garret FitzGerald, said the Irish people were shocked."
    ) == {"Garret FitzGerald": "Ireland"}


def test_a_former_state_of_its_time_is_known_by_its_name_and_demonym() -> None:
    assert canonical_name("Malaya") == ("Malaya", "GPE")
    assert canonical_name("Federation of Malaya") == ("Malaya", "GPE")
    assert canonical_name("Western Samoa") == ("Samoa", "GPE")
    assert canonical_name("St Vincent") == ("Saint Vincent and the Grenadines", "GPE")


def test_the_present_of_a_verb_of_position_reports_a_position() -> None:
    assert speakers_affiliated("Germany denies that any weapons were given to either side.") == (
        "Germany",
    )
    assert speakers_affiliated("Brazil describes the vote as a step backwards.") == ("Brazil",)
    assert speakers_affiliated("Norway hails the agreement as a breakthrough.") == ("Norway",)


def test_the_other_verbs_of_reproof_and_praise_carry_their_stance() -> None:
    for verb in ("censured", "chided", "castigated", "assailed", "faulted", "berated"):
        assert stance_of(f"Canada {verb} the junta for the arrests.") == "criticism", verb
    assert speakers_affiliated("Canada censured the junta for the arrests.") == ("Canada",)
    assert stance_of("Canada lauded the accord.") == "support"


def test_a_participle_of_position_after_a_comma_shares_the_subject_before_it() -> None:
    assert speakers_affiliated(
        "Gabon's president, whose airfields were used, was the warmest, praising France for "
        "sparing the country a bloodbath."
    ) == ("Gabon",)
    assert speakers_affiliated(
        "The UN Security Council met on Friday, condemning the raid in the strongest terms."
    ) == ("United Nations Security Council",)
    # one right after a text's noun is the text's, and names no speaker by itself
    assert speakers_affiliated("A draft resolution condemning the raid won only four votes.") == ()


def test_a_leader_telling_what_his_own_state_cannot_do_speaks_for_it() -> None:
    assert _affiliations(
        "Foreign Minister Subandrio said in January that Jakarta could not remain indifferent."
    ) == {"Subandrio": "Indonesia"}
    # what another state must do tells nothing of the speaker's own (a minister the data does
    # not know: Subandrio is known as Indonesia's)
    assert (
        "Indonesia"
        not in _affiliations(
            "Foreign Minister Sudarsono said in January that Jakarta had broken the accord."
        ).values()
    )
