"""Speakers read from the sentences before (`analyse` over a short document written for the
test): "Its foreign ministry said" after a sentence that opens on one state."""

from __future__ import annotations

from datetime import date

from briefer.analysis import analyse
from briefer.sources.document import Document, build_text


def analysed_sentences(blocks: list[tuple[str, str]]) -> dict[str, tuple[str, ...]]:
    text, paragraphs = build_text(blocks)  # type: ignore[arg-type]
    doc = Document(
        id="ctx",
        path="/tmp/ctx.txt",
        format="txt",
        title=blocks[0][0],
        text=text,
        paragraphs=paragraphs,
        content_hash="ctx" * 4,
        size=len(text),
        mtime=0.0,
        date=date(2031, 5, 14),
        source="Test Wire",
    )
    return {s.text: s.speakers for s in analyse(doc).sentences}


def test_its_ministry_is_the_state_opening_the_sentence_before_despite_an_apposition() -> None:
    blocks = [
        ("Protests topple Armenia's prime minister", "heading"),
        ("Armenia's prime minister resigned on Monday after eleven days of protests.", "text"),
        (
            "Georgia's president congratulated the protesters. Azerbaijan, Armenia's foe in the "
            "war over Nagorno-Karabakh, said little. Its foreign ministry said only that it was "
            "following developments.",
            "text",
        ),
    ]
    said = analysed_sentences(blocks)
    assert said["Its foreign ministry said only that it was following developments."] == (
        "Azerbaijan",
    )
