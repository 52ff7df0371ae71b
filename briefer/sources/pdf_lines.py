"""A PDF page's text as lines, each with its place (x, y), size and font: the evidence the
layout rules read, taken from the places pypdf's text visitor recorded."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from briefer.sources.pdf_pages import Page

# Justified lines come out with runs of spaces between words.
INNER_SPACES = re.compile(r"(?<=\S) {2,}(?=\S)")
_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi", re.I)


@dataclass
class Line:
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


def page_lines(page: Page, number: int) -> list[Line] | None:
    """The page's lines with their places; None when a line has no piece to place it, or
    when the visitor's text is not the page's text (offsets would point astray)."""
    if page.visited != len(page.text):
        return None
    lines: list[Line] = []
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
        text = INNER_SPACES.sub(" ", raw.strip())
        if not text:
            continue
        if not mine:
            return None
        first = mine[0]
        fonts = Counter(p[4] for p in mine)
        lines.append(
            Line(
                text,
                number,
                first[1],
                first[2],
                max(p[3] for p in mine),
                fonts.most_common(1)[0][0],
            )
        )
    return lines
