"""Property: no text from a document, with or without entity spans, changes the structure."""

from __future__ import annotations

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from render_support import GENERATED, one_item_briefing, parse_markdown, skeleton, text_of

from briefer.briefing.model import Span
from briefer.render.markdown import render_markdown
from briefer.render.segments import plain

# Markdown's own characters, often, plus any character at all (but lone surrogates).
MARKDOWN_CHARS = list("*_[]()<>#|`\\!&;:-+=.1) \n\t~^\"'/@")
CHUNKS = ["\x1b[2J", "&amp;", "&#60;", "<b>", "\u202e", "\xa0", "1. ", "**", "[a](b)", "---"]
ANY_TEXT = st.lists(
    st.one_of(
        st.sampled_from(MARKDOWN_CHARS),
        st.characters(exclude_categories=["Cs"]),
        st.sampled_from(CHUNKS),
    ),
    max_size=30,
).map("".join)
NO_STRONG = frozenset({"strong_open", "strong_close"})
BASELINE = skeleton(
    parse_markdown(render_markdown(one_item_briefing(), generated=GENERATED)), drop=NO_STRONG
)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def first_item_text(markdown: str) -> str:
    tokens = parse_markdown(markdown)
    item = next(i for i, t in enumerate(tokens) if t.type == "list_item_open")
    return text_of(tokens[item + 2])


@SETTINGS
@given(text=ANY_TEXT)
def test_random_text_everywhere_keeps_the_structure(text: str) -> None:
    assume(plain(text, collapse=True))  # an empty table cell is not a change of structure
    b = one_item_briefing(
        text,
        title=text,
        name=text,
        alias=text,
        role=text,
        actor=text,
        source_title=text,
        outlet=text,
        path=text,
    )
    markdown = render_markdown(b, generated=GENERATED)
    assert skeleton(parse_markdown(markdown), drop=NO_STRONG) == BASELINE
    assert first_item_text(markdown) == f"{plain(text, collapse=True)} (1 ¶2)".lstrip()


@SETTINGS
@given(
    text=ANY_TEXT,
    cuts=st.lists(st.tuples(st.integers(0, 45), st.integers(0, 45)), max_size=5),
)
def test_random_spans_emphasise_without_leaking(text: str, cuts: list[tuple[int, int]]) -> None:
    text = text or "x"
    spans = tuple(Span(min(a, b), max(a, b), "GPE", "X") for a, b in cuts)
    markdown = render_markdown(one_item_briefing(text, spans), generated=GENERATED)
    tokens = parse_markdown(markdown)
    assert skeleton(tokens, drop=NO_STRONG) == BASELINE
    shown = plain(text, spans, collapse=True)
    assert first_item_text(markdown) == f"{shown} (1 ¶2)".lstrip()
