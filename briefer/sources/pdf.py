"""Load a PDF report or article: the text without running headers, footers and page
numbers, hyphenated line ends joined, paragraphs rebuilt from the evidence of the layout
(gaps, indents, headings' type, short last lines), so that a line or page break inside a
sentence never splits it; then the title, date and author.

The loader's entry point; its parts: `pdf_pages` (pypdf, failures as `LoadError`, the text
cap), `pdf_lines` (lines with their places), `pdf_furniture` (headers, footers, page numbers),
`pdf_metrics` and `pdf_layout` (paragraphs from the layout), `pdf_text_only` (the fallback).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from briefer.sources.dateline import date_from_body
from briefer.sources.dates import date_in_name, year_hint
from briefer.sources.document import Document, ParagraphKind, build_text
from briefer.sources.errors import LoadError
from briefer.sources.pdf_furniture import drop_furniture
from briefer.sources.pdf_layout import layout_paragraphs
from briefer.sources.pdf_lines import page_lines
from briefer.sources.pdf_pages import (
    NEEDS_EXTRA,
    TEXT_FLOOR,
    TEXT_PER_BYTE,
    Page,
    read_pages,
    text_cap,
)
from briefer.sources.pdf_text_only import text_only_paragraphs
from briefer.sources.raw import RawFile, clean_line
from briefer.sources.sanitize import sanitize

__all__ = ["NEEDS_EXTRA", "TEXT_FLOOR", "TEXT_PER_BYTE", "load_pdf", "text_cap"]

_JUNK_TITLES = re.compile(
    r"^(?:untitled|microsoft word - .*|document\d*|.*\.(?:docx?|odt|pdf))$", re.I
)
_PDF_DATE = re.compile(r"^D?:?(\d{4})(\d{2})(\d{2})")
_MAX_TITLE = 150


def _pdf_date(value: Any) -> date | None:
    """A PDF date string ('D:20221226...') as a date."""
    m = _PDF_DATE.match(str(value or ""))
    if m is None:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def load_pdf(raw: RawFile) -> Document:
    """Build a `Document` from a PDF file."""
    if not raw.data.lstrip()[:5].startswith(b"%PDF"):
        raise LoadError(f"{raw.name}: not a PDF (no %PDF header)")
    pages, metadata = read_pages(raw)
    blocks = [(sanitize(text), kind) for text, kind in _paragraphs(pages)]
    blocks = [(text, kind) for text, kind in blocks if text.strip()]
    joined_check = "".join(text for text, _ in blocks)
    if not joined_check.strip():
        raise LoadError(f"{raw.name}: no extractable text (a scanned or image-only PDF?)")
    if _garbled(joined_check):
        raise LoadError(f"{raw.name}: text could not be extracted (garbled encoding)")

    title = clean_line(str(metadata.get("/Title") or ""))
    if _JUNK_TITLES.match(title):
        title = ""
    if len(blocks) > 1 and title and f"{blocks[0][0]} {blocks[1][0]}" == title:
        blocks[:2] = [(title, "heading")]  # a title wrapped over two lines on the first page
    first = blocks[0][0]
    if len(first) < _MAX_TITLE and "\n" not in first and not first.endswith((".", ",", ";")):
        blocks[0] = (first, "heading")
        title = title or clean_line(first)
    joined, spans = build_text(blocks)

    body = [text for text, kind in blocks if kind != "heading"]
    when, source = date_from_body(body, year=lambda: year_hint(joined, raw.path.name))
    if when is None:
        when = _pdf_date(metadata.get("/CreationDate"))
    if when is None:
        when = date_in_name(raw.path.name)  # the file name, never the mtime
    author = clean_line(str(metadata.get("/Author") or "")) or None
    return raw.document(
        "pdf", title=title, text=joined, paragraphs=spans, date=when, source=source, author=author
    )


def _paragraphs(pages: list[Page]) -> list[tuple[str, ParagraphKind]]:
    """Paragraphs from the lines' places; from the text alone, page by page, when pypdf did
    not place every line."""
    placed = [page_lines(page, number) for number, page in enumerate(pages)]
    if all(lines is not None for lines in placed):
        kept = drop_furniture([lines or [] for lines in placed])
        return layout_paragraphs([line for lines in kept for line in lines])
    return text_only_paragraphs([page.text for page in pages])


def _garbled(text: str) -> bool:
    """Text made mostly of replacement marks or private-use glyphs (a font without a map)."""
    sample = text[:5000]
    if not sample:
        return False
    bad = sum(1 for ch in sample if ch == "\ufffd" or "\ue000" <= ch <= "\uf8ff")
    return bad > len(sample) * 0.3
