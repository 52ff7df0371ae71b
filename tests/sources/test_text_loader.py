"""The .txt loader: headline, byline, dateline date and outlet, paragraphs with offsets."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from briefer.sources import LoadError, load_document
from briefer.sources.document import document_id


def test_reuters_dateline_article(fixtures: Path) -> None:
    path = fixtures / "dateline_reuters.txt"
    doc = load_document(path)
    assert doc.format == "txt"
    assert doc.id == document_id(path)
    assert doc.title == "Kosovo closes border crossings as Serb barricades stay up"
    assert doc.date == date(2022, 12, 10)
    assert doc.source == "Reuters"
    assert doc.author == "Ana Petrović"
    assert doc.paragraphs[0].kind == "heading"
    # The dateline stays in the text, and hard-wrapped lines are joined into one paragraph.
    third = doc.paragraph_text(3)
    assert third.startswith("PRISTINA, Dec 10 (Reuters) - Kosovo police")
    assert "Saturday after ethnic Serbs" in third
    assert len(doc.paragraphs) == 6
    for p in doc.paragraphs:
        assert doc.text[p.start : p.end] == doc.text[p.start : p.end].strip()
    assert doc.size == path.stat().st_size
    assert doc.mtime == path.stat().st_mtime


def test_missing_file_is_a_one_line_load_error(tmp_path: Path) -> None:
    with pytest.raises(LoadError) as info:
        load_document(tmp_path / "gone.txt")
    message = str(info.value)
    assert "gone.txt" in message
    assert "\n" not in message
