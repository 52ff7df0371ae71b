"""The PDF loader, on PDFs made here with fpdf2: wrapped lines, hyphens, pages, failures."""

from __future__ import annotations

import contextlib
import logging
import sys
from datetime import date
from pathlib import Path

import pytest
from fpdf import FPDF

from briefer.sources import LoadError, load_document

PARAGRAPHS = [
    "BRUSSELS, 14 December 2022 - Diplomats from the five countries met in the evening and "
    "agreed a statement calling on both governments to remove the roadblocks and to return to "
    "the talks without preconditions.",
    "The statement said the parties had to show restraint and avoid any step that could raise "
    "tensions further in the north, where the situation remained extremely fragile after "
    "several nights of gunfire.",
    "Officials said a new round of talks could take place in January if the roads were "
    "cleared and the elections postponed as planned.",
]


def make_pdf(path: Path, *, title: str | None = "Kosovo talks: a briefing", pages: int = 1) -> None:
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    if title:
        pdf.set_title(title)
    pdf.set_author("Research Desk")
    for page in range(pages):
        pdf.add_page()
        if page == 0:
            pdf.multi_cell(0, 6, "Kosovo talks: a briefing", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        for text in PARAGRAPHS:
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
    pdf.output(str(path))


def test_pdf_paragraphs_title_date(tmp_path: Path) -> None:
    path = tmp_path / "brief.pdf"
    make_pdf(path)
    doc = load_document(path)
    assert doc.format == "pdf"
    assert doc.title == "Kosovo talks: a briefing"
    assert doc.author == "Research Desk"
    assert doc.date == date(2022, 12, 14)  # from the dateline, not the PDF's creation time
    texts = [doc.paragraph_text(p.number) for p in doc.paragraphs]
    assert texts == ["Kosovo talks: a briefing", *PARAGRAPHS]  # wrapped lines joined back
    assert doc.paragraphs[0].kind == "heading"


def test_title_from_first_line_without_metadata(tmp_path: Path) -> None:
    path = tmp_path / "untitled.pdf"
    make_pdf(path, title=None, pages=2)
    doc = load_document(path)
    assert doc.title == "Kosovo talks: a briefing"
    assert len(doc.paragraphs) == 1 + 2 * len(PARAGRAPHS)


def test_hyphenated_line_ends_are_joined(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    pdf.add_page()
    for line in (
        "The mission said the situation in the north was deteriorating and that the inter-",
        "national presence would be strengthened over the coming weeks, officials added.",
        "Short end.",
    ):
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "hyphen.pdf"
    pdf.output(str(path))
    doc = load_document(path)
    assert "the international presence" in doc.text


def test_justified_lines_lose_their_runs_of_spaces(tmp_path: Path) -> None:
    font = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if not font.exists():
        pytest.skip("needs the DejaVu font (an embedded font is what spreads the spaces)")
    pdf = FPDF()
    pdf.add_font("DejaVu", "", str(font))
    pdf.set_font("DejaVu", size=11)
    pdf.add_page()
    for text in PARAGRAPHS:
        pdf.multi_cell(0, 6, text, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    path = tmp_path / "justified.pdf"
    pdf.output(str(path))
    doc = load_document(path)
    assert "  " not in doc.text
    assert [doc.paragraph_text(p.number) for p in doc.paragraphs] == PARAGRAPHS


def test_encrypted_pdf_is_a_load_error(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    plain = tmp_path / "plain.pdf"
    make_pdf(plain)
    writer = PdfWriter()
    for page in PdfReader(plain).pages:
        writer.add_page(page)
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as handle:
        writer.write(handle)
    with pytest.raises(LoadError, match=r"locked\.pdf: encrypted PDF"):
        load_document(locked)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"%PDF-1.7\n" + bytes(range(256)) * 8, "unreadable PDF|no extractable text"),
        (b"<html>not a pdf</html>", "not a PDF"),
    ],
)
def test_damaged_pdfs_are_load_errors(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "damaged.pdf"
    path.write_bytes(content)
    with pytest.raises(LoadError, match=reason) as info:
        load_document(path)
    assert "\n" not in str(info.value)


def test_a_reason_quoting_the_file_holds_no_escape(tmp_path: Path) -> None:
    """pypdf names an unknown filter as written in the file: ESC[2J there stays out."""
    plain = tmp_path / "plain.pdf"
    make_pdf(plain)
    path = tmp_path / "filter.pdf"
    path.write_bytes(plain.read_bytes().replace(b"/FlateDecode", b"/Fl\x1b[2Jecode"))
    with pytest.raises(LoadError, match=r"filter\.pdf: unreadable PDF") as info:
        load_document(path)
    assert "\x1b" not in str(info.value)


def test_without_pypdf_the_error_names_the_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "brief.pdf"
    make_pdf(path)
    monkeypatch.setitem(sys.modules, "pypdf", None)
    with pytest.raises(LoadError, match=r"pip install 'briefer\[pdf\]'"):
        load_document(path)


def test_damaged_pdf_logs_nothing(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "cut.pdf"
    make_pdf(path)
    path.write_bytes(path.read_bytes()[:-200])  # cut off the xref table and EOF marker
    caplog.set_level(logging.DEBUG, logger="pypdf")
    with contextlib.suppress(LoadError):
        load_document(path)
    assert [r.getMessage() for r in caplog.records if r.name.startswith("pypdf")] == []
    assert logging.getLogger("pypdf").level == logging.DEBUG  # restored afterwards


# -- text expansion: the size limit is on the file, the text cap on what it expands to ---------


def shared_stream_pdf(path: Path, pages: int, words: int) -> None:
    """A few kB of PDF whose pages all show one compressed stream of `words` words."""
    import io

    from pypdf import PdfReader, PdfWriter

    one = FPDF()
    one.set_font("Helvetica", size=1)
    one.add_page()
    one.text(1, 10, "Kosovo " * words)
    page = PdfReader(io.BytesIO(bytes(one.output()))).pages[0]
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_page(page)
    with path.open("wb") as out:
        writer.write(out)


def test_text_cap_grows_with_the_file_between_a_floor_and_the_size_limit() -> None:
    from briefer.sources import DEFAULT_MAX_BYTES
    from briefer.sources.pdf import TEXT_FLOOR, TEXT_PER_BYTE, text_cap

    assert text_cap(5_000) == TEXT_FLOOR
    assert text_cap(50_000) == 50_000 * TEXT_PER_BYTE
    assert text_cap(5_000_000) == DEFAULT_MAX_BYTES
    assert text_cap(DEFAULT_MAX_BYTES * 2) == DEFAULT_MAX_BYTES * 2


def test_a_small_pdf_expanding_to_millions_of_characters_is_refused(tmp_path: Path) -> None:
    import time

    path = tmp_path / "bomb.pdf"
    shared_stream_pdf(path, pages=40, words=20_000)  # 40 x 140,000 characters
    assert path.stat().st_size < 10_000
    started = time.perf_counter()
    with pytest.raises(LoadError, match=r"bomb.pdf: PDF text exceeds 1,000,000 characters"):
        load_document(path)
    assert time.perf_counter() - started < 1.5


def test_a_pdf_sharing_a_stream_within_the_cap_still_loads(tmp_path: Path) -> None:
    path = tmp_path / "repeated.pdf"
    shared_stream_pdf(path, pages=5, words=2_000)
    doc = load_document(path)
    assert doc.text.count("Kosovo") == 5 * 2_000
