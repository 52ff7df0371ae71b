"""Load a PDF report or article with pypdf (the optional 'pdf' extra): the text and where
each line sits, running headers, footers and page numbers dropped, hyphenated line ends
joined, and paragraphs rebuilt from the evidence of the layout (gaps, indents, headings'
type, short last lines), so that a line or page break inside a sentence never splits it.

PDF files are untrusted and pypdf can fail in many ways on a damaged one; every failure
becomes a one-line `LoadError`, never a traceback. The size limit applies to the file, not to
the text it expands to (pages can all show one compressed stream: 6 kB of PDF gave 25 MB of
text), so the text is counted page by page and a PDF yielding far more than its size can
hold is refused (see `text_cap`).
"""

from __future__ import annotations

import io
import logging
import math
import re
import warnings
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise
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


def _read_pdf(raw: RawFile) -> tuple[list[_Page], dict[str, Any]]:
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


def _extract(reader_class: Any, raw: RawFile) -> tuple[list[_Page], dict[str, Any]]:
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
    pages: list[_Page] = []
    total = 0
    for page in reader.pages:
        placed = _Page("")
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


def load_pdf(raw: RawFile) -> Document:
    """Build a `Document` from a PDF file."""
    if not raw.data.lstrip()[:5].startswith(b"%PDF"):
        raise LoadError(f"{raw.name}: not a PDF (no %PDF header)")
    pages, metadata = _read_pdf(raw)
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


def _paragraphs(pages: list[_Page]) -> list[tuple[str, ParagraphKind]]:
    """Paragraphs from the lines' places; from the text alone, page by page, when pypdf did
    not place every line."""
    placed = [_page_lines(page, number) for number, page in enumerate(pages)]
    if all(lines is not None for lines in placed):
        kept = _drop_furniture([lines or [] for lines in placed])
        return _layout_paragraphs([line for lines in kept for line in lines])
    return _join_across_pages([_page_paragraphs(page.text) for page in pages])


def _garbled(text: str) -> bool:
    """Text made mostly of replacement marks or private-use glyphs (a font without a map)."""
    sample = text[:5000]
    if not sample:
        return False
    bad = sum(1 for ch in sample if ch == "\ufffd" or "\ue000" <= ch <= "\uf8ff")
    return bad > len(sample) * 0.3


# -- layout: paragraphs from where the lines sit on the page -----------------------------------
#
# A line end is not a paragraph end. pypdf hands every piece of text to a visitor with its
# position and font, so each extracted line gets a place (x, y), a size and a weight. A break
# between two lines then needs evidence: a vertical gap wider than the line spacing, a bullet,
# a heading's style, a first-line indent, or a short line that ends a sentence before a line
# that starts one. A line ending mid-sentence before one starting in lower case never breaks,
# a page or column break alone never does.

_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi", re.I)
_LIST_ITEM = re.compile(r"^\s*(?:[-*•‣–▪◦]\s+|\(?\d{1,3}[.)]\s+|\(?[a-z][.)]\s+)")
_ENDS_SENTENCE = re.compile(r"[.!?:;\"”’)»]$")
# Abbreviations that end with a stop without ending the sentence ('the U.S.' / 'envoy').
_ABBREVIATION = re.compile(
    r"(?:\b(?:[A-Z]\.){2,}|\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Col|Lt|Sen|Rep|Gov|Amb|No|Nos|vs|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|e\.g|i\.e|cf)\.)$"
)
_HYPHEN_SPLIT = re.compile(r"[^\W\d_]-$")
_SHORT_LINE = 0.8  # a line under this share of a full one can end a paragraph
_STUB_LINE = 0.6  # a line under this share, before a capital, ends one without a stop
_GAP = 1.15  # a gap this many times the line spacing separates paragraphs
_HEADING_SIZE = 1.15  # text this much larger than the body is a heading
_HEADING_LINES = 4  # a heading wraps over no more lines than this
_SAME_HEIGHT = 3.0  # points: a running header sits at the same height on every page
_FURNITURE_LENGTH = 120  # characters: a running header or footer is one short line
_CONTENTS_ENTRY = re.compile(r"(?:\.\s?){4,}\s*\d{1,4}$")  # 'Introduction . . . . 5'
_CLOSES_SENTENCE = re.compile(r"[.!][\"”’)»]?$")


