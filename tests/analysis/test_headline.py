"""A title kept outside the text is read as the headline, apart from the text's analysis."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from briefer.analysis import analyse
from briefer.analysis.headline import missing_headline, with_headline
from briefer.analysis.model import Analysis
from briefer.sources import load_document
from briefer.sources.document import Document

TITLE = "Newsletter: Ethiopian troops shell Eritrean border towns as truce collapses"
BODY = """Good morning. Here is what you need to know about the Horn of Africa today.

## The shelling

Artillery fire hit three border towns on Tuesday, and thousands of families fled north.
Officials in Asmara said the barrage had killed at least 40 civilians.

The African Union called on both sides to show restraint and return to talks.
"""


def _clipping(tmp_path: Path, title: str = TITLE, body: str = BODY) -> Document:
    path = tmp_path / "clipping.md"
    path.write_text(f'---\ntitle: "{title}"\ndate: 2026-03-04\n---\n\n{body}', encoding="utf-8")
    return load_document(path)


def _wire(tmp_path: Path, first: str) -> Document:
    path = tmp_path / "wire.txt"
    path.write_text(f"{first}\n\n{BODY.replace('## ', '')}", encoding="utf-8")
    return load_document(path)


def test_a_front_matter_title_the_text_lacks_is_the_missing_headline(tmp_path: Path) -> None:
    assert missing_headline(_clipping(tmp_path)) == TITLE


def test_a_text_that_opens_with_its_title_has_no_missing_headline(tmp_path: Path) -> None:
    doc = _wire(tmp_path, TITLE)
    assert doc.title == TITLE
    assert missing_headline(doc) is None
    assert analyse(doc).headline == ""


def test_a_heading_holding_most_of_the_title_is_the_headline_already(tmp_path: Path) -> None:
    body = "# Ethiopian troops shell Eritrean border towns as truce collapses\n\n" + BODY
    assert missing_headline(_clipping(tmp_path, body=body)) is None


def test_a_title_made_from_the_file_name_is_no_headline(tmp_path: Path) -> None:
    path = tmp_path / "horn_of_africa-notes.txt"
    path.write_text("good morning, here are the notes for today.\n", encoding="utf-8")
    doc = load_document(path)
    assert doc.title == "Horn of africa notes"
    assert missing_headline(doc) is None


def test_the_headline_is_analysed_apart_and_the_text_as_without_it(tmp_path: Path) -> None:
    doc = _clipping(tmp_path)
    found = analyse(doc)
    assert found.headline == TITLE
    assert {m.canonical for m in found.headline_mentions} >= {"Ethiopia", "Eritrea"}
    for m in found.headline_mentions:
        assert TITLE[m.start : m.end] == m.surface
    assert [s.text for s in found.headline_sentences] == [TITLE]
    # The text's own analysis is the one it has with no headline: same offsets, labels, texts.
    alone = analyse(replace(doc, title="Clipping"))  # (the file name)
    assert alone.headline == ""
    assert (found.mentions, found.sentences) == (alone.mentions, alone.sentences)
    assert all(TITLE not in s.text for s in found.sentences)
    for m in found.mentions:
        assert doc.text[m.start : m.end] == m.surface


def test_the_headline_survives_the_stored_form() -> None:
    found = Analysis("d", (), (), headline="A headline")
    assert Analysis.from_dict(found.to_dict()) == found
    # An analysis stored before headlines were kept loads with none.
    plain = Analysis("d", (), ())
    stored = plain.to_dict()
    assert "headline" not in stored
    assert Analysis.from_dict(stored) == plain


def test_with_headline_sets_the_title_back_as_the_first_paragraph(tmp_path: Path) -> None:
    doc = _clipping(tmp_path)
    found = analyse(doc)
    reading, seen = with_headline(doc, found)
    assert reading.paragraph_text(1) == TITLE
    assert reading.paragraphs[0].kind == "heading"
    assert [reading.paragraph_text(p.number + 1) for p in doc.paragraphs] == [
        doc.paragraph_text(p.number) for p in doc.paragraphs
    ]
    for m in seen.mentions:
        assert reading.text[m.start : m.end] == m.surface
    for s in seen.sentences:
        assert reading.text[s.start : s.end] == s.text
        assert reading.paragraphs[s.paragraph - 1].start <= s.start
    assert seen.sentences[0].text == TITLE
    assert len(seen.mentions) == len(found.mentions) + len(found.headline_mentions)
    # A document without a kept headline is read as it is.
    wire = _wire(tmp_path, TITLE)
    plain = analyse(wire)
    assert with_headline(wire, plain) == (wire, plain)
