"""Every bundled sample document loads with a title, a date and real paragraphs."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.sources import discover, load_document
from briefer.sources.dates import date_in_name

SAMPLE_DOCS = Path(__file__).resolve().parents[2] / "sample_docs"
SAMPLES = discover([SAMPLE_DOCS]).files if SAMPLE_DOCS.is_dir() else []


def test_sample_docs_are_found() -> None:
    if not SAMPLE_DOCS.is_dir():
        pytest.skip("sample_docs/ not present")
    result = discover([SAMPLE_DOCS])
    assert result.skips == []
    assert {p.suffix for p in result.files} == {".txt", ".md", ".html", ".pdf"}


@pytest.mark.parametrize("path", SAMPLES, ids=[p.name for p in SAMPLES])
def test_sample_document_loads_well(path: Path) -> None:
    doc = load_document(path)
    assert doc.title.strip()
    assert doc.date is not None
    # The samples are named after their publication date; the loaders must read the same
    # date from the document itself (metadata or dateline), which this checks.
    assert doc.date == date_in_name(path.name)
    body = [p for p in doc.paragraphs if p.kind != "heading"]
    assert len(body) >= 3
    assert doc.title.lower() in doc.text.lower() or doc.paragraphs[0].kind == "heading"
