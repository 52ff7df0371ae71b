"""The shared reporting-verb vocabulary."""

from __future__ import annotations

import re

from briefer.analysis.verbs import POSITION, SAY, alternation


def test_alternation_prefers_the_longest_word() -> None:
    pattern = re.compile(alternation({"say", "says", "said"}))
    match = pattern.match("says")
    assert match is not None and match.group(0) == "says"


def test_alternation_escapes_words() -> None:
    pattern = re.compile(alternation({"a.b"}))
    assert pattern.fullmatch("a.b") and not pattern.fullmatch("axb")


def test_every_rule_that_sees_speech_knows_the_plain_verbs_of_saying() -> None:
    from briefer.analysis.gazetteer_reading import GOVERNMENT_AFTER
    from briefer.analysis.names.shapes import REPORTING
    from briefer.analysis.reactions import VERB

    for verb in SAY:
        assert verb in GOVERNMENT_AFTER
        assert re.fullmatch(REPORTING, verb)
        assert VERB.fullmatch(verb)


def test_reactions_hear_every_position_and_measure_and_each_feeling() -> None:
    from briefer.analysis.reactions import VERB
    from briefer.analysis.verbs import FEELINGS, MEASURES, POSITION

    for verb in POSITION | MEASURES:
        assert VERB.fullmatch(verb), verb
    for feeling in FEELINGS:
        assert VERB.fullmatch(f"was deeply {feeling}"), feeling
    assert not VERB.fullmatch("called")  # only "called on/for/it" reports a position


def test_acts_and_perceiving_stay_apart() -> None:
    from briefer.analysis.verbs import MEASURES, PERCEIVE, RESPONSE_ACTS

    assert MEASURES <= RESPONSE_ACTS
    assert not PERCEIVE & RESPONSE_ACTS


def test_reactions_hear_each_disposition_declared() -> None:
    from briefer.analysis.reactions import VERB
    from briefer.analysis.verbs import DISPOSITIONS

    for disposition in DISPOSITIONS:
        assert VERB.fullmatch(f"is {disposition}"), disposition
        assert VERB.fullmatch(f"remained firmly {disposition}"), disposition


def test_pointing_out_reports_words() -> None:
    from briefer.analysis.entities import find_mentions
    from briefer.analysis.reactions import find_speakers

    text = "Japan's foreign minister pointed out that the ban had been in place since 2019."
    assert find_speakers(text, find_mentions(text)) == ("Japan",)


def test_granting_or_explaining_a_point_is_a_verb_of_saying() -> None:
    from briefer.analysis.model import Mention
    from briefer.analysis.reactions import find_speakers

    text = "The UN relief chief admitted that the world had failed the people of the north-west."
    un = [Mention(4, 6, "UN", "United Nations", "ORG")]
    assert find_speakers(text, un) == ("United Nations",)
    # holding to something is no saying: "maintained an embargo" stays out
    assert "maintained" not in POSITION


def test_asking_objecting_and_assuring_report_a_position() -> None:
    from briefer.analysis.model import Mention
    from briefer.analysis.reactions import find_speakers

    for verb in ("requested", "complained", "objected", "pleaded", "reacted", "assured"):
        text = f"Norway {verb} that the talks resume."
        assert find_speakers(text, [Mention(0, 6, "Norway", "Norway", "GPE")]) == ("Norway",)


def test_alternation_groups_words_by_their_first_character() -> None:
    assert alternation({"said", "says", "told"}) == "(?:s(?:aid|ays)|told)"


def test_alternation_grouped_finds_what_the_flat_list_finds() -> None:
    # The same words tried in the same order at every place: matches, and what a failed
    # look-ahead makes the pattern try next, are those of the flat alternation.
    words = {"a", "an", "and", "as", "also", "said", "says", "say", "pointed out", "s"}
    flat = "(?:" + "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))) + ")"
    text = "As she said, an envoy says a word and also pointed out, as ALSO SAID: s an"
    for tail in ("", r"(?!\w)", r"\b", r"(?=\s)"):
        for flags in (0, re.IGNORECASE):
            grouped = re.compile(alternation(words) + tail, flags)
            plain = re.compile(flat + tail, flags)
            assert [m.span() for m in grouped.finditer(text)] == [
                m.span() for m in plain.finditer(text)
            ]


def test_alternation_stays_flat_when_first_characters_differ_only_in_case() -> None:
    # ("Said" and "said" both meet "SAID" in a case-blind pattern: grouping would reorder them)
    assert alternation({"Said", "said"}) == "(?:Said|said)"


def test_meeting_calling_and_mediating_report_a_party_taking_part() -> None:
    from briefer.analysis.entities import find_mentions
    from briefer.analysis.reactions import VERB, find_speakers
    from briefer.analysis.verbs import CONSULT

    for verb in CONSULT:
        assert VERB.fullmatch(verb), verb
    # (nouns stay out: "suspended high-level visits", "a round of calls"); so do verbs that
    # tell a past visit or accord as often as news
    assert not VERB.fullmatch("visits") and not VERB.fullmatch("calls")
    assert not VERB.fullmatch("visited") and not VERB.fullmatch("brokered")
    for text, party in (
        ("Norway's foreign minister telephoned both leaders on Sunday night.", "Norway"),
        ("The Kenyan envoy shuttled between the two capitals for a week.", "Kenya"),
        ("Chile's foreign minister spoke to his counterparts in Lima and La Paz.", "Chile"),
        ("Japan's special envoy travelled to the border on Monday.", "Japan"),
    ):
        assert find_speakers(text, find_mentions(text)) == (party,), text


def test_the_formal_notes_of_diplomacy_are_statements() -> None:
    from briefer.analysis.entities import find_mentions
    from briefer.analysis.reactions import find_speakers

    for text, party in (
        ("Austria's foreign minister took note of the announcement.", "Austria"),
        ("The Peruvian foreign ministry issued a démarche to the chargé d'affaires.", "Peru"),
        ("Portugal's president paid tribute to the rescuers.", "Portugal"),
        ("The Danish foreign minister registered Copenhagen's displeasure.", "Denmark"),
    ):
        assert find_speakers(text, find_mentions(text)) == (party,), text
