"""Page furniture: page numbers, the running headers and footers a PDF repeats on its pages,
and a browser's print head and foot, which would otherwise split or pad the paragraphs they sit
between."""

from __future__ import annotations

import re
from collections import Counter

from briefer.sources.pdf_lines import Line

PAGE_FURNITURE = re.compile(r"^\s*(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?\s*$", re.I)
# What a browser prints on every page of a saved article, one page or many: a head of the
# print's date and time with the page's title ("3/4/24, 10:15 AM  Troops massed ... | Site"),
# a foot of the page's address and the page count ("https://example.com/... 1/3").
BROWSER_PRINT = re.compile(
    r"^\s*(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?\s"
    r"|(?:https?|file)://\S+\s+\d{1,4}\s*/\s*\d{1,4}\s*$)"
)
_SAME_HEIGHT = 3.0  # points: a running header sits at the same height on every page
_FURNITURE_LENGTH = 120  # characters: a running header or footer is one short line


def drop_furniture(pages: list[list[Line]]) -> list[list[Line]]:
    """Without page numbers and the running headers and footers: short lines among the top or
    bottom two of a page that recur at the same height on another page, digits aside, when
    set apart from the body's type ('Policy Note 7 · page 3'). A line in the body's type must
    recur word for word on three pages and half of them: two paragraphs can start or end
    alike ('On 12 March the ministers' / 'On 14 March the ministers')."""
    styles: Counter[tuple[float, str]] = Counter()
    for line in (line for lines in pages for line in lines):
        styles[line.style] += len(line.text)
    body = styles.most_common(1)[0][0] if styles else None

    def key(line: Line) -> str:
        text = " ".join(line.text.lower().split())
        return text if line.style == body else re.sub(r"\d+", "#", text)

    seen: dict[str, list[tuple[int, float]]] = {}
    for number, lines in enumerate(pages):
        if len(lines) > 1:
            for line in _edges(lines):
                seen.setdefault(key(line), []).append((number, line.y))

    def recurs(line: Line) -> bool:
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
                if not PAGE_FURNITURE.match(line.text)
                and not (len(line.text) <= 2 * _FURNITURE_LENGTH and BROWSER_PRINT.match(line.text))
                and not (id(line) in edges and len(lines) > 1 and recurs(line))
            ]
        )
    return out


def _edges(lines: list[Line]) -> list[Line]:
    """The top two and bottom two lines of a page, where running heads and feet sit."""
    return [line for line in lines[:2] + lines[-2:] if len(line.text) <= _FURNITURE_LENGTH]
