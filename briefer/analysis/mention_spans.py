"""Span bookkeeping for merging candidates: which characters a chosen mention already covers,
the longest-first selection among overlapping candidates, and whether a candidate lies inside
given spans, stands alone in a field of its line, or opens a sentence.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from briefer.analysis.names.shapes import Found


class Occupancy:
    """Characters of the text already covered by a chosen mention."""

    def __init__(self, size: int) -> None:
        self.cells = bytearray(size)

    def free(self, start: int, end: int) -> bool:
        return self.cells.find(1, start, end) == -1

    def take(self, start: int, end: int) -> None:
        self.cells[start:end] = b"\x01" * (end - start)


def select(candidates: Iterable[Found], size: int) -> list[Found]:
    """Longest first, then higher rank, then earlier; keep those that overlap nothing kept."""
    taken = Occupancy(size)
    chosen: list[Found] = []
    for c in sorted(candidates, key=lambda f: (f.start - f.end, -f.rank, f.start)):
        if c.end > c.start and taken.free(c.start, c.end):
            taken.take(c.start, c.end)
            chosen.append(c)
    chosen.sort(key=lambda f: f.start)
    return chosen


_FAR = 1 << 62
_SEPARATORS = "·|—–-:,;()[]•"


def set_apart(text: str, f: Found) -> bool:
    """True if a candidate fills a field of its line on its own ("· Centre for Dialogue ·")."""
    before = text[max(0, f.start - 3) : f.start].rstrip(" ")
    after = text[f.end : f.end + 3].lstrip(" ")
    before_ok = not before or before[-1] == "\n" or before[-1] in _SEPARATORS
    after_ok = not after or after[0] == "\n" or after[0] in _SEPARATORS
    return before_ok and after_ok


def inside(f: Found, spans: list[tuple[int, int]]) -> bool:
    """True if `f` lies within one of the sorted, disjoint `spans`."""
    i = bisect.bisect_right(spans, (f.start, _FAR)) - 1
    return i >= 0 and spans[i][0] <= f.start and f.end <= spans[i][1]


def sentence_start(text: str, at: int) -> bool:
    """True at the start of the text, a line or a sentence ('. Commission spokesman')."""
    before = text[max(0, at - 3) : at]
    return at == 0 or before.endswith("\n") or before.rstrip(" ").endswith((".", ":"))
