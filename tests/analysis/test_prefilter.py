"""The prefilter never changes a regex result: it only skips patterns that cannot match."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from briefer.analysis import labels, reactions
from briefer.analysis.prefilter import Sieve, fold, required_literals, start_literals

_PATTERNS = [
    p for module in (labels, reactions) for p in vars(module).values() if isinstance(p, re.Pattern)
] + [p for _, p in reactions.STANCE_CUES]


def test_literals_come_from_the_pattern() -> None:
    assert required_literals(re.compile(r"\bhad\s+\w+ed\b", re.I)) == frozenset({"had"})
    assert required_literals(re.compile(r"(?:said|says)\s", re.I)) == frozenset({"said", "says"})
    assert required_literals(re.compile(r"plans?\s+to")) == frozenset({"plan", "plans"})
    assert required_literals(re.compile(r"\w+|said")) is None  # one branch needs nothing


def test_start_literals_are_where_every_match_begins() -> None:
    assert start_literals(re.compile(r"(?<!\w)(?:said|says)\b", re.I)) == frozenset(
        {"said", "says"}
    )
    assert start_literals(re.compile(r"\bcalled\s+on")) == frozenset({"called"})
    assert start_literals(re.compile(r"(?:a\s+)?said")) is None  # may begin anywhere


def test_fold_keeps_length_and_matches_ignorecase_lookalikes() -> None:
    text = "İstanbul ſaid KELVIN"
    assert len(fold(text)) == len(text)
    assert fold(text) == "istanbul said kelvin"
    assert Sieve(text).search(re.compile("said", re.I)) is not None


def test_a_pattern_that_cannot_match_is_skipped_and_one_that_can_is_run() -> None:
    sieve = Sieve("Officials SAID the talks had failed.")
    assert sieve.search(re.compile(r"\bsince\b", re.I)) is None
    found = sieve.search(re.compile(r"\bsaid\b", re.I))
    assert found is not None and found.group() == "SAID"
    assert sieve.findall(re.compile(r"\bhad\s+\w+ed\b", re.I)) == ["had failed"]
    assert sieve.search(re.compile(r"\bsaid\b", re.I), 11) is None  # range respected


_WORDS = st.sampled_from(
    [
        "said",
        "has",
        "always",
        "since",
        "the",
        "ministry",
        "which",
        "İs",
        "ſince",
        "1999",
        "Dec",
        "10",
        "was",
        "were",
        "long-standing",
        "urged",
        ",",
        ";",
        ":",
        "“quoted",
        "words”",
        "had",
        "been",
        "on",
        "Monday",
        "will",
        "today",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS | st.text(max_size=4), max_size=25))
def test_sieve_gives_the_patterns_own_results(words: list[str]) -> None:
    text = " ".join(words)
    sieve = Sieve(text)
    for p in _PATTERNS:
        plain = p.search(text)
        gated = sieve.search(p)
        assert (plain and plain.span()) == (gated and gated.span()), p.pattern
        assert sieve.findall(p) == p.findall(text)
        inner = p.search(text, 3, max(3, len(text) - 2))
        ranged = sieve.search(p, 3, max(3, len(text) - 2))
        assert (inner and inner.span()) == (ranged and ranged.span()), p.pattern
        assert [m.span() for m in sieve.finditer(p)] == [m.span() for m in p.finditer(text)]
