"""Split an item's text at its entity spans and clean each piece, for every renderer.

Renderers style entities by offset, then clean the text. Cleaning first would shift the
offsets, so the text is cut at the spans first and each piece is cleaned on its own: what
comes out is safe to show whatever the spans were (overlapping, out of range, empty).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from briefer.sources.sanitize import sanitize

_WHITESPACE = re.compile(r"\s+")


class SpanLike(Protocol):
    """Anything with offsets and an entity type: a briefing `Span` or an analysis `Mention`."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def type(self) -> str: ...


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of cleaned text; `type` is the entity type when the run is an entity."""

    text: str
    type: str | None = None


def clean(text: str, *, collapse: bool = False) -> str:
    """Text without control characters, escape sequences or bidi overrides.

    With `collapse`, every run of whitespace (newlines too) becomes one space, for renderings
    where an item must stay on one line (Markdown list items, table cells).
    """
    text = sanitize(text)
    if collapse:
        text = _WHITESPACE.sub(" ", text)
    return text


def _usable_spans(text: str, spans: Iterable[SpanLike]) -> list[tuple[int, int, str]]:
    """Spans inside `text`, trimmed of edge whitespace, in order, without overlaps."""
    chosen: list[tuple[int, int, str]] = []
    candidates = []
    for span in spans:
        start, end = max(span.start, 0), min(span.end, len(text))
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            candidates.append((start, end, span.type))
    candidates.sort(key=lambda s: (s[0], -s[1], s[2]))
    last_end = 0
    for start, end, kind in candidates:
        if start >= last_end:
            chosen.append((start, end, kind))
            last_end = end
    return chosen


def segments(text: str, spans: Iterable[SpanLike] = (), *, collapse: bool = False) -> list[Segment]:
    """`text` cut at `spans` into cleaned segments; plain runs have `type` None.

    With `collapse` the result is one line: whitespace runs become single spaces, the ends are
    stripped, and no entity segment starts or ends with whitespace. Empty segments are dropped.
    """
    pieces: list[Segment] = []
    pos = 0
    for start, end, kind in _usable_spans(text, spans):
        if start > pos:
            pieces.append(Segment(clean(text[pos:start], collapse=collapse)))
        pieces.append(Segment(clean(text[start:end], collapse=collapse), kind))
        pos = end
    if pos < len(text):
        pieces.append(Segment(clean(text[pos:], collapse=collapse)))
    if collapse:
        pieces = _tidy_one_line(pieces)
    return [p for p in pieces if p.text]


def _tidy_one_line(pieces: list[Segment]) -> list[Segment]:
    """Move whitespace out of entity edges, merge plain neighbours, strip the ends."""
    moved: list[Segment] = []
    for piece in pieces:
        if piece.type is None:
            moved.append(piece)
            continue
        core = piece.text.strip()
        if not core:
            moved.append(Segment(" " if piece.text else ""))
            continue
        if piece.text[:1].isspace():
            moved.append(Segment(" "))
        moved.append(Segment(core, piece.type))
        if piece.text[-1:].isspace():
            moved.append(Segment(" "))
    merged: list[Segment] = []
    for piece in moved:
        if piece.type is None and merged and merged[-1].type is None:
            merged[-1] = Segment(merged[-1].text + piece.text)
        else:
            merged.append(piece)
    tidy = [
        Segment(_WHITESPACE.sub(" ", p.text)) if p.type is None else p for p in merged if p.text
    ]
    if tidy and tidy[0].type is None:
        tidy[0] = Segment(tidy[0].text.lstrip())
    if tidy and tidy[-1].type is None:
        tidy[-1] = Segment(tidy[-1].text.rstrip())
    return tidy


def plain(text: str, spans: Iterable[SpanLike] = (), *, collapse: bool = False) -> str:
    """The cleaned text alone, as `segments` would show it."""
    return "".join(s.text for s in segments(text, spans, collapse=collapse))
