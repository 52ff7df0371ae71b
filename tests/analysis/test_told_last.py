"""`told_last` looks for an attribution closing the sentence at its last comma only."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefer.analysis.reactions.quotes import _TOLD_LAST

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
