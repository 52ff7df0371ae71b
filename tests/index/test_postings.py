"""Postings prepared in the workers are exactly what Whoosh's own analysis gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefer.index.schema import build_schema, prepare_postings

_SCHEMA = build_schema()
_WORDS = st.sampled_from(
    [
        "the",
        "The",
        "of",
        "a",
        "I",
        "Kosovo's",
        "talks",
        "TALKS",
        "running",
        "runs",
        "3.141",
        "big-time",
        "under_score",
        "fo*o",
        "café",
        "naïve",
        "STRASSE",
        "straße",
        "İstanbul",
        "ſ",
        "K",
        "U.S.",
        "e.g.",
        "ﬁnance",
        "–",
        "“quoted”",
        "2026-05-01",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS | st.text(max_size=6), max_size=40), st.sampled_from(["title", "body"]))
def test_prepared_postings_equal_whooshs_own(words: list[str], fieldname: str) -> None:
    text = " ".join(words)
    prepared = prepare_postings(_SCHEMA, fieldname, text)
    assert list(prepared) == list(_SCHEMA[fieldname].index(text))


def test_stop_words_are_dropped_and_later_positions_renumbered() -> None:
    postings = {p[0]: p for p in prepare_postings(_SCHEMA, "title", "the talks of the day")}
    assert set(postings) == {b"talk", b"dai"}
    assert postings[b"talk"][1] == 1 and postings[b"talk"][2] == 2.0  # title boost 2