@dataclass
class _Line:
    """One extracted line and where it sits (PDF points, y upwards)."""

    text: str
    page: int
    x: float
    y: float
    size: float
    font: str

    @property
    def bold(self) -> bool:
        return _BOLD_FONT.search(self.font) is not None

    @property
    def style(self) -> tuple[float, str]:
        """Size and font: lines of one style share their spacing."""
        return (round(self.size * 2) / 2, self.font)


@dataclass
class _Page:
    """A page's text as pypdf extracts it, and the places of its pieces of text:
    (offset in `text`, x, y, font size, font name)."""

    text: str
    pieces: list[tuple[int, float, float, float, str]] = field(default_factory=list)
    visited: int = 0  # characters the visitor saw: the offsets hold only if it saw them all


def _visitor(page: _Page) -> Any:
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


def _page_lines(page: _Page, number: int) -> list[_Line] | None:
    """The page's lines with their places; None when a line has no piece to place it, or
    when the visitor's text is not the page's text (offsets would point astray)."""
    if page.visited != len(page.text):
        return None
    lines: list[_Line] = []
    pieces = page.pieces
    k = 0
    start = 0
    for raw in page.text.split("\n"):
        end = start + len(raw)
        mine = []
        while k < len(pieces) and pieces[k][0] <= end:
            if pieces[k][0] >= start:
                mine.append(pieces[k])
            k += 1
        start = end + 1
        text = _INNER_SPACES.sub(" ", raw.strip())
        if not text:
            continue
        if not mine:
            return None
        first = mine[0]
        fonts = Counter(p[4] for p in mine)
        lines.append(
            _Line(
                text,
                number,
                first[1],
                first[2],
                max(p[3] for p in mine),
                fonts.most_common(1)[0][0],
            )
        )
    return lines


def _drop_furniture(pages: list[list[_Line]]) -> list[list[_Line]]:
    """Without page numbers and the running headers and footers: short lines among the top or
    bottom two of a page that recur at the same height on another page, digits aside, when
    set apart from the body's type ('Policy Note 7 · page 3'). A line in the body's type must
    recur word for word on three pages and half of them: two paragraphs can start or end
    alike ('On 12 March the ministers' / 'On 14 March the ministers')."""
    styles: Counter[tuple[float, str]] = Counter()
    for line in (line for lines in pages for line in lines):
        styles[line.style] += len(line.text)
    body = styles.most_common(1)[0][0] if styles else None

    def key(line: _Line) -> str:
        text = " ".join(line.text.lower().split())
        return text if line.style == body else re.sub(r"\d+", "#", text)

    seen: dict[str, list[tuple[int, float]]] = {}
    for number, lines in enumerate(pages):
        if len(lines) > 1:
            for line in _edges(lines):
                seen.setdefault(key(line), []).append((number, line.y))

    def recurs(line: _Line) -> bool:
        pages_with = {
            page for page, y in seen.get(key(line), []) if abs(y - line.y) <= _SAME_HEIGHT
        }
        if line.style != body:
            return len(pages_with) > 1
        return len(pages_with) >= max(3, len(pages) / 2)

    out = []
    for lines in pages:
        edges = {id(line) for line in _edges(lines)}
        out.append(
            [
                line
                for line in lines
                if not _PAGE_FURNITURE.match(line.text)
                and not (id(line) in edges and len(lines) > 1 and recurs(line))
            ]
        )
    return out


def _edges(lines: list[_Line]) -> list[_Line]:
    """The top two and bottom two lines of a page, where running heads and feet sit."""
    return [line for line in lines[:2] + lines[-2:] if len(line.text) <= _FURNITURE_LENGTH]


