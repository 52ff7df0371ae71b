"""The shared reporting-verb vocabulary."""

from __future__ import annotations

import re

from briefer.analysis.verbs import SAY, alternation


def test_alternation_prefers_the_longest_word() -> None:
    pattern = re.compile(alternation({"say", "says", "said"}))
    match = pattern.match("says")
    assert match is not None and match.group(0) == "says"


def test_alternation_escapes_words() -> None:
    pattern = re.compile(alternation({"a.b"}))
    assert pattern.fullmatch("a.b") and not pattern.fullmatch("axb")


def test_every_rule_that_sees_speech_knows_the_plain_verbs_of_saying() -> None:
    from briefer.analysis.entities import GOVERNMENT_AFTER
    from briefer.analysis.names import REPORTING
    from briefer.analysis.reactions import VERB

    for verb in SAY:
        assert verb in GOVERNMENT_AFTER
        assert re.fullmatch(REPORTING, verb)
        assert VERB.fullmatch(verb)
