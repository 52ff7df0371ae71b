"""What a PDF's body text looks like (its size, line spacing, column margins and the length
of a full line): the yardstick the layout rules measure each line against."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise

from briefer.sources.pdf_lines import Line


@dataclass
class Metrics:
    """What the document's body text looks like: its size, spacing, margins, full lines."""

    size: float
    spacing: float
    margins: list[float]
    full: dict[float, int]
    widest: int = 0
    spacings: dict[tuple[float, str], float] = field(default_factory=dict)
    bottom: float | None = None  # the lowest body line of any page: where a full page ends

    def spacing_of(self, prev: Line, cur: Line) -> float | None:
        """The usual distance from `prev` to `cur` within a paragraph: their style's own
        leading (a lead set larger or in italics keeps its own), else the body's scaled to
        their size; None between lines of different sizes, whose distance tells nothing."""
        if abs(prev.size - cur.size) >= 0.5:
            return None
        own = self.spacings.get(prev.style)
        return own if own is not None else self.spacing * prev.size / self.size

    def margin(self, line: Line) -> float:
        """The left edge of the column the line is in."""
        i = bisect_right(self.margins, line.x + 1.0)
        return self.margins[i - 1] if i else line.x

    def full_length(self, line: Line) -> int:
        """Characters in a full line of the line's column (columns can differ in width)."""
        return self.full.get(self.margin(line), 0) or max(self.full.values(), default=0)


def measure(lines: list[Line]) -> Metrics:
    """The body's measures, taken over the whole document: one page holds too few lines to
    tell a paragraph's spacing from a gap."""
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
    metrics = Metrics(size, spacing, margins, {})
    by_margin: dict[float, list[int]] = {}
    for line in body:
        by_margin.setdefault(metrics.margin(line), []).append(len(line.text))
    for margin, lengths in by_margin.items():
        lengths.sort()
        metrics.full[margin] = lengths[int(0.9 * (len(lengths) - 1))]
    metrics.widest = max((len(line.text) for line in body), default=0)
    metrics.bottom = min((line.y for line in body), default=None)
    styles: dict[tuple[float, str], list[Line]] = {}
    for line in lines:
        styles.setdefault(line.style, []).append(line)
    for style, same in styles.items():
        style_gaps = _gaps(same)
        if len(style_gaps) >= 2:
            metrics.spacings[style] = style_gaps[len(style_gaps) // 4]
    return metrics


def _gaps(lines: list[Line]) -> list[float]:
    """Distances between successive lines on one page, sorted (a paragraph's lines sit at
    the smallest common one)."""
    return sorted(
        prev.y - cur.y
        for prev, cur in pairwise(lines)
        if prev.page == cur.page and 0.9 * cur.size <= prev.y - cur.y <= 3 * cur.size
    )
