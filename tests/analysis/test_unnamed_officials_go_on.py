"""Unnamed officials with no body of their own ("Officials said", "..., officials said",
"Aides said") go on for the party that spoke in the sentence just before, in the same
paragraph; after a paragraph break, or after an event, they speak for no one."""

from __future__ import annotations

from datetime import date

from wire_story import wire_story

from briefer.analysis import analyse


def analysed_sentences(blocks: list[tuple[str, str]]) -> dict[str, tuple[str, ...]]:
    doc = wire_story(blocks, doc_id="officials", published=date(2031, 3, 9))
    return {s.text: s.speakers for s in analyse(doc).sentences}


def test_officials_opening_the_sentence_go_on_for_the_speaker_just_before() -> None:
    blocks = [
        ("Floods cut off the south of Ruritania", "heading"),
        ("Floods cut off three provinces of Ruritania on Monday after a week of rain.", "text"),
        (
            "Norway said it would send two field hospitals and a team of engineers. "
            "Officials said the first flight would leave Oslo on Wednesday.",
            "text",
        ),
    ]
    said = analysed_sentences(blocks)
    assert said["Officials said the first flight would leave Oslo on Wednesday."] == ("Norway",)


def test_officials_closing_the_sentence_go_on_for_the_speaker_just_before() -> None:
    blocks = [
        ("Floods cut off the south of Ruritania", "heading"),
        ("Floods cut off three provinces of Ruritania on Monday after a week of rain.", "text"),
        (
            "Canada said it would match private donations to the relief effort. "
            "A second aircraft with water pumps is being loaded, officials said.",
            "text",
        ),
    ]
    said = analysed_sentences(blocks)
    assert said["A second aircraft with water pumps is being loaded, officials said."] == (
        "Canada",
    )


def test_aides_go_on_for_the_leader_just_before() -> None:
    blocks = [
        ("Floods cut off the south of Ruritania", "heading"),
        ("Floods cut off three provinces of Ruritania on Monday after a week of rain.", "text"),
        (
            "Japan's prime minister said his government stood ready to help. "
            "Aides said he had spoken to his Ruritanian counterpart by telephone.",
            "text",
        ),
    ]
    said = analysed_sentences(blocks)
    assert said["Aides said he had spoken to his Ruritanian counterpart by telephone."] == (
        "Japan",
    )


def test_officials_after_a_paragraph_break_speak_for_no_one() -> None:
    blocks = [
        ("Floods cut off the south of Ruritania", "heading"),
        ("Floods cut off three provinces of Ruritania on Monday after a week of rain.", "text"),
        ("Norway said it would send two field hospitals and a team of engineers.", "text"),
        ("The river rose another metre overnight, officials said.", "text"),
    ]
    said = analysed_sentences(blocks)
    assert said["The river rose another metre overnight, officials said."] == ()


def test_officials_there_go_on_for_the_speaker_just_before() -> None:
    blocks = [
        ("Floods cut off the south of Ruritania", "heading"),
        ("Floods cut off three provinces of Ruritania on Monday after a week of rain.", "text"),
        (
            "In Ottawa, the foreign ministry said Canada would send a field hospital. "
            "Officials there said privately that more help could follow.",
            "text",
        ),
    ]
    said = analysed_sentences(blocks)
    assert said["Officials there said privately that more help could follow."] == ("Canada",)


def test_aides_after_a_paragraph_break_speak_for_no_one() -> None:
    blocks = [
        ("Floods cut off the south of Ruritania", "heading"),
        ("Floods cut off three provinces of Ruritania on Monday after a week of rain.", "text"),
        ("Japan's prime minister said his government stood ready to help.", "text"),
        ("Aides said the president was following the rescue closely.", "text"),
    ]
    said = analysed_sentences(blocks)
    assert said["Aides said the president was following the rescue closely."] == ()


def test_negotiators_closing_the_sentence_go_on_for_the_speaker_just_before() -> None:
    blocks = [
        ("Floods cut off the south of Ruritania", "heading"),
        ("Floods cut off three provinces of Ruritania on Monday after a week of rain.", "text"),
        (
            "Canada said it would press the lenders to delay repayments. "
            "A deal could come within days, negotiators said.",
            "text",
        ),
    ]
    said = analysed_sentences(blocks)
    assert said["A deal could come within days, negotiators said."] == ("Canada",)


def test_officials_later_after_a_paragraph_break_speak_for_no_one() -> None:
    blocks = [
        ("Floods cut off the south of Ruritania", "heading"),
        ("Floods cut off three provinces of Ruritania on Monday after a week of rain.", "text"),
        ("Norway said it would send two field hospitals and a team of engineers.", "text"),
        ("Army engineers weighed a new dam and dropped the plan, officials later said.", "text"),
    ]
    said = analysed_sentences(blocks)
    assert (
        said["Army engineers weighed a new dam and dropped the plan, officials later said."] == ()
    )
