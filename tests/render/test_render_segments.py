"""Cutting item text at entity spans, then cleaning each piece (shared by every renderer)."""

from __future__ import annotations

from briefer.briefing.model import Span
from briefer.render.segments import Segment, clean, plain, segments


def span(start: int, end: int, kind: str = "GPE") -> Span:
    return Span(start, end, kind, "x")


def test_plain_and_entity_segments_in_order() -> None:
    assert segments("Serbia and Kosovo", [span(11, 17), span(0, 6, "ORG")]) == [
        Segment("Serbia", "ORG"),
        Segment(" and "),
        Segment("Kosovo", "GPE"),
    ]


def test_overlapping_spans_keep_the_first_longest() -> None:
    text = "European Union officials"
    got = segments(text, [span(9, 14, "ORG"), span(0, 14, "ORG"), span(0, 8, "GPE")])
    assert got == [Segment("European Union", "ORG"), Segment(" officials")]


def test_span_edges_lose_whitespace() -> None:
    assert segments("a  Kosovo  b", [span(1, 10)]) == [
        Segment("a  "),
        Segment("Kosovo", "GPE"),
        Segment("  b"),
    ]


def test_collapse_makes_one_tidy_line() -> None:
    text = "  line one\n\n\tKosovo \x1b[31m said\u2028more  "
    got = segments(text, [span(text.index("Kosovo"), text.index("Kosovo") + 6)], collapse=True)
    assert got == [Segment("line one "), Segment("Kosovo", "GPE"), Segment(" said more")]


def test_control_characters_inside_an_entity_are_removed() -> None:
    text = "Ko\x1b]52;c;eA==\x07so\u202evo!"
    assert segments(text, [span(0, len(text) - 1)]) == [Segment("Kosovo", "GPE"), Segment("!")]


def test_an_entity_that_cleans_to_nothing_disappears() -> None:
    assert segments("a \x00\x01 b", [span(2, 4)], collapse=True) == [Segment("a b")]


def test_plain_is_the_joined_text_and_keeps_newlines_without_collapse() -> None:
    assert plain("one\n\ntwo", [span(0, 3)]) == "one\n\ntwo"
    assert plain("one\n\ntwo", [span(0, 3)], collapse=True) == "one two"
    assert clean("tab\there\r\nnext\x7f") == "tab\there\nnext"
