"""Every bundled sample document loads with a title, a date and real paragraphs."""

from __future__ import annotations

import shutil
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
def test_sample_document_loads_well(path: Path, tmp_path: Path) -> None:
    doc = load_document(path)
    assert doc.title.strip()
    assert doc.date is not None
    body = [p for p in doc.paragraphs if p.kind != "heading"]
    assert len(body) >= 3
    # The samples are named after their publication date. Under a name holding only the year
    # (what a wire dateline like "PRISTINA, Dec 10 (Reuters) -" leaves out), the loader must
    # find the same date in the document itself: metadata, dateline or date line.
    expected = date_in_name(path.name)
    assert expected is not None
    renamed = tmp_path / f"{expected.year}-document{path.suffix}"
    shutil.copyfile(path, renamed)
    assert load_document(renamed).date == expected
