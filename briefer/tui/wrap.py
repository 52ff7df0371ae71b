"""Word wrapping as line offsets (pure, no Textual), so a long document is laid out in numbers.

The Document tab draws only the lines on screen; to know where each paragraph's lines fall it
needs, for every paragraph, the offsets where its lines start: a list of ints is far cheaper
to make than a wrapped `Text` per line, and a 16,000-paragraph document lays out in a blink.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from rich.cells import cell_len

_TOKENS = re.compile(r"[^\S\n]*[^\s]+[^\S\n]*|[^\S\n]+|\n")


def _cells(text: str) -> int:
    return len(text) if text.isascii() else cell_len(text)


def break_offsets(plain: str, width: int) -> list[int]:
    """Where each line of `plain` starts when wrapped greedily at spaces into `width` cells.

    A newline forces a break; a word wider than a line is cut across lines. Trailing spaces
    stay on the line they end (the renderer trims them).
    """
    width = max(width, 1)
    if "\n" not in plain and len(plain) <= width and _cells(plain) <= width:
        return [0]
    starts = [0]
    used = 0
    for match in _TOKENS.finditer(plain):
        token = match.group()
        start = match.start()
        if token == "\n":
            starts.append(match.end())
            used = 0
            continue
        word = token.rstrip()
        need = _cells(word)
        if used and used + need > width and word.strip():
            lead = len(token) - len(token.lstrip())
            starts.append(start + lead)
            used, token, start = 0, token[lead:], start + lead
            need = _cells(token.rstrip())
        while need > width:  # a word longer than the line: cut it where the line is full
            cut = _fit(token, width - used)
            if cut == 0:
                break
            starts.append(start + cut)
            token, start, used = token[cut:], start + cut, 0
            need = _cells(token.rstrip())
        used += _cells(token)
    return starts


def _fit(text: str, cells: int) -> int:
    """How many characters of `text` fit in `cells` (at least one, so wrapping progresses)."""
    if text.isascii():
        return max(1, min(len(text), cells))
    total = 0
    for index, char in enumerate(text):
        total += cell_len(char)
        if total > cells:
            return max(1, index)
    return len(text)


@dataclass
class Layout:
    """Blocks (header, then paragraphs) wrapped into lines, one blank line after each block.

    `first[i]` is the line where block `i` starts; `starts[i]` are the offsets of its lines.
    """

    width: int
    starts: list[list[int]] = field(default_factory=list)
    first: list[int] = field(default_factory=list)
    total: int = 0

    @classmethod
    def of(cls, blocks: Sequence[str], width: int) -> Layout:
        layout = cls(width)
        line = 0
        for plain in blocks:
            offsets = break_offsets(plain, width)
            layout.starts.append(offsets)
            layout.first.append(line)
            line += len(offsets) + 1
        layout.total = line
        return layout

    def locate(self, line: int) -> tuple[int, int] | None:
        """(block, line within it) for a line, or None for a gap line or past the end."""
        if not 0 <= line < self.total:
            return None
        block = bisect_right(self.first, line) - 1
        within = line - self.first[block]
        return (block, within) if within < len(self.starts[block]) else None

    def span(self, block: int, within: int, length: int) -> tuple[int, int]:
        """The offsets (start, end) of line `within` of `block`, whose text is `length` long."""
        offsets = self.starts[block]
        end = offsets[within + 1] if within + 1 < len(offsets) else length
        return offsets[within], end

    def line_of(self, block: int, offset: int = 0) -> int:
        """The line showing character `offset` of `block`."""
        return self.first[block] + max(0, bisect_right(self.starts[block], offset) - 1)
