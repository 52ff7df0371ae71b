"""`closes_open_quote`: whether a sentence's first quotation mark closes a quotation an earlier
sentence opened (read by the pipeline for a quotation closed by its speaker, and by
`_inside_quote` for the words after a position)."""

from __future__ import annotations

from briefer.analysis.reactions.quotes import _inside_quote, closes_open_quote


def test_a_closing_curly_mark_closes_a_quotation_opened_before() -> None:
    assert closes_open_quote("the talks must go on,” the envoy said.")
    assert not closes_open_quote("“We will not yield,” the minister said.")


def test_a_lone_straight_mark_closes_and_a_pair_does_not() -> None:
    assert closes_open_quote('the border stays shut," a spokesman added.')
    assert not closes_open_quote('"The border stays shut," a spokesman added.')


def test_no_mark_closes_nothing() -> None:
    assert not closes_open_quote("The envoy left on Friday.")


def test_from_a_position_the_first_mark_after_it_is_read() -> None:
    text = "calm must return,” she said, urging restraint."
    assert closes_open_quote(text, 5)
    assert _inside_quote(text, 5)
    assert not _inside_quote(text, text.index("she"))
