"""Speakers of a sentence whose words do not name them at once: a position "made clear", a
person named again as "he" whose title names an organ but no state, a quotation whose words name
someone else than the party the attribution after it names, and "it" advising its people abroad."""

from __future__ import annotations

from pathlib import Path

from briefer.analysis.verbs import EMPHASISE
from tests.analysis.story_readings import speakers_of, story_sentences


def test_making_a_position_clear_or_plain_is_saying_it() -> None:
    assert {"made clear", "made it clear", "makes plain"} <= EMPHASISE
    assert speakers_of("Canada has made clear it will not send troops.") == ("Canada",)
    assert speakers_of("Japan made it plain on Friday that its aid would be reviewed.") == (
        "Japan",
    )
    assert speakers_of("The vote made clear that the border was not safe.") == ()


def test_he_after_a_spokesman_of_an_organ_named_with_no_state_speaks_for_that_sentences_party(
    tmp_path: Path,
) -> None:
    found = story_sentences(
        tmp_path,
        "A Foreign Office spokesman in Belgrade, Milan Jovic, said Serbia had urged both sides "
        "to stop. He rejected Ruritanian claims that Serbian officers had joined the rebels as "
        '"baseless".\n',
    )
    text = (
        'He rejected Ruritanian claims that Serbian officers had joined the rebels as "baseless".'
    )
    assert found[text].speakers == ("Serbia",)
    assert found[text].label == "reaction"


def test_a_quotation_naming_someone_is_said_by_the_party_its_attribution_names(
    tmp_path: Path,
) -> None:
    found = story_sentences(
        tmp_path,
        "President Ivan Petrov of Aldria halted the count on Monday.\n\n"
        '"The President has said that the world is watching the count closely," State '
        "Department spokesman Paul Reed told reporters.\n",
    )
    text = (
        '"The President has said that the world is watching the count closely," State '
        "Department spokesman Paul Reed told reporters."
    )
    assert found[text].speakers == ("United States",)


def test_a_quotation_keeps_the_reading_of_its_words_when_the_attribution_places_no_party(
    tmp_path: Path,
) -> None:
    found = story_sentences(
        tmp_path,
        "Japan's foreign minister Kenji Sato said Tokyo was watching the fighting closely.\n\n"
        '"Tokyo hopes both parties will return to dialogue," a Foreign Ministry spokesman '
        "said.\n",
    )
    text = '"Tokyo hopes both parties will return to dialogue," a Foreign Ministry spokesman said.'
    assert found[text].speakers == ("Japan",)


def test_it_advising_its_people_abroad_is_the_party_named_just_before(tmp_path: Path) -> None:
    found = story_sentences(
        tmp_path,
        "The Canadian embassy in Aldria said it condemned the shelling. It has advised "
        "Canadians in the border region to stay indoors.\n\n"
        "The World Health Organization said it had sent a team. It advised on the boundaries "
        "of the quarantine zones.\n",
    )
    assert found["It has advised Canadians in the border region to stay indoors."].speakers == (
        "Canada",
    )
    assert found["It advised on the boundaries of the quarantine zones."].speakers == ()