@dataclass
class _Metrics:
    """What the document's body text looks like: its size, spacing, margins, full lines."""

    size: float
    spacing: float
    margins: list[float]
    full: dict[float, int]
    widest: int = 0
    spacings: dict[tuple[float, str], float] = field(default_factory=dict)

    def spacing_of(self, prev: _Line, cur: _Line) -> float | None:
        """The usual distance from `prev` to `cur` within a paragraph: their style's own
        leading (a lead set larger or in italics keeps its own), else the body's scaled to
        their size; None between lines of different sizes, whose distance tells nothing."""
        if abs(prev.size - cur.size) >= 0.5:
            return None
        own = self.spacings.get(prev.style)
        return own if own is not None else self.spacing * prev.size / self.size

    def margin(self, line: _Line) -> float:
        """The left edge of the column the line is in."""
        i = bisect_right(self.margins, line.x + 1.0)
        return self.margins[i - 1] if i else line.x

    def full_length(self, line: _Line) -> int:
        return self.full.get(self.margin(line), 0) or max(self.full.values(), default=0)


def _metrics(lines: list[_Line]) -> _Metrics:
    sizes: Counter[float] = Counter()
    for line in lines:
        sizes[round(line.size, 1)] += len(line.text)
    size = sizes.most_common(1)[0][0] if sizes else 10.0
    body = [line for line in lines if abs(line.size - size) < 0.5 and not line.bold]
    gaps = _gaps(body)
    spacing = gaps[len(gaps) // 4] if gaps else 1.2 * size
    lefts = Counter(round(line.x) for line in body)
    margins = sorted(float(x) for x, n in lefts.items() if n >= 3) or sorted(
        float(x) for x, _ in lefts.most_common(1)
    )
    metrics = _Metrics(size, spacing, margins, {})
    by_margin: dict[float, list[int]] = {}
    for line in body:
        by_margin.setdefault(metrics.margin(line), []).append(len(line.text))
    for margin, lengths in by_margin.items():
        lengths.sort()
        metrics.full[margin] = lengths[int(0.9 * (len(lengths) - 1))]
    metrics.widest = max((len(line.text) for line in body), default=0)
    styles: dict[tuple[float, str], list[_Line]] = {}
    for line in lines:
        styles.setdefault(line.style, []).append(line)
    for style, same in styles.items():
        style_gaps = _gaps(same)
        if len(style_gaps) >= 2:
            metrics.spacings[style] = style_gaps[len(style_gaps) // 4]
    return metrics


def _gaps(lines: list[_Line]) -> list[float]:
    """Distances between successive lines on one page, sorted (a paragraph's lines sit at
    the smallest common one)."""
    return sorted(
        prev.y - cur.y
        for prev, cur in pairwise(lines)
        if prev.page == cur.page and 0.9 * cur.size <= prev.y - cur.y <= 3 * cur.size
    )


def _display(line: _Line, m: _Metrics) -> bool:
    """A line set apart from the body, larger or bold: a heading's line, unless its run
    turns out to be a bold paragraph (see `_heading_run`)."""
    return len(line.text) <= 200 and (line.size > m.size * _HEADING_SIZE or line.bold)


def _heading_run(lines: list[_Line]) -> bool:
    """A run of display lines is a heading when short and not closed by a full stop (a
    question can head a section); a bold summary of sentences is a paragraph like any other."""
    return len(lines) <= _HEADING_LINES and _CLOSES_SENTENCE.search(lines[-1].text) is None


def _opens_sentence(text: str) -> bool:
    """A line starting as a sentence does: a capital (Š and Ç too) or a digit, maybe quoted."""
    first = text.lstrip("\"“‘'(«")[:1]
    return first.isupper() or first.isdigit()


def _ends_sentence(text: str) -> bool:
    return _ENDS_SENTENCE.search(text) is not None and _ABBREVIATION.search(text) is None


def _breaks(prev: _Line, cur: _Line, kind: ParagraphKind, m: _Metrics) -> bool:
    """Whether `cur` starts a new paragraph after `prev` (both body or list lines)."""
    if _CONTENTS_ENTRY.search(prev.text):
        return True
    # an item follows an item or a finished line; a spaced dash or a number that starts a
    # line inside a sentence ('the talks' / '– which resumed') is no item
    if _LIST_ITEM.match(cur.text) and (kind == "list" or _ENDS_SENTENCE.search(prev.text)):
        return True
    mid_sentence = not _ends_sentence(prev.text) and cur.text[:1].islower()
    if mid_sentence:
        return False
    spacing = m.spacing_of(prev, cur)
    same_flow = prev.page == cur.page and prev.y > cur.y
    if same_flow and spacing is not None and prev.y - cur.y > _GAP * spacing:
        return True
    margin = m.margin(cur)
    indented = cur.x - margin > 0.8 * m.size and cur.x - margin < 8 * m.size
    if indented and kind != "list" and abs(prev.x - m.margin(prev)) < 0.8 * m.size:
        return True
    # a full line holds more characters in smaller type
    full = m.full_length(prev) * m.size / prev.size
    opens = _opens_sentence(cur.text)
    if not full or not opens:
        return False
    if len(prev.text) < _SHORT_LINE * full and _ends_sentence(prev.text):
        return True
    return len(prev.text) < _STUB_LINE * full and not prev.text.endswith((",", "-"))


def _join_lines(lines: list[str]) -> str:
    """Lines of one paragraph as one string: a word split by a hyphen at a line end is joined
    when the line after goes on in lower case ('interna-' / 'tional')."""
    text = lines[0]
    for line in lines[1:]:
        if text.endswith("\u00ad") or (_HYPHEN_SPLIT.search(text) and line[:1].islower()):
            text = text[:-1] + line
        elif text.endswith(("-", "\u2010")) and text[-2:-1].isalpha():
            text += line  # a compound cut at its hyphen: 'Serbia-' / 'Kosovo'
        else:
            text += " " + line
    return text


def _layout_paragraphs(lines: list[_Line]) -> list[tuple[str, ParagraphKind]]:
    """Paragraphs of a document's lines, in reading order over all its pages."""
    if not lines:
        return []
    m = _metrics(lines)
    out: list[tuple[str, ParagraphKind]] = []
    current: list[_Line] = []
    kind: ParagraphKind = "text"

    def flush() -> None:
        if not current:
            return
        bold_paragraph = kind == "heading" and not _heading_run(current)
        out.append(
            (_join_lines([line.text for line in current]), "text" if bold_paragraph else kind)
        )
        current.clear()

    for line in lines:
        heading = _display(line, m)
        if current:
            prev = current[-1]
            if kind == "heading":
                # a heading wrapped over lines: same style, tight spacing, same page
                new = not (
                    heading
                    and prev.page == line.page
                    and prev.style == line.style
                    and 0 < prev.y - line.y <= 1.6 * line.size
                )
            else:
                new = heading or _breaks(prev, line, kind, m)
            if new:
                flush()
        if not current:
            kind = "heading" if heading else "list" if _LIST_ITEM.match(line.text) else "text"
        current.append(line)
    flush()
    return _stub_headings(out, m)


def _stub_headings(
    paragraphs: list[tuple[str, ParagraphKind]], m: _Metrics
) -> list[tuple[str, ParagraphKind]]:
    """A short one-line paragraph without a stop, starting with a capital, before more text:
    a heading set in the body font."""
    full = m.widest
    out = list(paragraphs)
    for i, (text, kind) in enumerate(paragraphs[:-1]):
        if (
            kind == "text"
            and len(text) < min(80, 0.6 * full)
            and text[:1].isupper()
            and _ENDS_SENTENCE.search(text) is None
            and not text.endswith((",", "-"))
        ):
            out[i] = (text, "heading")
    return out
