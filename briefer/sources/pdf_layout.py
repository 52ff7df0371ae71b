"""Paragraphs from where a PDF's lines sit on the page.

A line end is not a paragraph end. A break between two lines needs evidence: a vertical gap
wider than the line spacing, a bullet, a heading's style, a first-line indent, a short line
that ends a sentence before a line that starts one, or a page left short after a sentence (a
page whose text stops more than a line above where full pages end: the paragraph ended there,
and the gap before the next did not fit). A line ending mid-sentence before one starting in
lower case never breaks, a page or column break alone never does.
"""

from __future__ import annotations

import re

from briefer.sources.blocks import HYPHEN_END, SENTENCE_END, heading_like
from briefer.sources.document import ParagraphKind
from briefer.sources.pdf_lines import Line
from briefer.sources.pdf_metrics import Metrics, measure

_LIST_ITEM = re.compile(r"^\s*(?:[-*•‣–▪◦]\s+|\(?\d{1,3}[.)]\s+|\(?[a-z][.)]\s+)")
# Abbreviations that end with a stop without ending the sentence ('the U.S.' / 'envoy').
_ABBREVIATION = re.compile(
    r"(?:\b(?:[A-Z]\.){2,}|\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Col|Lt|Sen|Rep|Gov|Amb|No|Nos|vs|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|e\.g|i\.e|cf)\.)$"
)
_SHORT_LINE = 0.8  # a line under this share of a full one can end a paragraph
_STUB_LINE = 0.6  # a line under this share, before a capital, ends one without a stop
_GAP = 1.15  # a gap this many times the line spacing separates paragraphs
_HEADING_SIZE = 1.15  # text this much larger than the body is a heading
_HEADING_LINES = 4  # a heading wraps over no more lines than this
_CONTENTS_ENTRY = re.compile(r"(?:\.\s?){4,}\s*\d{1,4}$")  # 'Introduction . . . . 5'
_CLOSES_SENTENCE = re.compile(r"[.!][\"”’)»]?$")
_SHORT_PAGE = 1.1  # a page whose text stops this many lines above the lowest page end


def _display(line: Line, m: Metrics) -> bool:
    """A line set apart from the body, larger or bold: a heading's line, unless its run
    turns out to be a bold paragraph (see `_heading_run`)."""
    return len(line.text) <= 200 and (line.size > m.size * _HEADING_SIZE or line.bold)


def _heading_run(lines: list[Line]) -> bool:
    """A run of display lines is a heading when short and not closed by a full stop (a
    question can head a section); a bold summary of sentences is a paragraph like any other."""
    return len(lines) <= _HEADING_LINES and _CLOSES_SENTENCE.search(lines[-1].text) is None


def _opens_sentence(text: str) -> bool:
    """A line starting as a sentence does: a capital (Š and Ç too) or a digit, maybe quoted."""
    first = text.lstrip("\"“‘'(«")[:1]
    return first.isupper() or first.isdigit()


def _ends_sentence(text: str) -> bool:
    """A line closing a sentence: a final stop that is no abbreviation's ('the U.S.')."""
    return SENTENCE_END.search(text) is not None and _ABBREVIATION.search(text) is None


def _breaks(prev: Line, cur: Line, kind: ParagraphKind, m: Metrics) -> bool:
    """Whether `cur` starts a new paragraph after `prev` (both body or list lines)."""
    if _CONTENTS_ENTRY.search(prev.text):
        return True
    # an item follows an item or a finished line; a spaced dash or a number that starts a
    # line inside a sentence ('the talks' / '– which resumed') is no item
    if _LIST_ITEM.match(cur.text) and (kind == "list" or SENTENCE_END.search(prev.text)):
        return True
    mid_sentence = not _ends_sentence(prev.text) and cur.text[:1].islower()
    if mid_sentence:
        return False
    spacing = m.spacing_of(prev, cur)
    same_flow = prev.page == cur.page and prev.y > cur.y
    if same_flow and spacing is not None and prev.y - cur.y > _GAP * spacing:
        return True
    if (
        prev.page != cur.page
        and _page_left_short(prev, m)
        and _ends_sentence(prev.text)
        and _opens_sentence(cur.text)
    ):
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


def _page_left_short(last: Line, m: Metrics) -> bool:
    """Whether the page ends at `last` with room for another line of the paragraph below it,
    measured against the lowest line of any page (a full page). A paragraph that went on
    would have filled that room; a page that ends within a line of the lowest tells nothing,
    as the lines of full pages sit higher or lower by up to a line."""
    spacing = m.spacing_of(last, last)
    if m.bottom is None or spacing is None:
        return False
    return last.y - m.bottom > _SHORT_PAGE * spacing


def _join_lines(lines: list[str]) -> str:
    """Lines of one paragraph as one string: a word split by a hyphen at a line end is joined
    when the line after goes on in lower case ('interna-' / 'tional')."""
    text = lines[0]
    for line in lines[1:]:
        if text.endswith("\u00ad") or (HYPHEN_END.search(text) and line[:1].islower()):
            text = text[:-1] + line
        elif text.endswith(("-", "\u2010")) and text[-2:-1].isalpha():
            text += line  # a compound cut at its hyphen: 'Serbia-' / 'Kosovo'
        else:
            text += " " + line
    return text


def layout_paragraphs(lines: list[Line]) -> list[tuple[str, ParagraphKind]]:
    """Paragraphs of a document's lines, in reading order over all its pages."""
    if not lines:
        return []
    m = measure(lines)
    out: list[tuple[str, ParagraphKind]] = []
    current: list[Line] = []
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
    paragraphs: list[tuple[str, ParagraphKind]], m: Metrics
) -> list[tuple[str, ParagraphKind]]:
    """A short one-line paragraph without a stop, starting with a capital, before more text:
    a heading set in the body font."""
    out = list(paragraphs)
    for i, (text, kind) in enumerate(paragraphs[:-1]):
        if kind == "text" and heading_like(text, m.widest):
            out[i] = (text, "heading")
    return out
