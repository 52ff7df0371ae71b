"""Sentence splitting: offsets, abbreviations, quotes, headings and paragraph boundaries."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefer.analysis.sentences import (
    _WORD_BEFORE,
    _word_before,
    dateline_end,
    split_range,
    split_sentences,
)
from briefer.sources.document import build_text


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_range(text, 0, len(text))]


def test_plain_sentences_split_at_full_stops() -> None:
    assert sentences("Troops moved in. Talks stalled! Will it hold? Nobody knows.") == [
        "Troops moved in.",
        "Talks stalled!",
        "Will it hold?",
        "Nobody knows.",
    ]


def test_a_sentence_may_open_on_any_latin_greek_or_cyrillic_capital() -> None:
    text = "Ankara hit back. İbrahim Kalın spoke. Šimonytė agreed. Ελλάδα waited. Москва said no."
    assert sentences(text) == [
        "Ankara hit back.",
        "İbrahim Kalın spoke.",
        "Šimonytė agreed.",
        "Ελλάδα waited.",
        "Москва said no.",
    ]


def test_dotted_abbreviations_do_not_end_a_sentence() -> None:
    text = "The U.S. and the U.N. met in Geneva. The E.U. and the U.K. did not attend."
    assert sentences(text) == [
        "The U.S. and the U.N. met in Geneva.",
        "The E.U. and the U.K. did not attend.",
    ]


def test_titles_months_and_initials_do_not_end_a_sentence() -> None:
    text = (
        "Mr. Pantić met Dr. Ana Jović and Gen. Mark Milley on Jan. 5 at 10 a.m. in Pristina. "
        "John F. Kennedy Airport was closed."
    )
    assert sentences(text) == [
        "Mr. Pantić met Dr. Ana Jović and Gen. Mark Milley on Jan. 5 at 10 a.m. in Pristina.",
        "John F. Kennedy Airport was closed.",
    ]


def test_title_before_name_keeps_sentence_whole() -> None:
    assert sentences("Talks were led by Mrs. Clark. No. 10 said nothing.") == [
        "Talks were led by Mrs. Clark.",
        "No. 10 said nothing.",
    ]


def test_decimals_and_numbers_stay_inside() -> None:
    assert sentences("Growth was 3.5 percent in 2023. It fell to 2.1 percent.") == [
        "Growth was 3.5 percent in 2023.",
        "It fell to 2.1 percent.",
    ]


def test_quote_closing_a_sentence_stays_with_it() -> None:
    text = 'He said: "We will not back down." The next day he resigned.'
    assert sentences(text) == ['He said: "We will not back down."', "The next day he resigned."]


def test_question_inside_quote_followed_by_lower_case_continues() -> None:
    text = '"Is this war?" he asked reporters. Nobody answered.'
    assert sentences(text) == ['"Is this war?" he asked reporters.', "Nobody answered."]


def test_ellipsis_before_capital_ends_sentence_but_not_before_lower_case() -> None:
    assert sentences("They waited... and waited. Then... Nothing happened.") == [
        "They waited... and waited.",
        "Then...",
        "Nothing happened.",
    ]


def test_heading_line_is_not_glued_to_the_next_sentence() -> None:
    text = "Border Talks Collapse\nNegotiators left Geneva on Monday without a deal."
    assert sentences(text) == [
        "Border Talks Collapse",
        "Negotiators left Geneva on Monday without a deal.",
    ]


def test_hard_wrapped_sentence_is_not_split_at_line_breaks() -> None:
    text = (
        "Negotiators left Geneva on Monday without a deal after three days of\n"
        "talks that both sides had described as constructive."
    )
    assert sentences(text) == [text]


def test_sentences_never_cross_paragraphs_and_carry_their_number() -> None:
    text, paragraphs = build_text(
        [
            ("Headline without a stop", "heading"),
            ("First one. Second one", "text"),
            ("third one.", "text"),
        ]
    )
    spans = split_sentences(text, paragraphs)
    assert [(text[s.start : s.end], s.paragraph) for s in spans] == [
        ("Headline without a stop", 1),
        ("First one.", 2),
        ("Second one", 2),
        ("third one.", 3),
    ]


@given(
    st.lists(st.text(alphabet="ab .!?\"'U.S\nMr", min_size=1, max_size=40), min_size=1, max_size=4)
)
def test_offsets_are_trimmed_ordered_and_inside_their_paragraph(blocks: list[str]) -> None:
    text, paragraphs = build_text([(b, "text") for b in blocks])
    last = -1
    for s in split_sentences(text, paragraphs):
        p = paragraphs[s.paragraph - 1]
        assert p.start <= s.start < s.end <= p.end
        assert s.start > last
        piece = text[s.start : s.end]
        assert piece == piece.strip() and piece
        last = s.end


def test_an_abbreviation_ends_a_sentence_when_a_sentence_opener_follows() -> None:
    text = (
        "Sanctions were imposed by the U.S. The ministry said it would respond at 10 a.m. "
        "It did not. The treaty was signed by Ferdinand Marcos Jr. The U.S. State Department "
        "welcomed it, and Gen. The Thein spoke."
    )
    assert sentences(text) == [
        "Sanctions were imposed by the U.S.",
        "The ministry said it would respond at 10 a.m.",
        "It did not.",
        "The treaty was signed by Ferdinand Marcos Jr.",
        "The U.S. State Department welcomed it, and Gen. The Thein spoke.",
    ]


@given(
    st.text(alphabet="ab.\n \t\"'“‘«([)", max_size=14),
    st.integers(min_value=0, max_value=14),
    st.integers(min_value=0, max_value=14),
)
def test_word_before_is_what_the_pattern_finds(text: str, a: int, b: int) -> None:
    """The one-pass reading of the word before a full stop gives what searching the pattern
    gives, newline before the end and quotes or brackets before the word included."""
    end = min(b, len(text))
    start = min(a, end)
    found = _WORD_BEFORE.search(text, start, end)
    assert _word_before(text, start, end) == (found.group(1) if found else "")


def test_word_before_reads_the_word_closed_by_the_stop() -> None:
    text = 'He met the "U.S. envoy in Washington. Then'
    dot = text.index(". Then")
    assert _word_before(text, max(0, dot - 40), dot) == "Washington"
    assert _word_before("(Jan", 0, 4) == "Jan"


@pytest.mark.parametrize(
    ("paragraph", "dateline"),
    [
        ("KYIV, Ukraine (AP) — Russian drones struck the city overnight.", "KYIV, Ukraine (AP) — "),
        (
            "LONDON, March 26 (Reuters) - The United States ordered it.",
            "LONDON, March 26 (Reuters) - ",
        ),
        ("Paris (AFP) - France said no. It gave no reason.", "Paris (AFP) - "),
        ("BEIRUT — Israeli jets struck the south.", "BEIRUT — "),
        ("Nairobi, 12 May: Kenya said yes.", "Nairobi, 12 May: "),
        (
            "PORT-AU-PRINCE, June 25, 2024 (Wire) — Police landed.",
            "PORT-AU-PRINCE, June 25, 2024 (Wire) — ",
        ),
        ("HARARE/JOHANNESBURG - The army said it was in control.", "HARARE/JOHANNESBURG - "),
        ("Brussels, 28 January 2022 — The EU has launched a case.", "Brussels, 28 January 2022 — "),
        (
            "N'DJAMENA, 23 April 2021 (Wire) – Chad's army spoke.",
            "N'DJAMENA, 23 April 2021 (Wire) – ",
        ),
    ],
)
def test_a_wire_dateline_opening_a_paragraph_is_left_out_of_the_lead(
    paragraph: str, dateline: str
) -> None:
    text, paragraphs = build_text([("Headline", "heading"), (paragraph, "text")])
    spans = split_sentences(text, paragraphs)
    lead = spans[1]
    assert text[paragraphs[1].start : lead.start] == dateline
    assert paragraph[len(dateline) :].startswith(text[lead.start : lead.end])
    assert lead.after_dateline
    assert not any(s.after_dateline for s in spans[2:])


@pytest.mark.parametrize(
    "paragraph",
    [
        "President Ruto — who spoke late — said no.",
        "UPDATE: Police said two people died.",
        "BREAKING — Troops crossed the border.",
        "NATO — which has 32 members — said it would meet.",
        "25 June — Arévalo comes second in the first round.",
        "Analysis — The largest protest in years.",
        "Kenya: the vote was close.",
        "US - China talks resumed in Geneva.",
        "Mr Smith - a diplomat - said so.",
        "The EU — and Britain — said so.",
    ],
)
def test_what_only_looks_like_a_dateline_stays_in_the_sentence(paragraph: str) -> None:
    text, paragraphs = build_text([("Headline", "heading"), (paragraph, "text")])
    lead = split_sentences(text, paragraphs)[1]
    assert text[lead.start : lead.end].startswith(paragraph.split(" ")[0])
    assert not lead.after_dateline
    assert dateline_end(paragraph, 0, len(paragraph)) == 0


def test_a_dateline_is_cut_only_where_a_paragraph_opens() -> None:
    text = "Talks went on. LONDON, March 26 (Reuters) - The United States ordered it."
    assert sentences(text)[1].startswith("LONDON")


def test_a_heading_that_looks_like_a_dateline_is_left_whole() -> None:
    text, paragraphs = build_text(
        [("NATO — Russia Council meets", "heading"), ("BEIRUT — Jets struck.", "text")]
    )
    spans = split_sentences(text, paragraphs)
    assert [text[s.start : s.end] for s in spans] == ["NATO — Russia Council meets", "Jets struck."]


def test_a_full_stop_inside_a_dateline_ends_no_sentence() -> None:
    text = "ST. LOUIS, May 3 (Wire) - The river rose. It fell."
    assert sentences(text) == ["The river rose.", "It fell."]


def test_a_list_items_marker_kept_in_plain_text_is_left_out_of_its_sentence() -> None:
    text, paragraphs = build_text(
        [
            ("Reactions were measured:", "text"),
            ("- The United States said the vote was flawed. It asked for an audit.", "list"),
            ("• Kenya sent its congratulations.", "list"),
            ("-5 degrees and falling", "list"),
            ("- a list item in lower case;", "text"),
        ]
    )
    found = [text[s.start : s.end] for s in split_sentences(text, paragraphs)]
    assert found == [
        "Reactions were measured:",
        "The United States said the vote was flawed.",
        "It asked for an audit.",
        "Kenya sent its congratulations.",
        "-5 degrees and falling",
        "- a list item in lower case;",
    ]
