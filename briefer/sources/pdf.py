"""Load a PDF report or article with pypdf (the optional 'pdf' extra): text page by page,
hyphenated line ends joined, paragraphs rebuilt from line lengths and indents.

PDF files are untrusted and pypdf can fail in many ways on a damaged one; every failure
becomes a one-line `LoadError`, never a traceback. The size limit applies to the file, not to
the text it expands to (pages can all show one compressed stream: 6 kB of PDF gave 25 MB of
text), so the text is counted page by page and a PDF yielding far more than its size can
hold is refused (see `text_cap`).
"""

from __future__ import annotations

import io
import logging
import re
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

from briefer.sources.blocks import paragraphs_from_text
from briefer.sources.dateline import date_from_body
from briefer.sources.dates import date_in_name, year_hint
from briefer.sources.discovery import DEFAULT_MAX_BYTES, human_size
from briefer.sources.document import Document, ParagraphKind, build_text
from briefer.sources.errors import LoadError
from briefer.sources.raw import RawFile, clean_line
from briefer.sources.sanitize import sanitize

NEEDS_EXTRA = "reading PDF needs the 'pdf' extra: pip install 'briefer[pdf]'"
_PAGE_FURNITURE = re.compile(r"^\s*(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?\s*$", re.I)
_JUNK_TITLES = re.compile(
    r"^(?:untitled|microsoft word - .*|document\d*|.*\.(?:docx?|odt|pdf))$", re.I
)
_PDF_DATE = re.compile(r"^D?:?(\d{4})(\d{2})(\d{2})")
_SENTENCE_END = re.compile(r"[.!?:\"”’)]$")
_MAX_TITLE = 150

# Text a PDF may yield: a million characters whatever its size (about 500 pages; pypdf reads
# ~5 M characters/s, so refusing costs well under a second), and beyond that up to
# TEXT_PER_BYTE characters per byte of the file: ordinary PDFs hold under 5 (text-only ones
# with compressed streams) and usually under 1, a decompression bomb hundreds or thousands.
# Never more than a text file may hold under the default size limit, or the file's own size.
TEXT_FLOOR = 1_000_000
TEXT_PER_BYTE = 100


def _pdf_date(value: Any) -> date | None:
    """A PDF date string ('D:20221226...') as a date."""
    m = _PDF_DATE.match(str(value or ""))
    if m is None:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


# Justified lines come out with runs of spaces between words.
_INNER_SPACES = re.compile(r"(?<=\S) {2,}(?=\S)")


def _page_paragraphs(text: str) -> list[tuple[str, ParagraphKind]]:
    lines = [line for line in text.split("\n") if not _PAGE_FURNITURE.match(line)]
    # Paragraphs are found on the lines as laid out (their widths tell where one ends); the
    # spaces of justification go afterwards.
    return [
        (_INNER_SPACES.sub(" ", para), kind)
        for para, kind in paragraphs_from_text("\n".join(lines), dehyphenate=True)
    ]


def _join_across_pages(
    pages: list[list[tuple[str, ParagraphKind]]],
) -> list[tuple[str, ParagraphKind]]:
    """Merge a paragraph cut by a page break (no final stop, next page starts in lower case)."""
    out: list[tuple[str, ParagraphKind]] = []
    for page in pages:
        for i, (text, kind) in enumerate(page):
            if i == 0 and out and kind == "text" and text[:1].islower():
                prev, prev_kind = out[-1]
                if prev_kind == "text" and not _SENTENCE_END.search(prev):
                    if prev.endswith("-") and prev[-2:-1].isalpha():
                        out[-1] = (prev[:-1] + text, prev_kind)
                    else:
                        out[-1] = (prev + " " + text, prev_kind)
                    continue
            out.append((text, kind))
    return out


def _read_pdf(raw: RawFile) -> tuple[list[str], dict[str, Any]]:
    """Page texts and metadata; any pypdf failure becomes a `LoadError`."""
    try:
        from pypdf import PdfReader
    except ImportError:
        raise LoadError(f"{raw.name}: {NEEDS_EXTRA}") from None
    try:
        with _quiet_pypdf():
            return _extract(PdfReader, raw)
    except LoadError:
        raise
    except Exception as exc:  # a damaged PDF can raise almost anything from inside pypdf
        raise LoadError(f"{raw.name}: unreadable PDF ({_why(exc)})") from None


@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """pypdf logs and warns about every damaged structure it repairs; a user does not need
    those lines on stderr (a file that cannot be read still gets its one-line LoadError)."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


def _extract(reader_class: Any, raw: RawFile) -> tuple[list[str], dict[str, Any]]:
    """Open the PDF (an empty user password unlocks many 'encrypted' ones) and read its text."""
    reader = reader_class(io.BytesIO(raw.data), strict=False)
    if reader.is_encrypted:
        try:
            unlocked = reader.decrypt("")
        except Exception as exc:  # pypdf raises several types for ciphers it cannot open
            raise LoadError(f"{raw.name}: encrypted PDF ({_why(exc)})") from None
        if not unlocked:
            raise LoadError(f"{raw.name}: encrypted PDF (needs a password)")
    metadata = dict(reader.metadata or {})
    cap = text_cap(raw.size)
    pages: list[str] = []
    total = 0
    for page in reader.pages:
        text = page.extract_text() or ""
        total += len(text)
        if total > cap:  # checked as pages are read: a bomb is stopped, not read to the end
            raise LoadError(
                f"{raw.name}: PDF text exceeds {cap:,} characters "
                f"(far more than a {human_size(raw.size)} file holds)"
            )
        pages.append(text)
    return pages, metadata


def text_cap(size: int) -> int:
    """The most characters of text a PDF file of `size` bytes may yield."""
    return min(max(TEXT_FLOOR, TEXT_PER_BYTE * size), max(DEFAULT_MAX_BYTES, size))


def _why(exc: BaseException) -> str:
    """pypdf's reason on one line; it can quote bytes of the file (a filter's name), so it
    is sanitised like the file's text."""
    message = " ".join(sanitize(str(exc)).split())[:160]
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__


def load_pdf(raw: RawFile) -> Document:
    """Build a `Document` from a PDF file."""
    if not raw.data.lstrip()[:5].startswith(b"%PDF"):
        raise LoadError(f"{raw.name}: not a PDF (no %PDF header)")
    page_texts, metadata = _read_pdf(raw)
    pages = [
        [(sanitize(text), kind) for text, kind in _page_paragraphs(page)] for page in page_texts
    ]
    blocks = _join_across_pages(pages)
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


def _garbled(text: str) -> bool:
    """Text made mostly of replacement marks or private-use glyphs (a font without a map)."""
    sample = text[:5000]
    if not sample:
        return False
    bad = sum(1 for ch in sample if ch == "\ufffd" or "\ue000" <= ch <= "\uf8ff")
    return bad > len(sample) * 0.3
