"""`told_last` looks for an attribution closing the sentence at its last comma only."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefer.analysis.reactions.quotes import _TOLD_LAST
from tests.analysis.story_readings import speakers_affiliated

_PIECES = st.sampled_from(
    [
        ",",
        ";",
        ".",
        "said",
        "says",
        "reported",
        "added",
        "officials",
        "U.S. Central Command",
        "in Brussels",
        "on Friday",
        "“quoted”",
        '"words"',
        "\n",
        "!",
        "the",
        "jets shot them down",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES | st.text(alphabet=st.sampled_from("ab ,;\n."), max_size=3), max_size=20))
def test_only_the_last_comma_can_open_an_attribution_closing_the_sentence(
    pieces: list[str],
) -> None:
    text = " ".join(pieces)
    found = _TOLD_LAST.search(text)
    last_comma = text.rfind(",")
    at_last = _TOLD_LAST.match(text, last_comma) if last_comma >= 0 else None
    assert (found and found.span()) == (at_last and at_last.span())


def test_an_attribution_after_the_last_comma_is_found_and_one_before_it_is_not() -> None:
    told = "American and British jets shot them down, U.S. Central Command said."
    last_comma = told.rfind(",")
    found = _TOLD_LAST.match(told, last_comma)
    assert found is not None and found.start() == last_comma
    assert _TOLD_LAST.search("Officials said, in a statement, that it was calm") is None


def test_unnamed_people_at_a_place_closing_the_sentence_are_the_source_of_an_act() -> None:
    # the party acting in the words reported acted; the place's state, where unnamed people
    # told of it, did not (a body's seat, or another state's capital)
    assert speakers_affiliated(
        "The Commonwealth's secretary-general sent a message of support, an official in Accra said."
    ) == ("Commonwealth of Nations",)
    assert speakers_affiliated(
        "Norway has offered two field hospitals, diplomats at the African Union in Addis Ababa "
        "said."
    ) == ("Norway",)
    # with no party acting in the words, the people at the place still speak for its state
    assert speakers_affiliated("The convoy was stopped at the border, officials in Lima said.") == (
        "Peru",
    )
