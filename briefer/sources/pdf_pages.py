"""Reading a PDF's pages with pypdf (the optional 'pdf' extra): each page's text and where
its pieces of text land, which the layout rules turn into lines. Everything pypdf may raise on
a damaged or hostile file becomes a one-line `LoadError` here, so no other module of the
loader has to guard against it.

The size limit applies to the file, not to the text it expands to (pages can all show one
compressed stream: 6 kB of PDF gave 25 MB of text), so the text is counted page by page and a
PDF yielding far more than its size can hold is refused (see `text_cap`).
"""

from __future__ import annotations

import io
import logging
import math
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from briefer.sources.discovery import DEFAULT_MAX_BYTES, human_size
from briefer.sources.errors import LoadError
from briefer.sources.raw import RawFile
from briefer.sources.sanitize import sanitize

NEEDS_EXTRA = "reading PDF needs the 'pdf' extra: pip install 'briefer[pdf]'"

# Text a PDF may yield: a million characters whatever its size (about 500 pages; pypdf reads
# ~5 M characters/s, so refusing costs well under a second), and beyond that up to
# TEXT_PER_BYTE characters per byte of the file: ordinary PDFs hold under 5 (text-only ones
# with compressed streams) and usually under 1, a decompression bomb hundreds or thousands.
# Never more than a text file may hold under the default size limit, or the file's own size.
TEXT_FLOOR = 1_000_000
TEXT_PER_BYTE = 100


@dataclass
class Page:
    """A page's text as pypdf extracts it, and the places of its pieces of text:
    (offset in `text`, x, y, font size, font name)."""

    text: str
    pieces: list[tuple[int, float, float, float, str]] = field(default_factory=list)
    visited: int = 0  # characters the visitor saw: the offsets hold only if it saw them all


def _visitor(page: Page) -> Any:
    """A pypdf `visitor_text` recording where each piece of text lands."""
    offset = 0

    def visit(text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        nonlocal offset
        lead = len(text) - len(text.lstrip())
        if text.strip():
            _, _, c, d, e, f = _matmul(tm, cm)
            height = float(size) * ((c * c + d * d) ** 0.5 or 1.0)
            name = str(font.get("/BaseFont", "")) if hasattr(font, "get") else ""
            # a crafted file can place text at infinity: such a piece places nothing, and
            # its page falls back to the text alone
            if all(math.isfinite(v) for v in (e, f, height)):
                page.pieces.append((offset + lead, e, f, max(height, 0.5), name))
        offset += len(text)
        page.visited = offset

    return visit


def _matmul(m: Any, n: Any) -> tuple[float, ...]:
    """The product of two PDF matrices [a b c d e f]."""
    a, b, c, d, e, f = (float(v) for v in m)
    p, q, r, s, t, u = (float(v) for v in n)
    return (
        a * p + b * r,
        a * q + b * s,
        c * p + d * r,
        c * q + d * s,
        e * p + f * r + t,
        e * q + f * s + u,
    )


def read_pages(raw: RawFile) -> tuple[list[Page], dict[str, Any]]:
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


def _extract(reader_class: Any, raw: RawFile) -> tuple[list[Page], dict[str, Any]]:
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
    pages: list[Page] = []
    total = 0
    for page in reader.pages:
        placed = Page("")
        text = page.extract_text(visitor_text=_visitor(placed)) or ""
        placed.text = text
        total += len(text)
        if total > cap:  # checked as pages are read: a bomb is stopped, not read to the end
            raise LoadError(
                f"{raw.name}: PDF text exceeds {cap:,} characters "
                f"(far more than a {human_size(raw.size)} file holds)"
            )
        pages.append(placed)
    return pages, metadata


def text_cap(size: int) -> int:
    """The most characters of text a PDF file of `size` bytes may yield."""
    return min(max(TEXT_FLOOR, TEXT_PER_BYTE * size), max(DEFAULT_MAX_BYTES, size))


def _why(exc: BaseException) -> str:
    """pypdf's reason on one line; it can quote bytes of the file (a filter's name), so it
    is sanitised like the file's text."""
    message = " ".join(sanitize(str(exc)).split())[:160]
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__
